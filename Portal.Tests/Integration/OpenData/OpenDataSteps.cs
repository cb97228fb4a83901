using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Commissions;
using Portal.Components.OpenData;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.OpenData;

/// <summary>
/// Drives a fresh commission to each stage the export covers: through the real tender box to opening, then, since the export
/// reads only the commission and its contract, through the domain's own records of evaluation and standstill to an award whose
/// contract is made with <see cref="Contract.Award"/>.
/// </summary>
public sealed class OpenDataSteps(PortalAppFactory app)
{
    public const string StandstillRule = "Voluntary standstill for a framework call-off: 10 calendar days from the intention to award.";
    public static readonly Money AwardedValue = Money.FromPounds(150_000);

    public ResponseSteps Responses { get; } = new(app);

    /// <summary>The service as a request would have it: its register dependency is scoped, so it is built in a scope of its own.</summary>
    public OpenDataService Service(Actor actor) =>
        ActivatorUtilities.CreateInstance<OpenDataService>(app.Services.CreateScope().ServiceProvider, new FixedActor(actor));

    public async Task<OcdsPackage> OfficePackageAsync(Guid commissionId)
    {
        var result = await Service(TestActors.ProcurementOfficer).OfficePackageAsync(commissionId, "https://portal.example");
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    /// <summary>Two of the lot's suppliers bid (each pricing £25,000 a year); the box is opened after the deadline.</summary>
    public async Task<Guid> OpenedAsync(string title)
    {
        var (id, ittId) = await Responses.IssuedTenderAsync(title);
        await Responses.SubmitCompleteAsync(ittId, await Responses.SupplierAsync(ResponseSteps.Pathways));
        await Responses.SubmitCompleteAsync(ittId, await Responses.SupplierAsync(ResponseSteps.SecondChance));
        await Responses.PastTheDeadlineAsync(id, ittId);
        await Responses.OpenTheBoxAsync(id);
        return id;
    }

    /// <summary>Opened, evaluated, letters sent, standstill passed, award confirmed: the contract goes to Pathways to Work (£150,000 unless given).</summary>
    public async Task<(Guid CommissionId, Contract Contract)> AwardedAsync(string title, Money? value = null)
    {
        var id = await OpenedAsync(title);
        var officer = TestActors.ProcurementOfficer;
        var lettersAt = app.Clock.GetUtcNow();
        var standstillEnds = lettersAt.AddDays(10);
        await ChangeAsync(id, officer, (c, at) =>
        {
            c.RecordEvaluationProgress(officer, allCompliantModerated: true, recommendationApproved: true, lettersReady: true, at);
            c.SetStandstillEnd(officer, standstillEnds, StandstillRule, at);
        });
        await FireAsync(id, CommissionTrigger.IssueIntentionToAward, "Assessment summaries sent to 2 bidders");
        app.Clock.SetUtcNow(standstillEnds.AddMinutes(1));
        await FireAsync(id, CommissionTrigger.ConfirmAward, "Contract awarded to Pathways to Work CIC");

        var itt = (await Responses.Tenders.TenderAsync(id)).IttId;
        var winner = await Responses.ResponseOfAsync(itt, ResponseSteps.Pathways);
        var today = UkTime.DateOf(app.Clock.GetUtcNow());
        var terms = new ContractTerms(id, winner.Id, winner.SupplierId, winner.SupplierName, title, value ?? AwardedValue, Money.FromPounds(75_000),
            today.AddDays(7), today.AddDays(60), 24, 2, 12, lettersAt, lettersAt, standstillEnds, StandstillRule);
        var contract = Contract.Award(terms, officer, app.Clock.GetUtcNow());
        await using var db = await app.OpenDbAsync();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return (id, contract);
    }

    public async Task<Commission> CommissionAsync(Guid id)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private async Task ChangeAsync(Guid id, Actor actor, Action<Commission, DateTimeOffset> change)
    {
        var result = await app.Services.GetRequiredService<CommissionWriter>().ChangeAsync(id, null, actor, change);
        Assert.True(result.Succeeded, result.Message);
    }

    /// <summary>
    /// Makes an award move as the award pages do, through the commission's state machine in one change; the pages' letters and
    /// challenge records are the award feature's own, which these steps leave out.
    /// </summary>
    private Task FireAsync(Guid id, CommissionTrigger trigger, string reason) =>
        ChangeAsync(id, TestActors.ProcurementOfficer, (c, at) => c.Fire(trigger, new TransitionRequest(TestActors.ProcurementOfficer, at, reason)));
}

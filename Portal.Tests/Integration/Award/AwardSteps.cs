using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Award;
using Portal.Components.Commissions;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Infrastructure;
using Portal.Tests.Integration.EvaluationResults;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Award;

/// <summary>
/// A tender taken through the real services to evaluation: Pathways to Work and Second Chance bid (Midlands does not), the
/// deadline passes, two officers open the box, and moderation and approval are recorded as the evaluation stage would. The
/// evaluation's results come from <see cref="StandInEvaluationOutcomes"/>.
/// </summary>
public sealed class AwardSteps(PortalAppFactory app)
{
    public const decimal PathwaysYearlyPrice = 78_000m;
    public const decimal SecondChanceYearlyPrice = 75_000m;

    public static PortalAppFactory App() =>
        PortalAppFactory.WithServices(services => services.AddSingleton<IEvaluationOutcomeSource, StandInEvaluationOutcomes>());

    public ResponseSteps Responses { get; } = new(app);

    /// <param name="evaluationRecorded">False to leave the commission's facts as if moderation were unfinished.</param>
    public async Task<(Guid CommissionId, Guid IttId)> EvaluatedAsync(string title, bool evaluationRecorded = true)
    {
        var (commissionId, ittId) = await Responses.IssuedTenderAsync(title);
        await BidAsync(ittId, ResponseSteps.Pathways, PathwaysYearlyPrice);
        await BidAsync(ittId, ResponseSteps.SecondChance, SecondChanceYearlyPrice);
        await Responses.PastTheDeadlineAsync(commissionId, ittId);
        await Responses.OpenTheBoxAsync(commissionId);
        if (!evaluationRecorded) return (commissionId, ittId);
        var officer = await OfficerAsync();
        var recorded = await app.Services.GetRequiredService<CommissionWriter>().ChangeAsync(commissionId, null, officer,
            (c, at) => c.RecordEvaluationProgress(officer, true, true, false, at));
        Assert.True(recorded.Succeeded, recorded.Message);
        return (commissionId, ittId);
    }

    /// <summary>The letters issued by the demo procurement officer: the commission is in standstill.</summary>
    public async Task<(Guid CommissionId, Guid IttId)> InStandstillAsync(string title)
    {
        var (commissionId, ittId) = await EvaluatedAsync(title);
        var issued = await Award(await OfficerAsync()).IssueAsync(commissionId, await TokenAsync(commissionId));
        Assert.True(issued.Succeeded, issued.Message);
        Assert.Equal(CommissionState.Standstill, (await CommissionAsync(commissionId)).State);
        return (commissionId, ittId);
    }

    public Task<Actor> OfficerAsync() => Responses.ProcurementOfficerAsync();

    public Task<Actor> SupplierAsync(string organisation) => Responses.SupplierAsync(organisation);

    public AwardService Award(Actor actor) => app.ServiceFor<AwardService>(actor);

    public BidderOutcomeService Outcomes(Actor actor) => app.ServiceFor<BidderOutcomeService>(actor);

    public Task<Commission> CommissionAsync(Guid commissionId) => Responses.Tenders.CommissionAsync(commissionId);

    public async Task<Guid> TokenAsync(Guid commissionId) => (await CommissionAsync(commissionId)).ConcurrencyToken;

    public async Task<DateTimeOffset> StandstillEndAsync(Guid commissionId) => (await CommissionAsync(commissionId)).StandstillEndsAt!.Value;

    /// <summary>The terms the confirmation form proposes.</summary>
    public async Task<AwardTermsInput> ProposedTermsAsync(Guid commissionId)
    {
        var view = await Award(await OfficerAsync()).GetAwardAsync(commissionId);
        Assert.True(view.Succeeded, view.Message);
        var proposed = view.Value!.Proposed;
        return new AwardTermsInput(proposed.CallOffEffectiveDate, proposed.CommencementDate, proposed.Value, proposed.AnnualValue,
            proposed.InitialTermMonths, proposed.ExtensionOptionCount, proposed.ExtensionOptionMonths);
    }

    public async Task<OperationResult> ConfirmAsync(Guid commissionId, Actor? actor = null) =>
        await Award(actor ?? await OfficerAsync()).ConfirmAwardAsync(commissionId, await TokenAsync(commissionId), await ProposedTermsAsync(commissionId));

    public async Task<int> ContractCountAsync(Guid commissionId)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Contracts.CountAsync(c => c.CommissionId == commissionId);
    }

    public static Money Pounds(decimal pounds) => Money.FromPounds(pounds);

    private async Task BidAsync(Guid ittId, string organisation, decimal yearlyPrice)
    {
        await ResultsSteps.SubmitPricedBidAsync(Responses, ittId, organisation, yearlyPrice);
        // The stand-in evaluation scores bids by their order of arrival.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
    }
}

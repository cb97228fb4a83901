using Microsoft.EntityFrameworkCore;
using Portal.Components.Tendering;
using Portal.Domain.Calendar;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;
using Portal.Tests.Integration.DecisionNotes;

namespace Portal.Tests.Integration.Tendering;

/// <summary>
/// The ITT builder through its service: a procurement officer's save records the ITT's readiness and timetable on the
/// commission, which lets it be issued; others are refused, stale saves conflict, and after preparation nothing changes.
/// </summary>
public sealed class IttServiceTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly TenderSteps _tender = new(app);

    private static QualityQuestion[] Questions => TenderSteps.Questions;

    private static string[] Descriptors() => TenderSteps.Descriptors();

    private IttService Itt(Actor actor) => _tender.Itt(actor);

    private Task<Guid> InIttPreparationAsync(string title) => _tender.InIttPreparationAsync(title);

    private Task<Guid> LotWithActiveSuppliersAsync() => _tender.LotWithActiveSuppliersAsync();

    private IttContent Complete(Guid lotId, int priceWeight = 30) => _tender.Complete(lotId, priceWeight);

    private static IttFile File(string name) => TenderSteps.File(name);

    private Task<IttView> ViewAsync(Guid id, Actor? actor = null) => _tender.ViewAsync(id, actor);

    private Task<Commission> CommissionAsync(Guid id) => _tender.CommissionAsync(id);

    private async Task<MoveOption> IssueMoveAsync(Guid id) =>
        (await _tender.Decisions.Commissions.ViewAsync(id, TestActors.ProcurementOfficer)).Moves.Single(m => m.Trigger == CommissionTrigger.IssueItt);

    [Fact]
    public async Task A_complete_ITT_saved_by_a_procurement_officer_lets_the_commission_issue_it()
    {
        var id = await InIttPreparationAsync("ITT built and ready");
        var lotId = await LotWithActiveSuppliersAsync();
        var officer = Itt(TestActors.ProcurementOfficer);

        var saved = await officer.SaveAsync(id, null, Complete(lotId, priceWeight: 25));
        Assert.True(saved.Succeeded, saved.Message);
        var draft = await ViewAsync(id);
        Assert.Contains("The weights total 95%; they must total 100%.", draft.ReadinessProblems);
        Assert.Contains("Add at least one document.", draft.ReadinessProblems);
        Assert.False((await IssueMoveAsync(id)).IsAllowed);

        var added = await officer.AddDocumentAsync(id, draft.ConcurrencyToken, IttDocumentKind.Specification, "Service specification", File("spec.pdf"));
        Assert.True(added.Succeeded, added.Message);
        var fixedWeights = await officer.SaveAsync(id, (await ViewAsync(id)).ConcurrencyToken, Complete(lotId));
        Assert.True(fixedWeights.Succeeded, fixedWeights.Message);

        var view = await ViewAsync(id);
        Assert.Empty(view.ReadinessProblems);
        Assert.True(view.ActiveSuppliersOnLot > 0);
        var commission = await CommissionAsync(id);
        Assert.Equal(100, commission.CriteriaWeightTotal);
        Assert.Equal(1, commission.IttDocumentCount);
        Assert.Equal(view.ActiveSuppliersOnLot, commission.InvitedActiveSupplierCount);
        Assert.Equal(Complete(lotId).Timetable[1].AtUtc, commission.ClarificationDeadline);
        Assert.Equal(Complete(lotId).Timetable[2].AtUtc, commission.TenderDeadline);
        var issue = await IssueMoveAsync(id);
        Assert.True(issue.IsAllowed, string.Join(" ", issue.BlockedReasons));

        await using var db = await app.OpenDbAsync();
        var actions = await db.AuditEvents.AsNoTracking().Where(e => e.CommissionId == id).Select(e => e.Action).ToListAsync();
        Assert.Contains("IttStarted", actions);
        Assert.Contains("IttDocumentAdded", actions);
        Assert.Contains("IttUpdated", actions);
        Assert.Contains("IttPrepared", actions);
        Assert.Contains("TimetableSet", actions);
        var update = await db.AuditEvents.AsNoTracking().FirstAsync(e => e.CommissionId == id && e.Action == "IttUpdated");
        Assert.False(string.IsNullOrEmpty(update.Before));
        Assert.False(string.IsNullOrEmpty(update.After));
    }

    [Fact]
    public async Task A_supplier_user_is_forbidden_and_a_commissioning_officer_may_look_but_not_change()
    {
        var id = await InIttPreparationAsync("ITT kept from suppliers");
        var lotId = await LotWithActiveSuppliersAsync();

        Assert.Equal(OperationOutcome.Forbidden, (await Itt(TestActors.Supplier).GetAsync(id)).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await Itt(TestActors.Supplier).SaveAsync(id, null, Complete(lotId))).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await Itt(TestActors.CommissioningOfficer).SaveAsync(id, null, Complete(lotId))).Outcome);
        var view = await ViewAsync(id, TestActors.CommissioningOfficer);
        Assert.False(view.Exists);
        Assert.False(view.CanEdit);
    }

    [Fact]
    public async Task A_save_from_a_stale_view_is_a_conflict()
    {
        var id = await InIttPreparationAsync("ITT edited twice at once");
        var lotId = await LotWithActiveSuppliersAsync();
        Assert.True((await Itt(TestActors.ProcurementOfficer).SaveAsync(id, null, Complete(lotId))).Succeeded);
        var stale = (await ViewAsync(id)).ConcurrencyToken;
        Assert.True((await Itt(TestActors.ProcurementOfficer).SaveAsync(id, stale, Complete(lotId, priceWeight: 20))).Succeeded);

        var result = await Itt(TestActors.ProcurementOfficer).SaveAsync(id, stale, Complete(lotId, priceWeight: 40));

        Assert.Equal(OperationOutcome.Conflict, result.Outcome);
        Assert.Contains("changed by someone else", result.Message);
        Assert.Equal(20, (await ViewAsync(id)).Content.PriceWeightingPercent);
    }

    [Fact]
    public async Task Outside_ITT_preparation_a_save_is_refused()
    {
        var id = await _tender.Decisions.SignedOffAsync("ITT before the decision");
        var lotId = await LotWithActiveSuppliersAsync();

        var result = await Itt(TestActors.ProcurementOfficer).SaveAsync(id, null, Complete(lotId));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal("The ITT can be prepared once the equality impact assessment has passed.", result.Message);
        Assert.False((await ViewAsync(id)).Exists);
    }

    [Fact]
    public async Task After_issue_changes_are_refused_and_go_through_addenda()
    {
        var id = await InIttPreparationAsync("ITT changed after issue");
        var lotId = await LotWithActiveSuppliersAsync();
        var officer = Itt(TestActors.ProcurementOfficer);
        Assert.True((await officer.SaveAsync(id, null, Complete(lotId))).Succeeded);
        Assert.True((await officer.AddDocumentAsync(id, (await ViewAsync(id)).ConcurrencyToken, IttDocumentKind.Terms, "Terms", File("terms.pdf"))).Succeeded);
        await _tender.Decisions.Commissions.SucceedAsync(TestActors.ProcurementOfficer, id, (s, token) => s.FireAsync(id, token, CommissionTrigger.IssueItt));
        Assert.Equal(CommissionState.ClarificationPeriod, (await CommissionAsync(id)).State);

        var result = await officer.SaveAsync(id, (await ViewAsync(id)).ConcurrencyToken, Complete(lotId, priceWeight: 20));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal(InvitationToTender.AfterIssueMessage, result.Message);
        Assert.Equal(30, (await ViewAsync(id)).Content.PriceWeightingPercent);
    }

    [Fact]
    public async Task Invalid_content_is_refused_with_a_clear_message()
    {
        var id = await InIttPreparationAsync("ITT with a bad word limit");
        var lotId = await LotWithActiveSuppliersAsync();
        var content = Complete(lotId) with { QualityQuestions = [Questions[0] with { WordLimit = 0 }] };

        var result = await Itt(TestActors.ProcurementOfficer).SaveAsync(id, null, content);

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal("Quality question 1's word limit must be between 1 and 10,000 words.", result.Message);
    }
}

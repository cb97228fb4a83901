using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Scheduling;
using Portal.Components.Clarifications;
using Portal.Components.Commissions;
using Portal.Components.Dashboard;
using Portal.Components.Notifications;
using Portal.Domain.Clarifications;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Tendering;

/// <summary>
/// Clarifications: asked by invited suppliers until the deadline, answered by procurement officers, published to every
/// invited supplier without the asker's identity or sent to the asker alone with a justification; and the tender period
/// cannot close while a question is unanswered.
/// </summary>
public sealed class ClarificationTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly TenderSteps _steps = new(app);

    private ClarificationService Clarifications(Actor actor) => app.ServiceFor<ClarificationService>(actor);

    private async Task<(Guid CommissionId, Guid IttId, Actor Asker, Actor Other)> IssuedWithSuppliersAsync(string title)
    {
        var id = await _steps.IssuedAsync(title);
        return (id, (await _steps.TenderAsync(id)).IttId, await _steps.SupplierUserAsync("Pathways to Work CIC"),
            await _steps.SupplierUserAsync("Second Chance Skills Trust"));
    }

    private async Task<OfficeQuestionView> OnlyQuestionAsync(Guid commissionId) =>
        Assert.Single((await Clarifications(TestActors.ProcurementOfficer).GetForOfficeAsync(commissionId)).Value!.Questions);

    [Fact]
    public async Task A_published_answer_reaches_every_invited_supplier_and_never_reveals_the_asker()
    {
        var (id, ittId, asker, other) = await IssuedWithSuppliersAsync("Anonymised answers");
        var asked = await Clarifications(asker).AskAsync(ittId, "Pathways to Work CIC asks: is TUPE expected to apply to our staff at the Hanley depot?");
        Assert.True(asked.Succeeded, asked.Message);
        var question = await OnlyQuestionAsync(id);
        Assert.Equal("Pathways to Work CIC", question.AskingSupplier);

        var answered = await Clarifications(TestActors.ProcurementOfficer).AnswerAsync(id, question.Id,
            "No: the service is new and no staff transfer is expected.", AnswerAudience.AllInvitedSuppliers,
            "Is TUPE expected to apply?", null);

        Assert.True(answered.Succeeded, answered.Message);
        var seenByOther = (await _steps.SupplierTenders(other).GetAsync(ittId)).Value!;
        var board = Assert.Single(seenByOther.Questions);
        Assert.Equal("Is TUPE expected to apply?", board.Question);
        Assert.Equal("No: the service is new and no staff transfer is expected.", board.Answer);
        Assert.False(board.AskedByUs);
        Assert.Null(board.AskedByName);
        Assert.Null(board.AskedAt);
        var everythingTheOtherSees = JsonSerializer.Serialize(seenByOther);
        Assert.DoesNotContain("Pathways", everythingTheOtherSees);
        Assert.DoesNotContain(asker.DisplayName, everythingTheOtherSees);
        Assert.DoesNotContain("Hanley", everythingTheOtherSees);

        await using var db = await app.OpenDbAsync();
        var toOthers = await db.Set<Notification>().Where(n => n.RecipientUserId == other.UserId && n.Subject == "Clarification answer published: Anonymised answers").ToListAsync();
        var note = Assert.Single(toOthers);
        Assert.DoesNotContain("Pathways", note.Body + note.Subject);
        Assert.DoesNotContain(asker.DisplayName, note.Body);
        var mails = await db.Set<OutboxMessage>().Where(m => m.Subject.StartsWith("Clarification answer published: Anonymised")).ToListAsync();
        Assert.Equal(3, mails.Count);
        Assert.All(mails, m => Assert.DoesNotContain("Pathways", m.BodyText.Replace("bids@pathwaystowork.test", "")));

        var askerView = Assert.Single((await _steps.SupplierTenders(asker).GetAsync(ittId)).Value!.Questions);
        Assert.True(askerView.AskedByUs);
        Assert.Equal(asker.DisplayName, askerView.AskedByName);
    }

    [Fact]
    public async Task An_answer_for_the_asker_alone_needs_a_justification_and_no_other_supplier_sees_it()
    {
        var (id, ittId, asker, other) = await IssuedWithSuppliersAsync("Answer for the asker alone");
        Assert.True((await Clarifications(asker).AskAsync(ittId, "Can you confirm our framework pricing band for lot 1?")).Succeeded);
        var question = await OnlyQuestionAsync(id);
        var officer = Clarifications(TestActors.ProcurementOfficer);

        var withoutReason = await officer.AnswerAsync(id, question.Id, "Band B.", AnswerAudience.AskerOnly, null, "  ");
        var withReason = await officer.AnswerAsync(id, question.Id, "Band B.", AnswerAudience.AskerOnly, null,
            "The question concerns the asker's own framework pricing, which is commercially confidential.");

        Assert.Equal(OperationOutcome.Refused, withoutReason.Outcome);
        Assert.StartsWith("Record why the answer goes only to the supplier that asked", withoutReason.Message);
        Assert.True(withReason.Succeeded, withReason.Message);
        Assert.Empty((await _steps.SupplierTenders(other).GetAsync(ittId)).Value!.Questions);
        var seen = Assert.Single((await _steps.SupplierTenders(asker).GetAsync(ittId)).Value!.Questions);
        Assert.True(seen.AnsweredForUsOnly);
        Assert.Equal("Band B.", seen.Answer);
        Assert.Equal("The question concerns the asker's own framework pricing, which is commercially confidential.",
            (await OnlyQuestionAsync(id)).AskerOnlyJustification);
    }

    [Fact]
    public async Task A_question_waits_on_the_procurement_officers_dashboard_until_it_is_answered()
    {
        var (id, ittId, asker, _) = await IssuedWithSuppliersAsync("Question waits on the dashboard");
        var dashboard = app.ServiceFor<DashboardService>(TestActors.ProcurementOfficer);
        Assert.True((await Clarifications(asker).AskAsync(ittId, "How many women are expected each year?")).Succeeded);

        var waiting = (await dashboard.GetAsync()).Value!.Waiting;
        Assert.Contains(waiting, w => w.CommissionId == id && w.What == "Answer clarification questions");

        Assert.True((await Clarifications(TestActors.ProcurementOfficer).AnswerAsync(id, (await OnlyQuestionAsync(id)).Id, "About 120.",
            AnswerAudience.AllInvitedSuppliers, null, null)).Succeeded);
        Assert.DoesNotContain((await dashboard.GetAsync()).Value!.Waiting, w => w.CommissionId == id);
    }

    [Fact]
    public async Task Empty_questions_and_answers_and_questions_after_the_deadline_are_refused_with_clear_messages()
    {
        var (id, ittId, asker, _) = await IssuedWithSuppliersAsync("Clarification bad input");
        var empty = await Clarifications(asker).AskAsync(ittId, "   ");
        Assert.True((await Clarifications(asker).AskAsync(ittId, "What volume of referrals is expected?")).Succeeded);
        var emptyAnswer = await Clarifications(TestActors.ProcurementOfficer).AnswerAsync(id, (await OnlyQuestionAsync(id)).Id, "", AnswerAudience.AllInvitedSuppliers, null, null);

        app.Clock.SetUtcNow((await _steps.CommissionAsync(id)).ClarificationDeadline!.Value);
        var late = await Clarifications(asker).AskAsync(ittId, "One more question after the deadline.");

        Assert.Equal("Write your question.", empty.Message);
        Assert.Equal("Write the answer.", emptyAnswer.Message);
        Assert.Equal(OperationOutcome.Refused, late.Outcome);
        Assert.StartsWith("The clarification deadline was ", late.Message);
        Assert.Contains("questions can no longer be asked", late.Message);
        Assert.Single((await Clarifications(TestActors.ProcurementOfficer).GetForOfficeAsync(id)).Value!.Questions);
        Assert.False((await _steps.SupplierTenders(asker).GetAsync(ittId)).Value!.CanAsk);
    }

    [Fact]
    public async Task The_tender_period_cannot_close_with_a_question_unanswered_and_the_officer_is_told_of_it()
    {
        var (id, ittId, asker, _) = await IssuedWithSuppliersAsync("Unanswered blocks the close");
        Assert.True((await Clarifications(asker).AskAsync(ittId, "Is a pilot phase planned?")).Succeeded);
        var commission = await _steps.CommissionAsync(id);
        Assert.Equal(1, commission.UnansweredClarificationCount);
        var scheduler = app.Services.GetRequiredService<TimedMoveService>();
        app.Clock.SetUtcNow(commission.ClarificationDeadline!.Value);
        await scheduler.RunDueMovesAsync();
        app.Clock.SetUtcNow(commission.TenderDeadline!.Value);

        await scheduler.RunDueMovesAsync();
        Assert.Equal(CommissionState.TenderPeriod, (await _steps.CommissionAsync(id)).State);
        var close = (await _steps.CommissionAsync(id)).GetMoves(Actor.System, app.Clock.GetUtcNow())
            .Single(m => m.Trigger == CommissionTrigger.TenderDeadlinePassed);
        Assert.Equal(["1 clarification question(s) are unanswered: answer them or extend the tender deadline."], close.BlockedReasons);

        Assert.True((await Clarifications(TestActors.ProcurementOfficer).AnswerAsync(id, (await OnlyQuestionAsync(id)).Id,
            "No pilot phase is planned.", AnswerAudience.AllInvitedSuppliers, null, null)).Succeeded);
        await scheduler.RunDueMovesAsync();
        Assert.Equal(CommissionState.Opening, (await _steps.CommissionAsync(id)).State);

        await using var db = await app.OpenDbAsync();
        var officerIds = await (from u in db.Users join r in db.UserRoles on u.Id equals r.UserId join role in db.Roles on r.RoleId equals role.Id
                                where role.Name == Roles.ProcurementOfficer select u.Id).ToListAsync();
        var told = await db.Set<Notification>().Where(n => n.Subject.StartsWith("Clarification question Q1 on")).Select(n => n.RecipientUserId).ToListAsync();
        Assert.Subset(told.ToHashSet(), officerIds.ToHashSet());
        Assert.NotEmpty(told);
    }
}

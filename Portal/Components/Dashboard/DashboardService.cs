using Microsoft.EntityFrameworkCore;
using Portal.Components.Performance;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Evaluations.Results;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Meetings;
using Portal.Domain.Mobilisation;
using Portal.Infrastructure;

namespace Portal.Components.Dashboard;

public sealed record StageCount(CommissionState State, int Count);

public sealed record UpcomingDeadline(Guid CommissionId, string Reference, string Title, string What, DateTimeOffset Due);

/// <param name="Link">Where the item is done: the commission's page, or the page for that step.</param>
public sealed record WaitingItem(Guid CommissionId, string Reference, string Title, string What, string Link);

/// <param name="Page">The path under the commission where the step is done, e.g. "/mobilisation"; empty for the commission's own page.</param>
internal sealed record WaitingQuery(IQueryable<Commission> Query, string What, string Page = "");

public sealed record DashboardView(IReadOnlyList<StageCount> ByStage, IReadOnlyList<UpcomingDeadline> Deadlines,
    IReadOnlyList<WaitingItem> Waiting, int WaitingTotal);

/// <summary>The office's front page: where commissions stand, what falls due soon, and what waits on this user.</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> contexts, ICurrentActor currentActor, TimeProvider clock,
    Contracts.ContractSettings contractSettings, ILogger<DashboardService> logger)
{
    public const int DeadlineWindowDays = 14;
    public const string OverdueMobilisation = "Chase overdue mobilisation items";
    public const string OwnActionsOverdue = "Your meeting actions are overdue";
    public const string OwnActionsDueSoon = "Your meeting actions fall due soon";
    public const string MinutesToRecord = "Record the minutes of a contract meeting";
    public const string SupplierActionsOverdue = "Chase the supplier's overdue meeting actions";

    private const int ListLimit = 20;

    public async Task<OperationResult<DashboardView>> GetAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, "the office dashboard") is { } refusal) return OperationResult<DashboardView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var byStage = await db.Commissions.AsNoTracking().GroupBy(c => c.State)
            .Select(g => new StageCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var deadlines = await UpcomingDeadlinesAsync(db, now, cancellationToken);
        var (waiting, total) = await WaitingAsync(db, actor, now, cancellationToken);
        var contracts = await ContractWaitingItems.ForAsync(db, actor, contractSettings, UkTime.DateOf(now), cancellationToken);
        return OperationResult<DashboardView>.Ok(new DashboardView(
            byStage.OrderBy(s => s.State).ToList(), deadlines, [.. contracts, .. waiting.Take(ListLimit - contracts.Count)], total + contracts.Count));
    }

    private static async Task<IReadOnlyList<UpcomingDeadline>> UpcomingDeadlinesAsync(PortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now.AddDays(DeadlineWindowDays);
        var clarifications = await db.Commissions.AsNoTracking()
            .Where(c => c.State == CommissionState.ClarificationPeriod && c.ClarificationDeadline >= now && c.ClarificationDeadline <= until)
            .OrderBy(c => c.ClarificationDeadline).Take(ListLimit)
            .Select(c => new { c.Id, c.Number, c.Title, Due = c.ClarificationDeadline!.Value }).ToListAsync(cancellationToken);
        var tenders = await db.Commissions.AsNoTracking()
            .Where(c => (c.State == CommissionState.ClarificationPeriod || c.State == CommissionState.TenderPeriod)
                && c.TenderDeadline >= now && c.TenderDeadline <= until)
            .OrderBy(c => c.TenderDeadline).Take(ListLimit)
            .Select(c => new { c.Id, c.Number, c.Title, Due = c.TenderDeadline!.Value }).ToListAsync(cancellationToken);
        var standstills = await db.Commissions.AsNoTracking()
            .Where(c => c.State == CommissionState.Standstill && c.StandstillEndsAt >= now && c.StandstillEndsAt <= until)
            .OrderBy(c => c.StandstillEndsAt).Take(ListLimit)
            .Select(c => new { c.Id, c.Number, c.Title, Due = c.StandstillEndsAt!.Value }).ToListAsync(cancellationToken);
        return clarifications.Select(c => new UpcomingDeadline(c.Id, Reference(c.Number), c.Title, "Clarification deadline", c.Due))
            .Concat(tenders.Select(c => new UpcomingDeadline(c.Id, Reference(c.Number), c.Title, "Tender deadline", c.Due)))
            .Concat(standstills.Select(c => new UpcomingDeadline(c.Id, Reference(c.Number), c.Title, "Standstill ends", c.Due)))
            .OrderBy(d => d.Due).Take(ListLimit).ToList();
    }

    private static async Task<(IReadOnlyList<WaitingItem>, int)> WaitingAsync(PortalDbContext db, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> lateReturns = actor.IsInRole(Roles.CommissioningOfficer)
            ? await PerformanceWaiting.WithLateReturnsAsync(db, actor.UserId, UkTime.DateOf(now), cancellationToken)
            : [];
        var queries = WaitingQueries(db, actor, now, lateReturns).ToList();
        var items = new List<WaitingItem>();
        var total = 0;
        foreach (var (query, what, page) in queries)
        {
            total += await query.CountAsync(cancellationToken);
            if (items.Count >= ListLimit) continue;
            var found = await query.OrderBy(c => c.LastChangedAt).Take(ListLimit - items.Count)
                .Select(c => new { c.Id, c.Number, c.Title }).ToListAsync(cancellationToken);
            items.AddRange(found.Select(c => new WaitingItem(c.Id, Reference(c.Number), c.Title, what, $"/commissions/{c.Id}{page}")));
        }
        return (items, total);
    }

    /// <summary>For each role the user holds, the commissions whose next step is theirs.</summary>
    private static IEnumerable<WaitingQuery> WaitingQueries(PortalDbContext db, Actor actor, DateTimeOffset now,
        IReadOnlyList<Guid> lateReturns)
    {
        var all = db.Commissions.AsNoTracking();
        var today = UkTime.DateOf(now);
        var withOverdueMobilisation = all.Where(c => db.MobilisationPlans.Any(p => p.CommissionId == c.Id
            && p.Items.Any(i => i.Status != MobilisationItemStatus.Done && i.DueOn < today)));
        if (actor.IsInRole(Roles.CommissioningOfficer))
        {
            yield return new(all.Where(c => c.OwnerId == actor.UserId && c.State == CommissionState.DecisionNoteDraft), "Complete and submit the decision note");
            yield return new(all.Where(c => c.OwnerId == actor.UserId && c.State == CommissionState.EqualityAssessment && c.EqualityAssessmentSubmittedAt == null),
                "Complete the equality impact assessment");
            yield return new(all.Where(c => c.OwnerId == actor.UserId && c.State == CommissionState.Awarded && c.ContractSigned), "Start mobilisation");
            yield return new(all.Where(c => c.OwnerId == actor.UserId && c.State == CommissionState.Mobilisation), "Complete mobilisation");
            yield return new(withOverdueMobilisation.Where(c => c.OwnerId == actor.UserId), OverdueMobilisation, "/mobilisation");
            yield return new(PerformanceWaiting.WithReturnsToVerify(db).Where(c => c.OwnerId == actor.UserId), PerformanceWaiting.VerifyReturns, "/performance");
            yield return new(all.Where(c => c.OwnerId == actor.UserId && lateReturns.Contains(c.Id)), PerformanceWaiting.ChaseLateReturns, "/performance");
        }
        if (actor.IsInRole(Roles.Approver) && actor.Position is { } position)
        {
            yield return position == ApproverPosition.Commissioner
                ? new WaitingQuery(all.Where(c => c.State == CommissionState.AwaitingDecision), "Decide on the decision note")
                : new WaitingQuery(all.Where(c => c.State == CommissionState.AwaitingDecision
                    && !c.SignOffs.Any(s => s.Position == position && s.NoteVersion == c.DecisionNoteVersion)),
                    $"Sign off as {position.Describe()}");
            yield return new(all.Where(c => c.State == CommissionState.Evaluation && db.AwardRecommendations.Any(r => r.CommissionId == c.Id
                && r.ApproverUserId == actor.UserId && r.Status == RecommendationStatus.AwaitingApproval)), "Approve or reject the award recommendation");
        }
        if (actor.IsInRole(Roles.EqualityLead))
        {
            yield return new(all.Where(c => c.State == CommissionState.EqualityAssessment && c.EqualityAssessmentSubmittedAt != null
                && c.EqualityAssessmentAuthorId != actor.UserId), "Quality-assure the EIA");
        }
        if (actor.IsInRole(Roles.ProcurementOfficer))
        {
            yield return new(all.Where(c => c.State == CommissionState.IttPreparation), "Prepare and issue the ITT");
            yield return new(all.Where(c => (c.State == CommissionState.ClarificationPeriod || c.State == CommissionState.TenderPeriod) && c.UnansweredClarificationCount > 0),
                "Answer clarification questions");
            yield return new(all.Where(c => c.State == CommissionState.Opening), "Open the tender box");
            yield return new(all.Where(c => c.State == CommissionState.Evaluation), "Complete the evaluation");
            yield return new(all.Where(c => c.State == CommissionState.Standstill && c.StandstillEndsAt < now), "Confirm the award");
            yield return new(all.Where(c => c.State == CommissionState.Suspended), "Resolve the challenge");
            // Where a mobilisation plan exists, its "Contract signed" item records the signature, and the overdue items say so.
            yield return new(all.Where(c => c.State == CommissionState.Awarded && !c.ContractSigned && !db.MobilisationPlans.Any(p => p.CommissionId == c.Id)),
                "Record the signed contract");
            yield return new(withOverdueMobilisation.Where(c => c.OwnerId != actor.UserId), OverdueMobilisation, "/mobilisation");
        }
        if (actor.IsInRole(Roles.Evaluator))
            yield return new(all.Where(c => c.State == CommissionState.Evaluation && db.TenderEvaluations.Any(e => e.CommissionId == c.Id
                && e.Panel.Any(p => p.EvaluatorId == actor.UserId))), "Score tenders");
        foreach (var meetingItem in MeetingQueries(db, actor, now)) yield return meetingItem;
    }

    /// <summary>Contract meetings' actions owned by this officer, due or overdue; minutes to record and supplier actions to chase on their contracts.</summary>
    private static IEnumerable<WaitingQuery> MeetingQueries(PortalDbContext db, Actor actor, DateTimeOffset now)
    {
        if (!actor.IsContractManager) yield break;
        var all = db.Commissions.AsNoTracking();
        var today = UkTime.DateOf(now);
        var soon = today.AddDays(DeadlineWindowDays);
        var userId = actor.UserId;
        yield return new(all.Where(c => db.ContractMeetings.Any(m => m.CommissionId == c.Id
            && m.Actions.Any(a => a.OwnerUserId == userId && a.Status != ActionStatus.Closed && a.DueOn < today))), OwnActionsOverdue, "/meetings");
        yield return new(all.Where(c => db.ContractMeetings.Any(m => m.CommissionId == c.Id
            && m.Actions.Any(a => a.OwnerUserId == userId && a.Status != ActionStatus.Closed && a.DueOn >= today && a.DueOn <= soon))), OwnActionsDueSoon, "/meetings");
        var owned = all.Where(c => c.OwnerId == userId && c.State == CommissionState.ContractManagement);
        yield return new(owned.Where(c => db.ContractMeetings.Any(m => m.CommissionId == c.Id && m.Meetings.Any(x => x.StartsAt <= now && x.CancelledAt == null && !x.Minutes.Any()))), MinutesToRecord, "/meetings");
        yield return new(owned.Where(c => db.ContractMeetings.Any(m => m.CommissionId == c.Id
            && m.Actions.Any(a => a.OwnerKind == ActionOwnerKind.Supplier && a.Status != ActionStatus.Closed && a.DueOn < today))), SupplierActionsOverdue, "/meetings");
    }

    private static string Reference(int number) => Commission.FormatReference(number);
}

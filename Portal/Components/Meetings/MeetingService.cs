using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Domain.Meetings;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Meetings;

/// <summary>
/// A contract's meetings for the people who take part in them: office users read everything and commissioning and procurement officers
/// manage it; the users of the supplier awarded the contract read its meetings, agendas and minutes and their own actions, and report
/// progress on those. Anyone else asking is refused as not found, logged and audited.
/// </summary>
public sealed class MeetingService(
    IDbContextFactory<PortalDbContext> contexts,
    MeetingWriter writer,
    IContractPerformanceSource performance,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock)
{
    public const string NoContractMessage = "This commission has no contract yet: meetings begin once a contract is awarded and managed.";

    public async Task<OperationResult<ContractMeetingsView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var loaded = await LoadAsync(actor, commissionId, cancellationToken);
        return loaded.Refusal is { } refusal ? OperationResult<ContractMeetingsView>.From(refusal) : OperationResult<ContractMeetingsView>.Ok(loaded.View!);
    }

    public async Task<OperationResult<MeetingDetailView>> GetMeetingAsync(Guid commissionId, Guid meetingId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var loaded = await LoadAsync(actor, commissionId, cancellationToken);
        if (loaded.Refusal is { } refusal) return OperationResult<MeetingDetailView>.From(refusal);
        var meeting = loaded.Meetings?.Meetings.SingleOrDefault(m => m.Id == meetingId);
        if (meeting is null) return OperationResult<MeetingDetailView>.From(OperationResult.NotFound("meeting"));
        var meetings = loaded.Meetings!;
        var view = loaded.View!;
        var now = clock.GetUtcNow();
        var shown = view.Actions.ToDictionary(a => a.Id);
        IReadOnlyList<ActionView> Shown(IEnumerable<MeetingAction> actions) => actions.Where(a => shown.ContainsKey(a.Id)).Select(a => shown[a.Id]).ToList();
        return OperationResult<MeetingDetailView>.Ok(new MeetingDetailView(view, meeting.Id, meeting.Kind, meeting.Title, meeting.Period, meeting.StartsAt,
            meeting.Place, meeting.Attendees, meeting.ScheduledByName, meeting.ScheduledAt, meeting.HasTakenPlace(now), meeting.Kind.StandardAgenda(),
            meeting.AgendaItems.OrderBy(i => i.Position).Select(i => new AgendaLine(i.Text, $"added by {i.AddedByName}")).ToList(),
            Shown(meetings.CarriedForwardTo(meeting)),
            meeting.Minutes.Select(m => new MinutesView(m.Version, m.Text, m.Reason, m.RecordedByName, m.RecordedAt)).ToList(),
            Shown(meetings.RaisedAt(meeting)),
            meeting.CancelledAt is { } cancelledAt ? new CancellationView(cancelledAt, meeting.CancelledByName!, meeting.CancellationReason!) : null,
            view.CanManage && ContractMeetings.MayChangePlan(meeting), view.CanManage && meetings.MayCancel(meeting),
            view.ForSupplier ? null : await DataPackAsync(loaded, meeting, cancellationToken)));
    }

    /// <summary>The returns for the meeting's quarter and the quarters before it, for the office.</summary>
    public async Task<OperationResult<DataPackView>> GetDataPackAsync(Guid commissionId, Guid meetingId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOfficeUser)
        {
            await refusals.RecordAsync(actor, $"the data pack of a meeting on commission {commissionId}");
            return OperationResult<DataPackView>.From(OperationResult.NotFound("meeting"));
        }
        var loaded = await LoadAsync(actor, commissionId, cancellationToken);
        if (loaded.Refusal is { } refusal) return OperationResult<DataPackView>.From(refusal);
        var meeting = loaded.Meetings?.Meetings.SingleOrDefault(m => m.Id == meetingId);
        if (meeting is null) return OperationResult<DataPackView>.From(OperationResult.NotFound("meeting"));
        return OperationResult<DataPackView>.Ok(await DataPackAsync(loaded, meeting, cancellationToken));
    }

    private async Task<DataPackView> DataPackAsync(Loaded loaded, Meeting meeting, CancellationToken cancellationToken)
    {
        var figures = await performance.GetAsync(loaded.Contract!.Id, cancellationToken);
        var periods = figures.Periods.Where(p => p.Period.Starts <= meeting.PeriodStarts).TakeLast(DataPackView.QuartersShown).ToList();
        return new DataPackView(loaded.View!.Reference, loaded.View.Title, loaded.View.SupplierName, meeting.Title, meeting.StartsAt, figures.Capacity, periods);
    }

    /// <summary>What "schedule the year" would add: each quarter's two meetings that fall in the next twelve months and are not yet scheduled.</summary>
    public async Task<OperationResult<IReadOnlyList<MeetingProposal>>> ProposeYearAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var loaded = await LoadAsync(actor, commissionId, cancellationToken);
        if (loaded.Refusal is { } refusal) return OperationResult<IReadOnlyList<MeetingProposal>>.From(refusal);
        if (!loaded.View!.CanManage) return OperationResult<IReadOnlyList<MeetingProposal>>.From(OperationResult.Forbidden());
        int? returnDueDays;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            returnDueDays = await db.OutcomesFrameworks.AsNoTracking().Where(f => f.ContractId == loaded.Contract!.Id)
                .Select(f => (int?)f.ReturnDueDays).SingleOrDefaultAsync(cancellationToken);
        var proposals = MeetingSchedule.ProposeYear(loaded.View.Quarters,
            period => returnDueDays is { } days ? OutcomesFramework.ReturnDueOn(period, days) : MeetingSchedule.DefaultReturnDueOn(period),
            loaded.Meetings?.Meetings ?? [], clock.GetUtcNow());
        return OperationResult<IReadOnlyList<MeetingProposal>>.Ok(proposals);
    }

    public Task<OperationResult> ScheduleYearAsync(Guid commissionId, Guid token, IReadOnlyList<MeetingProposal> proposals, string place, string attendees,
        CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) => ("MeetingsScheduled", meetings.ScheduleAll(proposals, place, attendees, actor, at)), cancellationToken);

    public Task<OperationResult> ScheduleAsync(Guid commissionId, Guid token, MeetingKind kind, ReportingPeriod? period, DateTime ukStart, string place,
        string attendees, CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) => ("MeetingScheduled", meetings.Schedule(kind,
            period ?? throw new DomainRuleException("Choose the quarter the meeting reviews."), UkTime.FromUkLocal(ukStart), place, attendees, actor, at)), cancellationToken);

    public Task<OperationResult> RescheduleAsync(Guid commissionId, Guid token, Guid meetingId, DateTime ukStart, string place, string attendees,
        CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) => ("MeetingRescheduled",
            meetings.Reschedule(meetingId, UkTime.FromUkLocal(ukStart), place, attendees, actor, at)), cancellationToken);

    public Task<OperationResult> CancelAsync(Guid commissionId, Guid token, Guid meetingId, string reason, CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) => ("MeetingCancelled", meetings.Cancel(meetingId, reason, actor, at)), cancellationToken);

    public Task<OperationResult> AddAgendaItemAsync(Guid commissionId, Guid token, Guid meetingId, string text, CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) => ("MeetingAgendaItemAdded", meetings.AddAgendaItem(meetingId, text, actor, at)), cancellationToken);

    public Task<OperationResult> RecordMinutesAsync(Guid commissionId, Guid token, Guid meetingId, string text, string reason, CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) => ("MeetingMinutesRecorded", meetings.RecordMinutes(meetingId, text, reason, actor, at)), cancellationToken);

    public Task<OperationResult> RaiseActionAsync(Guid commissionId, Guid token, Guid meetingId, string description, ActionOwnerKind? ownerKind,
        OfficerOption? officer, DateOnly? dueOn, CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) =>
        {
            var action = meetings.RaiseAction(meetingId, description, ownerKind, officer?.UserId, officer?.Name, dueOn, actor, at);
            return ("MeetingActionRaised", $"Action {action.Reference} raised at the {meetings.FindMeeting(meetingId).Title} for {action.OwnerName}, " +
                $"due {UkTime.LongDate(action.DueOn)}: {action.Description}");
        }, cancellationToken);

    public Task<OperationResult> CloseActionAsync(Guid commissionId, Guid token, Guid actionId, string closingNote, CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) => ("MeetingActionClosed", meetings.CloseAction(actionId, closingNote, actor, at)), cancellationToken);

    public async Task<OperationResult> ReportProgressAsync(Guid commissionId, Guid token, Guid actionId, ActionStatus status, string note,
        CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var loaded = await LoadAsync(actor, commissionId, cancellationToken);
        if (loaded.Refusal is { } refusal) return refusal;
        return await writer.ChangeAsync(commissionId, token, actor,
            (meetings, at) => ("MeetingActionProgress", meetings.ReportProgress(actionId, status, note, actor, loaded.SupplierId, at)), cancellationToken);
    }

    public Task<OperationResult> AddRiskAsync(Guid commissionId, Guid token, string description, int likelihood, int impact, string mitigation, string owner,
        CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) =>
        {
            var risk = meetings.AddRisk(description, likelihood, impact, mitigation, owner, actor, at);
            return ("ContractRiskAdded", $"Risk {risk.Reference} added ({risk.Level.ToLowerInvariant()}, {risk.Likelihood} × {risk.Impact}): {risk.Description}");
        }, cancellationToken);

    public Task<OperationResult> UpdateRiskAsync(Guid commissionId, Guid token, Guid riskId, string description, int likelihood, int impact, string mitigation,
        string owner, RiskStatus status, CancellationToken cancellationToken = default) =>
        ManageAsync(commissionId, token, (meetings, actor, at) =>
            ("ContractRiskUpdated", meetings.UpdateRisk(riskId, description, likelihood, impact, mitigation, owner, status, actor, at)), cancellationToken);

    /// <summary>The officers who may own an action: the office's commissioning and procurement officers.</summary>
    public async Task<IReadOnlyList<OfficerOption>> OfficersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roleIds = await db.Roles.Where(r => r.Name == Roles.CommissioningOfficer || r.Name == Roles.ProcurementOfficer).Select(r => r.Id).ToListAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.DisplayName).Select(u => new OfficerOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }

    private async Task<OperationResult> ManageAsync(Guid commissionId, Guid token,
        Func<ContractMeetings, Actor, DateTimeOffset, (string Action, string Summary)> change, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        var loaded = await LoadAsync(actor, commissionId, cancellationToken);
        if (loaded.Refusal is { } refusal) return refusal;
        if (!loaded.View!.CanManage)
        {
            await refusals.RecordAsync(actor, $"a change to the meetings of {loaded.View.Reference}", actor.IsOfficeUser ? commissionId : null);
            return OperationResult.Forbidden();
        }
        return await writer.ChangeAsync(commissionId, token, actor, (meetings, at) => change(meetings, actor, at), cancellationToken);
    }

    private sealed record Loaded(OperationResult? Refusal, ContractMeetingsView? View = null, ContractMeetings? Meetings = null, Contract? Contract = null,
        Guid? SupplierId = null);

    private async Task<Loaded> LoadAsync(Actor actor, Guid commissionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commissionId, cancellationToken);
        Guid? supplierId = null;
        if (!actor.IsOfficeUser)
        {
            supplierId = await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken);
            if (contract is null || supplierId is null || contract.SupplierId != supplierId)
            {
                await refusals.RecordAsync(actor, $"the meetings of commission {commissionId}, whose contract is not their organisation's");
                return new Loaded(OperationResult.NotFound("contract"));
            }
        }
        if (contract is null) return new Loaded(new OperationResult(OperationOutcome.NotFound, NoContractMessage));
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId, cancellationToken);
        var meetings = await db.ContractMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.CommissionId == commissionId, cancellationToken);
        return new Loaded(null, ToView(commission, contract, meetings, actor, supplierId), meetings, contract, supplierId);
    }

    private ContractMeetingsView ToView(Commission commission, Contract contract, ContractMeetings? meetings, Actor actor, Guid? supplierId)
    {
        var now = clock.GetUtcNow();
        var today = UkTime.DateOf(now);
        var forSupplier = !actor.IsOfficeUser;
        var canManage = actor.IsContractManager;
        var canChange = commission.State == CommissionState.ContractManagement;
        var actions = (meetings?.Actions ?? []).Where(a => !forSupplier || a.OwnerKind == ActionOwnerKind.Supplier).OrderBy(a => a.IsClosed).ThenBy(a => a.DueOn)
            .Select(a => new ActionView(a.Id, a.Reference, a.Description, a.OwnerKind, a.OwnerName, a.DueOn, a.Status, a.IsOverdue(today),
                meetings!.FindMeeting(a.RaisedAtMeetingId).Title, a.ProgressNote, a.ProgressByName, a.ProgressAt, a.ClosingNote, a.ClosedByName, a.ClosedAt,
                canChange && !a.IsClosed && meetings.MayProgress(actor, supplierId, a), canChange && canManage && !a.IsClosed))
            .ToList();
        var risks = forSupplier ? [] : (meetings?.Risks ?? []).OrderBy(r => r.Status).ThenByDescending(r => r.Score).ThenBy(r => r.Number)
            .Select(r => new RiskView(r.Id, r.Reference, r.Description, r.Likelihood, r.Impact, r.Score, r.Level, r.Mitigation, r.Owner, r.Status)).ToList();
        var summaries = (meetings?.InDateOrder ?? []).Select(m => new MeetingSummary(m.Id, m.Kind, m.Title, m.Period.Name, m.StartsAt, m.Place,
            m.HasTakenPlace(now), m.CurrentMinutes is not null, m.NeedsMinutes(now), meetings!.CarriedForwardTo(m).Count, m.IsCancelled)).ToList();
        return new ContractMeetingsView(commission.Id, commission.Reference, commission.Title, contract.SupplierName, meetings?.ConcurrencyToken ?? Guid.Empty,
            forSupplier, canManage && canChange, canChange, ReportingPeriods.Between(contract.CommencementDate, contract.CurrentEndsOn), summaries, actions, risks);
    }
}

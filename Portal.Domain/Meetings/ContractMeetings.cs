using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Domain.Performance;

namespace Portal.Domain.Meetings;

/// <summary>
/// A contract's quality deep dives and performance meetings, the actions they raise and the contract's risk log. One aggregate, because an
/// action belongs to the meeting that raised it and is carried onto the agenda of every later one until it is closed.
/// Every method takes "now", so the rules about the past (no meeting scheduled in it, no minutes before a meeting) read one clock.
/// </summary>
public sealed class ContractMeetings
{
    private readonly List<Meeting> _meetings = [];
    private readonly List<MeetingAction> _actions = [];
    private readonly List<ContractRisk> _risks = [];

    private ContractMeetings() { }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public Guid ConcurrencyToken { get; private set; }
    public IReadOnlyList<Meeting> Meetings => _meetings;
    public IReadOnlyList<MeetingAction> Actions => _actions;
    public IReadOnlyList<ContractRisk> Risks => _risks;

    public static ContractMeetings For(Contract contract) => new()
    {
        Id = Guid.NewGuid(),
        CommissionId = contract.CommissionId,
        ContractId = contract.Id,
        SupplierId = contract.SupplierId,
        SupplierName = contract.SupplierName,
        ConcurrencyToken = Guid.NewGuid(),
    };

    public Meeting FindMeeting(Guid meetingId) =>
        _meetings.SingleOrDefault(m => m.Id == meetingId) ?? throw new DomainRuleException("That meeting is not one of this contract's.");

    /// <summary>Its date, place and agenda may still change: not cancelled, and no minutes recorded.</summary>
    public static bool MayChangePlan(Meeting meeting) => !meeting.IsCancelled && meeting.CurrentMinutes is null;

    /// <summary>It may be cancelled: its plan may still change and no action was raised at it, so it was not held.</summary>
    public bool MayCancel(Meeting meeting) => MayChangePlan(meeting) && _actions.All(a => a.RaisedAtMeetingId != meeting.Id);

    /// <summary>A meeting that can still change: not cancelled.</summary>
    private Meeting FindOpenMeeting(Guid meetingId)
    {
        var meeting = FindMeeting(meetingId);
        if (meeting.IsCancelled)
            throw new DomainRuleException($"The {meeting.Title} was cancelled on {UkTime.Format(meeting.CancelledAt!.Value)}: it can no longer change.");
        return meeting;
    }

    public MeetingAction FindAction(Guid actionId) =>
        _actions.SingleOrDefault(a => a.Id == actionId) ?? throw new DomainRuleException("That action is not one of this contract's.");

    public ContractRisk FindRisk(Guid riskId) =>
        _risks.SingleOrDefault(r => r.Id == riskId) ?? throw new DomainRuleException("That risk is not on this contract's log.");

    /// <summary>The meetings in date order, earliest first.</summary>
    public IEnumerable<Meeting> InDateOrder => _meetings.OrderBy(m => m.StartsAt);

    /// <summary>Every action still open when the meeting began, raised at an earlier meeting: the agenda carries them forward.</summary>
    public IReadOnlyList<MeetingAction> CarriedForwardTo(Meeting meeting) =>
        _actions.Where(a => a.WasOpenAt(meeting.StartsAt)).OrderBy(a => a.Number).ToList();

    public IReadOnlyList<MeetingAction> RaisedAt(Meeting meeting) =>
        _actions.Where(a => a.RaisedAtMeetingId == meeting.Id).OrderBy(a => a.Number).ToList();

    public IEnumerable<MeetingAction> OverdueActions(DateOnly today) => _actions.Where(a => a.IsOverdue(today));

    public string Schedule(MeetingKind kind, ReportingPeriod period, DateTimeOffset startsAt, string place, string attendees, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        if (!Enum.IsDefined(kind)) throw new DomainRuleException("Choose the kind of meeting: a quality deep dive or a contract performance meeting.");
        var meeting = new Meeting(kind, period, RequireFuture(startsAt, now), Clean(place, PlaceLabel, Meeting.PlaceMaxLength, required: true),
            Clean(attendees, "The attendees", Meeting.AttendeesMaxLength), actor.DisplayName, now);
        _meetings.Add(meeting);
        Touch();
        return $"{meeting.Title} scheduled for {UkTime.Format(startsAt)} at {meeting.Place}";
    }

    /// <summary>Schedules every proposal at once, as "schedule the year" offers them after the officer has checked the dates.</summary>
    public string ScheduleAll(IReadOnlyList<MeetingProposal> proposals, string place, string attendees, Actor actor, DateTimeOffset now)
    {
        if (proposals.Count == 0) throw new DomainRuleException("There are no meetings to schedule: every quarter left already has its meetings.");
        foreach (var proposal in proposals) Schedule(proposal.Kind, proposal.Period, proposal.StartsAt, place, attendees, actor, now);
        return $"{proposals.Count} meetings scheduled from {UkTime.Format(proposals.Min(p => p.StartsAt))} to {UkTime.Format(proposals.Max(p => p.StartsAt))}";
    }

    public string Reschedule(Guid meetingId, DateTimeOffset startsAt, string place, string attendees, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var meeting = FindOpenMeeting(meetingId);
        if (startsAt != meeting.StartsAt)
        {
            if (meeting.CurrentMinutes is not null) throw new DomainRuleException("The minutes of this meeting are recorded: its date stands as it was held.");
            RequireFuture(startsAt, now);
        }
        var before = UkTime.Format(meeting.StartsAt);
        meeting.Move(startsAt, Clean(place, PlaceLabel, Meeting.PlaceMaxLength, required: true),
            Clean(attendees, "The attendees", Meeting.AttendeesMaxLength));
        Touch();
        var after = UkTime.Format(startsAt);
        return before == after ? $"{meeting.Title}: place or attendees changed" : $"{meeting.Title} moved from {before} to {after}";
    }

    /// <summary>
    /// Calls off a meeting that has not been held: one with minutes or actions was held, and stands. It stays on the list, marked
    /// cancelled with who did it and why, so the record shows the meeting was planned and not missed.
    /// </summary>
    public string Cancel(Guid meetingId, string reason, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var meeting = FindOpenMeeting(meetingId);
        if (!MayCancel(meeting))
            throw new DomainRuleException("This meeting was held: its minutes or actions are recorded, so it cannot be cancelled.");
        var why = Clean(reason, "The reason for cancelling", MeetingAction.NoteMaxLength, required: true);
        meeting.Cancel(why, actor.DisplayName, now);
        Touch();
        return $"{meeting.Title} on {UkTime.Format(meeting.StartsAt)} cancelled: {why}";
    }

    public string AddAgendaItem(Guid meetingId, string text, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var meeting = FindOpenMeeting(meetingId);
        if (!MayChangePlan(meeting)) throw new DomainRuleException("The minutes of this meeting are recorded: its agenda can no longer change.");
        meeting.AddAgendaItem(Clean(text, "The agenda item", Meeting.AgendaItemMaxLength, required: true), actor.DisplayName, now);
        Touch();
        return $"Agenda item added to the {meeting.Title}: \"{text.Trim()}\"";
    }

    /// <param name="reason">Why the minutes are amended; needed for every version after the first.</param>
    public string RecordMinutes(Guid meetingId, string text, string reason, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var meeting = FindOpenMeeting(meetingId);
        if (!meeting.HasTakenPlace(now))
            throw new DomainRuleException($"Minutes are recorded after the meeting: it starts on {UkTime.Format(meeting.StartsAt)}.");
        var minutes = Clean(text, "The minutes", Meeting.MinutesMaxLength, required: true);
        var amending = meeting.CurrentMinutes is not null;
        if (amending && minutes == meeting.CurrentMinutes!.Text) throw new DomainRuleException("The minutes are unchanged: there is nothing to amend.");
        var why = Clean(reason, "The reason for the amendment", MeetingAction.NoteMaxLength, required: amending);
        var version = meeting.AddMinutes(minutes, amending ? why : "", actor.UserId, actor.DisplayName, now);
        Touch();
        return amending ? $"Minutes of the {meeting.Title} amended (version {version.Version}): {why}" : $"Minutes of the {meeting.Title} recorded";
    }

    public MeetingAction RaiseAction(Guid meetingId, string description, ActionOwnerKind? ownerKind, string? ownerUserId, string? ownerName,
        DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var meeting = FindOpenMeeting(meetingId);
        if (!meeting.HasTakenPlace(now))
            throw new DomainRuleException($"Actions come out of a meeting: raise them once it has begun, on {UkTime.Format(meeting.StartsAt)}.");
        var what = Clean(description, "The action", MeetingAction.DescriptionMaxLength, required: true);
        if (ownerKind is not { } kind || !Enum.IsDefined(kind)) throw new DomainRuleException("Choose who owns the action: an officer or the supplier.");
        if (kind == ActionOwnerKind.Office && (string.IsNullOrWhiteSpace(ownerUserId) || string.IsNullOrWhiteSpace(ownerName)))
            throw new DomainRuleException("Choose the officer who owns the action.");
        if (dueOn is not { } due) throw new DomainRuleException("Give the action a due date.");
        if (due < UkTime.DateOf(meeting.StartsAt)) throw new DomainRuleException("An action cannot fall due before the meeting that raised it.");
        var action = new MeetingAction(_actions.Count + 1, meeting.Id, meeting.StartsAt, what, kind,
            kind == ActionOwnerKind.Office ? ownerUserId : null, kind == ActionOwnerKind.Office ? ownerName!.Trim() : SupplierName, due, actor.DisplayName, now);
        _actions.Add(action);
        Touch();
        return action;
    }

    /// <summary>Whether the actor may report progress on the action: the office on any, the supplier's users on the supplier's own.</summary>
    public bool MayProgress(Actor actor, Guid? actorSupplierId, MeetingAction action) =>
        actor.IsContractManager || (actorSupplierId == SupplierId && action.OwnerKind == ActionOwnerKind.Supplier);

    public string ReportProgress(Guid actionId, ActionStatus status, string note, Actor actor, Guid? actorSupplierId, DateTimeOffset now)
    {
        var action = FindAction(actionId);
        if (!MayProgress(actor, actorSupplierId, action))
            throw new DomainRuleException(actorSupplierId == SupplierId ? $"Action {action.Reference} is the office's: only its owner can report on it." : "Only the office and the contract's supplier can report on its actions.");
        if (action.IsClosed) throw new DomainRuleException($"Action {action.Reference} is closed.");
        if (status == ActionStatus.Closed) throw new DomainRuleException("An action is closed by the office, with a closing note.");
        if (!Enum.IsDefined(status)) throw new DomainRuleException("Choose a status: open or in progress.");
        action.Progress(status, Clean(note, "The progress note", MeetingAction.NoteMaxLength, required: true), actor.DisplayName, now);
        Touch();
        return $"Action {action.Reference} ({status.Describe().ToLowerInvariant()}): {action.ProgressNote}";
    }

    public string CloseAction(Guid actionId, string closingNote, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var action = FindAction(actionId);
        if (action.IsClosed) throw new DomainRuleException($"Action {action.Reference} is already closed.");
        action.Close(Clean(closingNote, "The closing note", MeetingAction.NoteMaxLength, required: true), actor.DisplayName, now);
        Touch();
        return $"Action {action.Reference} closed: {action.ClosingNote}";
    }

    public ContractRisk AddRisk(string description, int likelihood, int impact, string mitigation, string owner, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var (what, how, who) = CheckRisk(description, likelihood, impact, mitigation, owner);
        var risk = new ContractRisk(_risks.Count + 1, what, likelihood, impact, how, who, actor.DisplayName, now);
        _risks.Add(risk);
        Touch();
        return risk;
    }

    public string UpdateRisk(Guid riskId, string description, int likelihood, int impact, string mitigation, string owner, RiskStatus status, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        var risk = FindRisk(riskId);
        var (what, how, who) = CheckRisk(description, likelihood, impact, mitigation, owner);
        risk.Apply(what, likelihood, impact, how, who);
        risk.SetStatus(status, now);
        Touch();
        return $"Risk {risk.Reference} updated: {risk.Level.ToLowerInvariant()} ({risk.Likelihood} × {risk.Impact}), {status.ToString().ToLowerInvariant()}";
    }

    private const string PlaceLabel = "The place or link";

    private static (string, string, string) CheckRisk(string description, int likelihood, int impact, string mitigation, string owner)
    {
        if (likelihood is < 1 or > 5 || impact is < 1 or > 5) throw new DomainRuleException("Score likelihood and impact from 1 to 5.");
        return (Clean(description, "The risk", ContractRisk.TextMaxLength, required: true),
            Clean(mitigation, "The mitigation", ContractRisk.TextMaxLength),
            Clean(owner, "The risk's owner", 200, required: true));
    }

    private static DateTimeOffset RequireFuture(DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt <= now)
            throw new DomainRuleException($"A meeting is scheduled for the future: {UkTime.Format(startsAt)} has already passed.");
        return startsAt;
    }

    private static void RequireManager(Actor actor)
    {
        if (!actor.IsContractManager) throw new DomainRuleException("Only a commissioning or procurement officer can change the contract's meetings, actions and risks.");
    }

    private static string Clean(string? text, string label, int maxLength, bool required = false)
    {
        var value = (text ?? "").Trim();
        if (required && value.Length == 0) throw new DomainRuleException($"{label} is needed.");
        if (value.Length > maxLength) throw new DomainRuleException($"{label} is too long: keep it to {maxLength} characters.");
        return value;
    }

    private void Touch() => ConcurrencyToken = Guid.NewGuid();
}

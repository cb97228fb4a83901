namespace Portal.Domain.Meetings;

/// <summary>
/// Something a meeting decided must be done, by whom and by when. It stays open, and is carried onto the agenda of every later
/// meeting, until an officer closes it with a note of how it was done.
/// </summary>
public sealed class MeetingAction
{
    public const int DescriptionMaxLength = 1000;
    public const int NoteMaxLength = 2000;

    private MeetingAction() { }

    internal MeetingAction(int number, Guid raisedAtMeetingId, DateTimeOffset raisedAtMeetingStart, string description, ActionOwnerKind ownerKind,
        string? ownerUserId, string ownerName, DateOnly dueOn, string raisedByName, DateTimeOffset raisedAt)
    {
        Id = Guid.NewGuid();
        Number = number;
        RaisedAtMeetingId = raisedAtMeetingId;
        RaisedAtMeetingStart = raisedAtMeetingStart;
        Description = description;
        OwnerKind = ownerKind;
        OwnerUserId = ownerUserId;
        OwnerName = ownerName;
        DueOn = dueOn;
        Status = ActionStatus.Open;
        RaisedByName = raisedByName;
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Numbered within the contract, so minutes and agendas can say "action 4".</summary>
    public int Number { get; private set; }
    public Guid RaisedAtMeetingId { get; private set; }

    /// <summary>When the meeting that raised it began: later meetings carry it forward.</summary>
    public DateTimeOffset RaisedAtMeetingStart { get; private set; }
    public string Description { get; private set; } = "";
    public ActionOwnerKind OwnerKind { get; private set; }

    /// <summary>The office user who owns it; none when the supplier organisation does.</summary>
    public string? OwnerUserId { get; private set; }
    public string OwnerName { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public string ProgressNote { get; private set; } = "";
    public string? ProgressByName { get; private set; }
    public DateTimeOffset? ProgressAt { get; private set; }
    public string? ClosingNote { get; private set; }
    public string? ClosedByName { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string RaisedByName { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }

    public string Reference => $"A{Number}";

    public bool IsClosed => Status == ActionStatus.Closed;

    /// <summary>Past its due date and still open: on the due date itself it is still in time.</summary>
    public bool IsOverdue(DateOnly today) => !IsClosed && DueOn < today;

    /// <summary>Whether it was still open when a meeting began: raised at an earlier meeting and not closed by then.</summary>
    public bool WasOpenAt(DateTimeOffset meetingStart) =>
        RaisedAtMeetingStart < meetingStart && (ClosedAt is null || ClosedAt > meetingStart);

    internal void Progress(ActionStatus status, string note, string byName, DateTimeOffset at)
    {
        Status = status;
        ProgressNote = note;
        ProgressByName = byName;
        ProgressAt = at;
    }

    internal void Close(string note, string byName, DateTimeOffset at)
    {
        Status = ActionStatus.Closed;
        ClosingNote = note;
        ClosedByName = byName;
        ClosedAt = at;
    }
}

/// <summary>One line of the contract's risk log, scored as likelihood times impact.</summary>
public sealed class ContractRisk
{
    public const int TextMaxLength = 1000;

    private ContractRisk() { }

    internal ContractRisk(int number, string description, int likelihood, int impact, string mitigation, string owner, string raisedByName, DateTimeOffset raisedAt)
    {
        Id = Guid.NewGuid();
        Number = number;
        RaisedByName = raisedByName;
        RaisedAt = raisedAt;
        Status = RiskStatus.Open;
        Apply(description, likelihood, impact, mitigation, owner);
    }

    public Guid Id { get; private set; }
    public int Number { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>1 (rare) to 5 (almost certain).</summary>
    public int Likelihood { get; private set; }

    /// <summary>1 (negligible) to 5 (severe).</summary>
    public int Impact { get; private set; }
    public string Mitigation { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public RiskStatus Status { get; private set; }
    public string RaisedByName { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public string Reference => $"R{Number}";

    public int Score => Likelihood * Impact;

    /// <summary>The usual reading of a 5 × 5 matrix: 15 and over high, 8 to 14 medium, under 8 low.</summary>
    public string Level => Score >= 15 ? "High" : Score >= 8 ? "Medium" : "Low";

    internal void Apply(string description, int likelihood, int impact, string mitigation, string owner)
    {
        Description = description;
        Likelihood = likelihood;
        Impact = impact;
        Mitigation = mitigation;
        Owner = owner;
    }

    internal void SetStatus(RiskStatus status, DateTimeOffset at)
    {
        if (status == Status) return;
        Status = status;
        ClosedAt = status == RiskStatus.Closed ? at : null;
    }
}

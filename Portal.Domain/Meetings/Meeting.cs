using Portal.Domain.Performance;

namespace Portal.Domain.Meetings;

/// <summary>
/// One quarterly meeting about a contract: when and where it is, who is invited, the quarter it reviews, the items the officer
/// added to its agenda and its minutes, every amendment kept as a new version.
/// </summary>
public sealed class Meeting
{
    public const int PlaceMaxLength = 300;
    public const int AttendeesMaxLength = 2000;
    public const int AgendaItemMaxLength = 500;
    public const int MinutesMaxLength = 20000;

    private readonly List<AgendaItem> _agendaItems = [];
    private readonly List<MinutesVersion> _minutes = [];

    private Meeting() { }

    internal Meeting(MeetingKind kind, ReportingPeriod period, DateTimeOffset startsAt, string place, string attendees, string scheduledByName, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        PeriodStarts = period.Starts;
        PeriodEnds = period.Ends;
        StartsAt = startsAt;
        Place = place;
        Attendees = attendees;
        ScheduledByName = scheduledByName;
        ScheduledAt = at;
    }

    public Guid Id { get; private set; }
    public MeetingKind Kind { get; private set; }
    public DateOnly PeriodStarts { get; private set; }
    public DateOnly PeriodEnds { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public string Place { get; private set; } = "";
    public string Attendees { get; private set; } = "";
    public string ScheduledByName { get; private set; } = "";
    public DateTimeOffset ScheduledAt { get; private set; }
    public IReadOnlyList<AgendaItem> AgendaItems => _agendaItems;

    /// <summary>Every version of the minutes, oldest first; the last is the current one.</summary>
    public IReadOnlyList<MinutesVersion> Minutes => _minutes;

    /// <summary>The quarter the meeting reviews.</summary>
    public ReportingPeriod Period => new(PeriodStarts, PeriodEnds);

    public MinutesVersion? CurrentMinutes => _minutes.Count == 0 ? null : _minutes[^1];

    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelledByName { get; private set; }
    public string? CancellationReason { get; private set; }
    public bool IsCancelled => CancelledAt is not null;

    /// <summary>Begun, and not cancelled: a cancelled meeting never takes place, so it needs no minutes and raises no actions.</summary>
    public bool HasTakenPlace(DateTimeOffset now) => !IsCancelled && StartsAt <= now;

    /// <summary>Held, and nobody has written up what was said and decided.</summary>
    public bool NeedsMinutes(DateTimeOffset now) => HasTakenPlace(now) && _minutes.Count == 0;

    public string Title => $"{Kind.Describe()}, {Period.Name}";

    internal void Move(DateTimeOffset startsAt, string place, string attendees)
    {
        StartsAt = startsAt;
        Place = place;
        Attendees = attendees;
    }

    internal void Cancel(string reason, string cancelledByName, DateTimeOffset at)
    {
        CancelledAt = at;
        CancelledByName = cancelledByName;
        CancellationReason = reason;
    }

    internal void AddAgendaItem(string text, string addedByName, DateTimeOffset at) =>
        _agendaItems.Add(new AgendaItem(_agendaItems.Count + 1, text, addedByName, at));

    internal MinutesVersion AddMinutes(string text, string reason, string recordedById, string recordedByName, DateTimeOffset at)
    {
        var version = new MinutesVersion(_minutes.Count + 1, text, reason, recordedById, recordedByName, at);
        _minutes.Add(version);
        return version;
    }
}

/// <summary>An item the officer added to a meeting's agenda beside the standard ones.</summary>
public sealed class AgendaItem
{
    private AgendaItem() { }

    internal AgendaItem(int position, string text, string addedByName, DateTimeOffset addedAt)
    {
        Id = Guid.NewGuid();
        Position = position;
        Text = text;
        AddedByName = addedByName;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public string AddedByName { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
}

/// <summary>The minutes as recorded at one moment: an amendment is a new version, and the earlier ones stay as they were.</summary>
public sealed class MinutesVersion
{
    private MinutesVersion() { }

    internal MinutesVersion(int version, string text, string reason, string recordedById, string recordedByName, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        Version = version;
        Text = text;
        Reason = reason;
        RecordedById = recordedById;
        RecordedByName = recordedByName;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public int Version { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>Why an amendment was made; empty for the first version.</summary>
    public string Reason { get; private set; } = "";
    public string RecordedById { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}

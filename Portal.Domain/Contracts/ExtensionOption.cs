namespace Portal.Domain.Contracts;

public enum ExtensionOptionState { Open, Taken, Declined, Lapsed }

public enum ExtensionOptionOutcome { Taken, Declined }

/// <summary>
/// What has been recorded about one extension option: a decide-by date the owner moved (with why), and the decision once made.
/// An option nothing has been recorded about has no row; its dates follow from the contract's terms.
/// </summary>
public sealed class ExtensionOptionRecord
{
    private ExtensionOptionRecord() { }

    internal ExtensionOptionRecord(int number) => Number = number;

    public int Number { get; private set; }
    public DateOnly? DecideByOverride { get; private set; }
    public string? DecideByReason { get; private set; }
    public ExtensionOptionOutcome? Outcome { get; private set; }
    public DateOnly? NewEndsOn { get; private set; }
    public string? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Reason { get; private set; }

    internal void MoveDecideBy(DateOnly date, string reason)
    {
        DecideByOverride = date;
        DecideByReason = reason;
    }

    internal void Decide(ExtensionOptionOutcome outcome, DateOnly? newEndsOn, string byId, string byName, DateTimeOffset at, string reason)
    {
        Outcome = outcome;
        NewEndsOn = newEndsOn;
        DecidedById = byId;
        DecidedByName = byName;
        DecidedAt = at;
        Reason = reason;
    }
}

/// <summary>One extension option as it stands on a given day.</summary>
public sealed record ExtensionOption(
    int Number,
    int Months,
    DateOnly ExtendsTermEndingOn,
    DateOnly NewEndsOn,
    DateOnly DecideBy,
    bool DecideByMoved,
    string? DecideByReason,
    DateOnly ReminderOn,
    ExtensionOptionState State,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? Reason)
{
    public string Name => $"Extension option {Number}";
}

/// <summary>A reminder of an option's decide-by date, sent once to the contract's owner.</summary>
public sealed record ExtensionReminder(int OptionNumber, DateOnly DecideBy, string RecipientId, DateTimeOffset SentAt);

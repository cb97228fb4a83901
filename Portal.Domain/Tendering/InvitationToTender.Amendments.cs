using Portal.Domain.Calendar;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Tendering;

/// <summary>Issuing the ITT, and every change after it: each published as a numbered addendum.</summary>
public sealed partial class InvitationToTender
{
    public const string AfterIssueMessage =
        "The ITT can only be changed while it is being prepared; once it is issued, changes are published as addenda.";

    /// <summary>Fewer working days than this before the tender deadline, a change offers to extend the deadline.</summary>
    public const int LateChangeWorkingDays = 5;


    public DateTimeOffset? IssuedAt { get; private set; }
    public int AddendumCount { get; private set; }
    public bool IsIssued => IssuedAt is not null;

    /// <summary>Issues the ITT to every supplier given (the lot's active ones), returning their invitations.</summary>
    public IReadOnlyList<IttInvitation> Issue(IReadOnlyList<InvitedSupplier> activeSuppliers, Actor actor, DateTimeOffset at)
    {
        RequireProcurement(actor, "issue the ITT");
        if (IsIssued) throw new DomainRuleException("This ITT has already been issued.");
        if (ReadinessProblems() is [var first, ..]) throw new DomainRuleException(first);
        if (activeSuppliers.Count == 0) throw new DomainRuleException("The lot has no active supplier to invite.");
        IssuedAt = at;
        Touch(at);
        var invitations = activeSuppliers.DistinctBy(s => s.SupplierId)
            .Select(s => new IttInvitation(Id, CommissionId, s.SupplierId, s.Name, at)).ToList();
        Record(actor, at, "IttIssued",
            $"ITT issued to {invitations.Count} supplier(s): {string.Join(", ", invitations.Select(i => i.SupplierName))}");
        return invitations;
    }

    /// <summary>True when a change now leaves bidders fewer than <see cref="LateChangeWorkingDays"/> working days before the deadline.</summary>
    public bool IsLateChange(DateTimeOffset at) =>
        TenderDeadline is { } deadline
        && Timetable.Calendar.WorkingDaysBetween(UkTime.DateOf(at), UkTime.DateOf(deadline))
            < LateChangeWorkingDays;

    /// <summary>A tender deadline to suggest with a late change: the same time of day, <see cref="LateChangeWorkingDays"/> working days later.</summary>
    public DateTimeOffset? SuggestedExtension()
    {
        if (TenderDeadline is not { } deadline) return null;
        var local = UkTime.ToUk(deadline).DateTime;
        var date = Timetable.Calendar.AddWorkingDays(DateOnly.FromDateTime(local), LateChangeWorkingDays);
        return UkTime.FromUkLocal(date.ToDateTime(TimeOnly.FromDateTime(local)));
    }

    /// <summary>
    /// Publishes a new document, or a new version of one (<paramref name="documentId"/>), as an addendum; with
    /// <paramref name="newTenderDeadline"/>, the same addendum extends the tender deadline.
    /// </summary>
    public IttAddendum AmendDocument(Guid? documentId, IttDocumentKind kind, string? title, IttFile file, string explanation,
        DateTimeOffset? newTenderDeadline, Actor actor, DateTimeOffset at)
    {
        RequireLive(actor, at);
        var changes = new List<string>();
        if (documentId is { } id)
        {
            var version = NewVersion(id, file, actor, at);
            var document = Documents.Single(d => d.Id == id);
            changes.Add($"{document.Title}: version {version.Number} ({version.FileName}) replaces version {version.Number - 1}");
        }
        else
        {
            var document = NewDocument(kind, title ?? "", file, actor, at);
            changes.Add($"New document: {document.Title} ({document.Current.FileName})");
        }
        if (newTenderDeadline is { } deadline) changes.AddRange(ChangeTimetable(WithTenderDeadline(deadline), explanation, actor, at));
        return NewAddendum(explanation, changes, actor, at);
    }

    /// <summary>
    /// Publishes a changed timetable as an addendum. Deadlines may only move later (suppliers have planned around them),
    /// and the clarification deadline only while it has not passed. Each change to a deadline is recorded with its old
    /// and new value, who made it and why.
    /// </summary>
    public IttAddendum AmendTimetable(IReadOnlyList<TimetableEntry> timetable, string reason, Actor actor, DateTimeOffset at)
    {
        RequireLive(actor, at);
        return NewAddendum(reason, ChangeTimetable(timetable, reason, actor, at), actor, at);
    }

    private List<string> ChangeTimetable(IReadOnlyList<TimetableEntry> timetable, string reason, Actor actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say why the timetable changes: suppliers will read it in the addendum.");
        var amended = Content with { Timetable = timetable };
        if (IttRules.Invalid(amended) is [var invalid, ..]) throw new DomainRuleException(invalid);
        var before = Content.BuildTimetable();
        var after = amended.BuildTimetable();
        var changes = new List<string>();
        foreach (var phase in Enum.GetValues<TimetablePhase>())
        {
            var old = before[phase];
            var now = after[phase];
            if (old == now) continue;
            if (phase is TimetablePhase.ClarificationDeadline or TimetablePhase.TenderDeadline)
                CheckDeadlineMove(phase, old, now, at);
            changes.Add($"{Calendar.Timetable.Label(phase)}: {Describe(old)} → {Describe(now)}");
        }
        if (changes.Count == 0) throw new DomainRuleException("Nothing in the timetable has changed.");
        if (after[TimetablePhase.TenderDeadline]!.AtUtc <= after[TimetablePhase.ClarificationDeadline]!.AtUtc)
            throw new DomainRuleException("The tender deadline must come after the clarification deadline.");
        var deadlinesBefore = new { ClarificationDeadline, TenderDeadline };
        Apply(amended, at);
        if (!Equals(deadlinesBefore, new { ClarificationDeadline, TenderDeadline }))
        {
            Record(actor, at, "DeadlineChanged", "ITT deadline changed: " + string.Join("; ", changes), deadlinesBefore,
                new { ClarificationDeadline, TenderDeadline, Reason = reason.Trim() });
        }
        return changes;
    }

    private List<TimetableEntry> WithTenderDeadline(DateTimeOffset deadline)
    {
        var local = UkTime.ToUk(deadline).DateTime;
        var entry = new TimetableEntry(TimetablePhase.TenderDeadline, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        return [.. Content.Timetable.Where(e => e.Phase != TimetablePhase.TenderDeadline), entry];
    }

    private void CheckDeadlineMove(TimetablePhase phase, TimetableEntry? old, TimetableEntry? now, DateTimeOffset at)
    {
        var name = Calendar.Timetable.Label(phase);
        if (now?.AtUtc is not { } moved) throw new DomainRuleException($"The {name.ToLowerInvariant()} needs a date and a time.");
        if (old?.AtUtc is { } was && moved < was)
            throw new DomainRuleException($"The {name.ToLowerInvariant()} can only move later once the ITT is issued: suppliers have planned around it.");
        if (old?.AtUtc is { } passed && passed <= at)
            throw new DomainRuleException($"The {name.ToLowerInvariant()} has passed; it can no longer change.");
        if (moved <= at) throw new DomainRuleException($"The new {name.ToLowerInvariant()} must be in the future.");
    }

    private IttAddendum NewAddendum(string explanation, IReadOnlyList<string> changes, Actor actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(explanation)) throw new DomainRuleException("Explain the change: suppliers will read it in the addendum.");
        if (explanation.Trim().Length > IttAddendum.ExplanationMaxLength)
            throw new DomainRuleException($"Keep the explanation to {IttAddendum.ExplanationMaxLength:N0} characters.");
        AddendumCount++;
        Touch(at);
        Record(actor, at, "AddendumPublished", $"Addendum {AddendumCount} published: {string.Join("; ", changes)}");
        return new IttAddendum(Id, CommissionId, AddendumCount, explanation.Trim(), changes, actor, at);
    }

    private void RequireLive(Actor actor, DateTimeOffset at)
    {
        RequireProcurement(actor, "publish an addendum");
        if (!IsIssued) throw new DomainRuleException("The ITT has not been issued yet: change it in the builder.");
        if (TenderDeadline <= at) throw new DomainRuleException("The tender deadline has passed; the ITT can no longer change.");
    }

    private void RequireNotIssued()
    {
        if (IsIssued) throw new DomainRuleException(AfterIssueMessage);
    }

    private static string Describe(TimetableEntry? entry) => entry is null
        ? "not set"
        : entry.Time is { } time ? $"{UkTime.LongDate(entry.Date)} at {time:HH\\:mm}" : UkTime.LongDate(entry.Date);
}

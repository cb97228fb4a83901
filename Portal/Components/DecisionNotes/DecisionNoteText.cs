using System.Globalization;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;

namespace Portal.Components.DecisionNotes;

/// <summary>How the decision note pages word the note's choices, dates and amounts.</summary>
public static class DecisionNoteText
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(this DpiaStatus status) => status switch
    {
        DpiaStatus.NotRequired => "Not required",
        DpiaStatus.ToBeCompletedAfterTender => "To be completed after the tender process",
        DpiaStatus.InProgress => "In progress",
        _ => "Completed and attached",
    };

    public static string Describe(this PublicationDeferral deferral) => deferral switch
    {
        PublicationDeferral.NotDeferred => "Not deferred: publish once the decision is made",
        PublicationDeferral.UntilDate => "Deferred until a date",
        _ => "Deferred until the contract is awarded",
    };

    public static string Describe(this ServiceCategory category) => Capitalise(ProcurementThresholds.Describe(category));

    public static string DescribeEia(EiaStatus? status) => status switch
    {
        null => "Not started",
        EiaStatus.Draft => "Draft",
        EiaStatus.SubmittedForQa => "Submitted for quality assurance",
        EiaStatus.Returned => "Returned for changes",
        _ => "Passed quality assurance",
    };

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Date(DateOnly? date) => date is { } value ? UkTime.LongDate(value) : "—";

    public static string UkDate(DateTimeOffset? instant) => instant is { } value ? UkTime.LongDate(value) : "—";

    public static string UkTimeOfDay(DateTimeOffset instant) => UkTime.ToUk(instant).ToString("HH:mm", Uk);

    public static string YesNo(bool? answer) => answer switch { true => "Yes", false => "No", _ => "Not answered" };

    public static string Range(Money? low, Money? high) => (low, high) switch
    {
        ({ } l, { } h) when l == h => l.ToString(),
        ({ } l, { } h) => $"{l} to {h}",
        _ => "—",
    };

    public static string ShortHash(string hash) => hash.Length > 12 ? hash[..12] : hash;

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}

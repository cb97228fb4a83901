using Portal.Domain.Calendar;
using Portal.Domain.Common;
using Portal.Domain.Tendering;

namespace Portal.Components.Tendering.ForSuppliers;

/// <summary>A deadline a bidder works towards, in the words the page shows before its countdown: "Questions close".</summary>
public sealed record NextDeadline(string Closes, string Closed, DateTimeOffset At);

/// <summary>The words a supplier reads for a tender's stage, deadlines, documents and dates: plain English, UK time.</summary>
public static class SupplierTenderText
{
    public static string Describe(this TenderStage stage) => stage switch
    {
        TenderStage.OpenForQuestions => "Open for questions",
        TenderStage.OpenForTenders => "Open for tenders",
        _ => "Closed",
    };

    public static NextDeadline ClarificationDeadline(DateTimeOffset at) => new("Questions close", "Questions closed", at);

    public static NextDeadline TenderDeadline(DateTimeOffset at) => new("Tenders close", "Tenders closed", at);

    /// <summary>The deadline that matters now at this stage, or null when the tender is closed.</summary>
    public static NextDeadline? NextDeadlineFor(TenderStage stage, DateTimeOffset? clarificationDeadline, DateTimeOffset? tenderDeadline) =>
        stage switch
        {
            TenderStage.OpenForQuestions when clarificationDeadline is { } questions => ClarificationDeadline(questions),
            TenderStage.OpenForTenders when tenderDeadline is { } tenders => TenderDeadline(tenders),
            _ => null,
        };

    /// <summary>How long is left, to the minute and in the two largest units: "3 days 4 hours", "5 hours 12 minutes".</summary>
    public static string TimeLeft(TimeSpan left)
    {
        if (left < TimeSpan.FromMinutes(1)) return "less than a minute";
        var days = left.Days;
        var hours = left.Hours;
        var minutes = left.Minutes;
        if (days > 0) return hours > 0 ? $"{Count(days, "day")} {Count(hours, "hour")}" : Count(days, "day");
        if (hours > 0) return minutes > 0 ? $"{Count(hours, "hour")} {Count(minutes, "minute")}" : Count(hours, "hour");
        return Count(minutes, "minute");
    }

    /// <summary>A deadline for a reader anywhere: "14 May 2026, 14:00 (UK time)".</summary>
    public static string UkDeadline(DateTimeOffset? at) => at is null ? "not set" : $"{UkTime.Format(at)} (UK time)";

    public static string Date(DateOnly date) => UkTime.LongDate(date);

    public static string Date(DateTimeOffset at) => UkTime.LongDate(at);

    public static string Describe(TimetableEntry entry) =>
        entry.Time is null ? IttLabels.Describe(entry) : $"{IttLabels.Describe(entry)} (UK time)";

    /// <summary>A file's size as people read it: "850 bytes", "24 KB", "1.2 MB".</summary>
    /// <summary>A link to one section of the tender page; a bare "#addenda" would resolve against the base href, to the home page.</summary>
    public static string SectionLink(Guid ittId, string section) => $"{TenderService.SupplierLink(ittId)}#{section}";

    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    public static string AddendaToAcknowledge(int count) =>
        count == 1 ? "1 addendum to acknowledge" : $"{count} addenda to acknowledge";
}

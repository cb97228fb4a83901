using System.Globalization;

namespace Portal.Components.Meetings;

/// <summary>A date and a time as the browser's date and time fields give them (2024-03-15, 14:30): a UK wall-clock time.</summary>
public static class MeetingTimes
{
    public static DateTime? Parse(string? date, string? time) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? day.ToDateTime(at)
            : null;

    public static DateOnly? ParseDate(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

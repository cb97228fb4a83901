namespace Portal.Domain.Common;

/// <summary>
/// Deadlines are local time for people (Europe/London unless configured otherwise) and UTC instants for storage.
/// </summary>
public static class UkTime
{
    public const string DefaultZoneId = "Europe/London";

    public static TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.FindSystemTimeZoneById(DefaultZoneId);

    /// <summary>Set once at start-up from configuration.</summary>
    public static void UseZone(string zoneId) => Zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The calendar day in the UK at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToUk(instant).DateTime);

    /// <summary>The UTC instant of a wall-clock time in the UK, e.g. 12:00 on a summer day is 11:00 UTC.</summary>
    public static DateTimeOffset FromUkLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>A date as the office writes it: "1 March 2027".</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    /// <summary>The UK calendar date of an instant, as the office writes it.</summary>
    public static string LongDate(DateTimeOffset instant) => ToUk(instant).ToString("d MMMM yyyy", EnGb);

    private static readonly System.Globalization.CultureInfo EnGb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateTimeOffset? instant) =>
        instant is { } value ? ToUk(value).ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : "—";
}

using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Components.OpenData;

/// <summary>
/// Dates as OCDS wants them: a full ISO 8601 date-time, here always in UTC. A day with no time of its own (a contract's
/// start or end) is taken as the whole UK day: it starts at 00:00 and ends at 23:59:59 Europe/London, written as the UTC
/// instant, which is what the standard's guidance asks when the source holds no time.
/// </summary>
public static class OcdsDates
{
    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string StartOf(DateOnly day) => Instant(UkTime.FromUkLocal(day.ToDateTime(TimeOnly.MinValue)));

    public static string EndOf(DateOnly day) => Instant(UkTime.FromUkLocal(day.ToDateTime(new TimeOnly(23, 59, 59))));
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Domain.Calendar;

/// <summary>The three bank-holiday jurisdictions of the Banking and Financial Dealings Act 1971, Schedule 1.</summary>
public enum UkRegion
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

public enum BankHolidayChangeKind
{
    /// <summary>A computed bank holiday that did not happen on its usual day.</summary>
    MovedFrom,
    /// <summary>The day a moved bank holiday was held instead.</summary>
    MovedTo,
    /// <summary>A special bank holiday appointed for the year only.</summary>
    Extra,
}

public sealed record BankHoliday(DateOnly Date, string Name, string Source);

public sealed record BankHolidayChange(DateOnly Date, BankHolidayChangeKind Kind, string Name, string Source);

/// <summary>
/// The bank holidays of each part of the United Kingdom: computed from the Banking and Financial Dealings Act 1971
/// (Schedule 1, and the days appointed every year by royal proclamation under s.1(3), such as New Year's Day and the
/// early May bank holiday), with substitute days, plus the one-off changes of bank-holiday-changes.json.
/// Good Friday and Christmas Day are common-law holidays rather than bank holidays under the Act in England and Wales;
/// they are listed here as GOV.UK lists them, and both procurement regimes treat them as non-working days.
/// Computed from 1978, the first year of the early May bank holiday.
/// </summary>
public static class UkBankHolidays
{
    public const int FirstYear = 1978;

    private const string Act = "Banking and Financial Dealings Act 1971";

    private static readonly Lazy<(string Source, IReadOnlyList<BankHolidayChange> Changes)> Data = new(Load);

    private static readonly ConcurrentDictionary<(int, UkRegion), IReadOnlyList<BankHoliday>> Cache = new();

    /// <summary>Where the one-off changes come from.</summary>
    public static string ChangesSource => Data.Value.Source;

    public static IReadOnlyList<BankHolidayChange> Changes => Data.Value.Changes;

    /// <summary>The bank holidays of England and Wales in a year, in date order.</summary>
    public static IReadOnlyList<BankHoliday> For(int year) => For(year, UkRegion.EnglandAndWales);

    public static IReadOnlyList<BankHoliday> For(int year, UkRegion region) =>
        Cache.GetOrAdd((year, region), key => Compute(key.Item1, key.Item2));

    /// <summary>Whether a day is a bank holiday in England and Wales.</summary>
    public static bool IsBankHoliday(DateOnly date) => IsBankHoliday(date, UkRegion.EnglandAndWales);

    public static bool IsBankHoliday(DateOnly date, UkRegion region) => Find(date, region) is not null;

    public static BankHoliday? Find(DateOnly date, UkRegion region) => For(date.Year, region).FirstOrDefault(h => h.Date == date);

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static IReadOnlyList<BankHoliday> Compute(int year, UkRegion region)
    {
        if (year < FirstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Bank holidays are computed from {FirstYear}.");
        }

        var easter = EasterSunday(year);
        var days = new List<BankHoliday>();

        // Fixed-date holidays that move to a substitute weekday when they fall on a weekend (proclamations under
        // s.1(3) of the 1971 Act appoint the substitutes; Schedule 1 itself gives 27 December when 25 or 26 December
        // is a Sunday). Listed in order, so that the second of a pair takes the weekday after the first's substitute.
        var fixedDays = new List<(DateOnly Date, string Name, string Source)>
        {
            (new DateOnly(year, 1, 1), "New Year's Day", region == UkRegion.Scotland
                ? $"{Act}, Schedule 1, para. 2 (Scotland)"
                : $"Appointed each year by royal proclamation under s.1(3) of the {Act}"),
        };
        if (region == UkRegion.Scotland)
        {
            fixedDays.Add((new DateOnly(year, 1, 2), "2nd January", $"{Act}, Schedule 1, para. 2 (Scotland)"));
        }
        if (region == UkRegion.NorthernIreland)
        {
            fixedDays.Add((new DateOnly(year, 3, 17), "St Patrick's Day", $"{Act}, Schedule 1, para. 3 (Northern Ireland)"));
            fixedDays.Add((new DateOnly(year, 7, 12), "Battle of the Boyne (Orangemen's Day)", $"Appointed each year by royal proclamation under s.1(3) of the {Act} (Northern Ireland)"));
        }
        if (region == UkRegion.Scotland && year >= 2007)
        {
            fixedDays.Add((new DateOnly(year, 11, 30), "St Andrew's Day", $"{Act}, Schedule 1, para. 2, as amended by the St Andrew's Day Bank Holiday (Scotland) Act 2007"));
        }
        fixedDays.Add((new DateOnly(year, 12, 25), "Christmas Day", "A common-law holiday in England and Wales; a bank holiday in Scotland under Schedule 1, para. 2 of the " + Act));
        fixedDays.Add((new DateOnly(year, 12, 26), "Boxing Day", $"{Act}, Schedule 1 (26 December, or 27 December when 25 or 26 December is a Sunday)"));

        days.Add(new BankHoliday(easter.AddDays(-2), "Good Friday", region == UkRegion.Scotland
            ? $"{Act}, Schedule 1, para. 2 (Scotland)"
            : "A common-law holiday in England and Wales and in Northern Ireland"));
        if (region != UkRegion.Scotland)
        {
            days.Add(new BankHoliday(easter.AddDays(1), "Easter Monday", $"{Act}, Schedule 1"));
        }
        days.Add(new BankHoliday(FirstMonday(year, 5), "Early May bank holiday", region == UkRegion.Scotland
            ? $"{Act}, Schedule 1, para. 2 (Scotland: first Monday in May)"
            : $"Appointed each year by royal proclamation under s.1(3) of the {Act} (from 1978)"));
        days.Add(new BankHoliday(LastMonday(year, 5), "Spring bank holiday", region == UkRegion.Scotland
            ? $"Appointed each year by royal proclamation under s.1(3) of the {Act} (Scotland)"
            : $"{Act}, Schedule 1 (last Monday in May)"));
        days.Add(region == UkRegion.Scotland
            ? new BankHoliday(FirstMonday(year, 8), "Summer bank holiday", $"{Act}, Schedule 1, para. 2 (Scotland: first Monday in August)")
            : new BankHoliday(LastMonday(year, 8), "Summer bank holiday", $"{Act}, Schedule 1 (last Monday in August)"));

        var taken = days.Select(d => d.Date).ToHashSet();
        foreach (var day in fixedDays.Where(d => !IsWeekend(d.Date)))
        {
            days.Add(new BankHoliday(day.Date, day.Name, day.Source));
            taken.Add(day.Date);
        }
        foreach (var day in fixedDays.Where(d => IsWeekend(d.Date)))
        {
            var substitute = day.Date.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }
            taken.Add(substitute);
            days.Add(new BankHoliday(substitute, $"{day.Name} (substitute day)", day.Source));
        }

        // The one-off changes of the data file, which applied in every part of the United Kingdom.
        foreach (var change in Changes.Where(c => c.Date.Year == year))
        {
            if (change.Kind == BankHolidayChangeKind.MovedFrom)
            {
                days.RemoveAll(d => d.Date == change.Date);
            }
            else if (days.All(d => d.Date != change.Date))
            {
                days.Add(new BankHoliday(change.Date, change.Name, change.Source));
            }
        }

        return days.OrderBy(d => d.Date).ToList();
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        return day;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(-1);
        return day;
    }

    private static (string, IReadOnlyList<BankHolidayChange>) Load()
    {
        using var stream = typeof(UkBankHolidays).Assembly.GetManifestResourceStream("bank-holiday-changes.json")
            ?? throw new InvalidOperationException("The bank holiday changes are missing from the build.");
        var file = JsonSerializer.Deserialize<ChangesFile>(stream, new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            Converters = { new JsonStringEnumConverter() },
        })!;
        return (file.Source, file.Changes.OrderBy(c => c.Date).ToList());
    }

    private sealed record ChangesFile(string Source, IReadOnlyList<BankHolidayChange> Changes);
}

using Portal.Domain.Common;
using System.Globalization;

namespace Portal.Components.PublicRegister;

/// <summary>How the public register writes dates, sizes and labels for a reader.</summary>
public static class RegisterFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => UkTime.LongDate(date);

    public static string Outcome(bool approved) => approved ? "Approved" : "Declined";

    public static string Sentence(string label) =>
        string.IsNullOrEmpty(label) ? label : char.ToUpper(label[0], English) + label[1..];

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0):0} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.0} MB",
    };

    /// <summary>A date from the search form: the ISO form a date field sends, or day/month/year as a person types it.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"], English, DateTimeStyles.None, out date);
}

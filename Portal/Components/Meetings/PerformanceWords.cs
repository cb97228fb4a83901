using System.Globalization;
using Portal.Domain.Performance;

namespace Portal.Components.Meetings;

/// <summary>How figures are written for people: a rating in words (never only a colour), and whether an officer has verified a figure.</summary>
public static class PerformanceWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Rag(RagRating rating) => rating switch
    {
        RagRating.Green => "Green",
        RagRating.Amber => "Amber",
        RagRating.Red => "Red",
        _ => "Not rated",
    };

    public static string Status(FigureStatus status) => status switch
    {
        FigureStatus.Verified => "Verified",
        FigureStatus.SelfReported => "Self-reported",
        FigureStatus.Queried => "Self-reported (queried)",
        _ => "Not returned",
    };

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,##0.##", British) : "—";

    public static string Count(int? value) => value is { } v ? v.ToString("N0", British) : "—";

    /// <summary>The MudBlazor colour a rating is shown in, always beside its word.</summary>
    public static MudBlazor.Color Colour(RagRating rating) => rating switch
    {
        RagRating.Green => MudBlazor.Color.Success,
        RagRating.Amber => MudBlazor.Color.Warning,
        RagRating.Red => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };
}

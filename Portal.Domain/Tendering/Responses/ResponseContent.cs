using System.Text.Json;
using Portal.Domain.Common;

namespace Portal.Domain.Tendering.Responses;

/// <summary>A bidder's answer to one compliance question: whether it meets the requirement, and any detail it adds.</summary>
public sealed record ComplianceAnswer(bool? Meets, string Detail);

/// <summary>
/// What a bidder writes in its response, shaped by the ITT: an answer per compliance question and per quality question
/// (by position), its price for each year of the initial term, its social value commitment and the declarations it makes.
/// Kept sealed at rest; this is the plaintext the supplier edits and, after opening, the evaluators read.
/// </summary>
public sealed record ResponseContent
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new MoneyJsonConverter() } };

    public IReadOnlyList<ComplianceAnswer> Compliance { get; init; } = [];
    public IReadOnlyList<string> Quality { get; init; } = [];
    public IReadOnlyList<Money?> YearlyPrices { get; init; } = [];
    public string SocialValue { get; init; } = "";
    public IReadOnlyList<string> Declarations { get; init; } = [];

    public Money? TotalPrice => YearlyPrices.Count > 0 && YearlyPrices.All(p => p is not null)
        ? YearlyPrices.Aggregate(Money.Zero, (sum, price) => sum + price!.Value)
        : null;

    /// <summary>The same answers with one slot for every question and price year the ITT has, so a page can bind to each.</summary>
    public ResponseContent ShapedFor(ResponseShape shape) => this with
    {
        Compliance = Fit(Compliance, shape.Itt.ComplianceQuestions.Count, new ComplianceAnswer(null, "")),
        Quality = Fit(Quality, shape.Itt.QualityQuestions.Count, ""),
        YearlyPrices = Fit(YearlyPrices, shape.PriceYears, null),
        Declarations = Declarations.Where(TenderDeclarations.IsKnown).Distinct().ToList(),
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ResponseContent FromJson(string json) => JsonSerializer.Deserialize<ResponseContent>(json, JsonOptions) ?? new ResponseContent();

    private static IReadOnlyList<T> Fit<T>(IReadOnlyList<T> values, int count, T empty) =>
        Enumerable.Range(0, count).Select(i => i < values.Count ? values[i] : empty).ToList();
}

/// <summary>Words as a bidder and an evaluator count them: runs of characters between whitespace.</summary>
public static class WordCount
{
    public static int Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}

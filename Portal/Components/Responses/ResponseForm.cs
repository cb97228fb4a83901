using Portal.Domain.Common;
using Portal.Domain.Tendering.Responses;

namespace Portal.Components.Responses;

/// <summary>A compliance answer as the form edits it.</summary>
public sealed class ComplianceAnswerForm
{
    public bool? Meets { get; set; }
    public string Detail { get; set; } = "";
}

/// <summary>The response as its form edits it: one slot per question and price year, turned back into content to save.</summary>
public sealed class ResponseForm
{
    public List<ComplianceAnswerForm> Compliance { get; } = [];
    public List<string> Quality { get; } = [];
    public List<decimal?> YearlyPrices { get; } = [];
    public string SocialValue { get; set; } = "";
    public HashSet<string> Declarations { get; } = [];

    public static ResponseForm From(ResponseContent content)
    {
        var form = new ResponseForm { SocialValue = content.SocialValue };
        form.Compliance.AddRange(content.Compliance.Select(a => new ComplianceAnswerForm { Meets = a.Meets, Detail = a.Detail }));
        form.Quality.AddRange(content.Quality);
        form.YearlyPrices.AddRange(content.YearlyPrices.Select(p => p?.Pounds));
        form.Declarations.UnionWith(content.Declarations);
        return form;
    }

    /// <summary>The content to save, or why it cannot be: a price that is not a sum of money to the penny.</summary>
    public (ResponseContent? Content, string? Problem) ToContent()
    {
        var prices = new List<Money?>();
        for (var year = 0; year < YearlyPrices.Count; year++)
        {
            if (YearlyPrices[year] is not { } pounds) prices.Add(null);
            else if (pounds < 0 || decimal.Round(pounds, 2) != pounds || pounds > 1_000_000_000m)
                return (null, $"Give the price for year {year + 1} in pounds and pence, e.g. 75000 or 75000.50.");
            else prices.Add(Money.FromPounds(pounds));
        }
        return (new ResponseContent
        {
            Compliance = Compliance.Select(a => new ComplianceAnswer(a.Meets, a.Detail ?? "")).ToList(),
            Quality = Quality.Select(q => q ?? "").ToList(),
            YearlyPrices = prices,
            SocialValue = SocialValue ?? "",
            Declarations = TenderDeclarations.All.Where(d => Declarations.Contains(d.Key)).Select(d => d.Key).ToList(),
        }, null);
    }

    public decimal? Total => YearlyPrices.All(p => p is not null) && YearlyPrices.Count > 0 ? YearlyPrices.Sum() : null;
}

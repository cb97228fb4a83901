namespace Portal.Domain.Performance;

/// <summary>A measure as the reference set offers it, before a framework adopts it.</summary>
public sealed record ReferenceMeasure(string Key, string Name, string Unit, BetterWhen BetterWhen, bool AllowsBreakdown);

/// <summary>
/// The measures an outcomes framework starts from: the eight in the reference commission's decision note (seed 001) and the
/// sustained employment the outcomes guidance (seed 004) asks for at 4, 8 and 12 weeks. Every one counts people or placements,
/// so each may be broken down by protected characteristic, except progress against pathway plans, which is a percentage.
/// </summary>
public static class ReferenceMeasures
{
    public const string People = "people";
    public const string Placements = "placements";

    public static readonly IReadOnlyList<ReferenceMeasure> All =
    [
        new("training-placements", "Training placements created", Placements, BetterWhen.Higher, false),
        new("employment-placements", "Employment placements created", Placements, BetterWhen.Higher, false),
        new("clients-referred", "Clients referred or selected for placements", People, BetterWhen.Higher, true),
        new("pathway-progress", "Progress against ETE pathway plans", "% of plans on track", BetterWhen.Higher, false),
        new("clients-starting", "Clients starting placements", People, BetterWhen.Higher, true),
        new("clients-completing", "Clients completing placements", People, BetterWhen.Higher, true),
        new("community-orders-completed", "Clients completing community orders", People, BetterWhen.Higher, true),
        new("not-reoffending", "Clients not reoffending", People, BetterWhen.Higher, true),
        new("employed-4-weeks", "Clients continuously employed for 4 weeks", People, BetterWhen.Higher, true),
        new("employed-8-weeks", "Clients continuously employed for 8 weeks", People, BetterWhen.Higher, true),
        new("employed-12-weeks", "Clients continuously employed for 12 weeks", People, BetterWhen.Higher, true),
    ];
}

/// <summary>
/// The protected characteristics a figure may be broken down by, and their groups: counts of people only, never who they are.
/// A person whose characteristic is not known is simply not counted in that characteristic's groups, so the groups may add up
/// to less than the total but never to more.
/// </summary>
public static class ProtectedCharacteristics
{
    public static readonly IReadOnlyList<(string Characteristic, IReadOnlyList<string> Groups)> All =
    [
        ("Sex", ["Female", "Male"]),
        ("Age", ["18 to 24", "25 to 49", "50 and over"]),
        ("Disability", ["Disabled"]),
        ("Ethnicity", ["Asian", "Black", "Mixed", "White", "Other ethnic group"]),
    ];

    public static bool IsKnown(string characteristic, string group) =>
        All.Any(c => c.Characteristic == characteristic && c.Groups.Contains(group));
}

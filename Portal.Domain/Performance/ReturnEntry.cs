namespace Portal.Domain.Performance;

/// <summary>How many people in one group of a protected characteristic a figure counts: "Sex", "Female", 4.</summary>
public sealed record BreakdownCount(string Characteristic, string Group, int Count);

/// <summary>A supplier's figure for one measure, as typed into its return.</summary>
public sealed record FigureEntry(Guid MeasureId, decimal? Actual, IReadOnlyList<BreakdownCount> Breakdown);

/// <summary>What a supplier types into a return: aggregate counts and text, never anything about who its clients are.</summary>
public sealed record ReturnEntry(int? ReferralsReceived, int? ReferralsAccepted, int? Caseload, string Narrative, string CaseStudies,
    IReadOnlyList<FigureEntry> Figures);

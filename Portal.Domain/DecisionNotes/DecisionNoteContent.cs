using System.Text.Json.Serialization;
using Portal.Domain.Commissions;
using Portal.Domain.Common;

namespace Portal.Domain.DecisionNotes;

public enum DpiaStatus { NotRequired, ToBeCompletedAfterTender, InProgress, Completed }

public enum PublicationDeferral { NotDeferred, UntilDate, UntilContractAwarded }

public enum ServiceCategory { LightTouchServices, GoodsAndServices, Works }

/// <summary>
/// Every part of the office's request-for-decision form (seed 001), in the form's order. The Monitoring Officer's and
/// Section 151 Officer's comments are not here: they are the sign-offs those officers give on a version of this content.
/// </summary>
public sealed record DecisionNoteContent
{
    public string Title { get; init; } = "";
    public bool RelatesToPolicing { get; init; }
    public bool RelatesToCrime { get; init; }
    public bool RelatesToFireAndRescue { get; init; }
    public bool IsUrgent { get; init; }
    public string UrgencyReasons { get; init; } = "";
    public DateOnly? DecisionRequiredBy { get; init; }
    public bool? ConsideredUnderDecisionMakingPolicy { get; init; }
    public bool? IsKeyDecision { get; init; }
    public string EmpoweredToDecide { get; init; } = "The Commissioner";

    public string Summary { get; init; } = "";
    public string Recommendation { get; init; } = "";

    public string IntroductionAndBackground { get; init; } = "";
    public string ServiceAims { get; init; } = "";
    public string StaffingAndCapacity { get; init; } = "";
    public string OutcomesAndMeasures { get; init; } = "";
    public string PerformanceMonitoring { get; init; } = "";
    public string ProcurementRouteNarrative { get; init; } = "";
    public string ProcurementTimetable { get; init; } = "";

    public Money? AnnualValueLow { get; init; }
    public Money? AnnualValueHigh { get; init; }
    public DateOnly? InitialTermStartsOn { get; init; }
    public int? InitialTermMonths { get; init; }
    public int ExtensionOptionCount { get; init; }
    public int ExtensionOptionMonths { get; init; }
    public ProcurementRoute? Route { get; init; }
    public ServiceCategory Category { get; init; } = ServiceCategory.LightTouchServices;

    public string IssuesForConsideration { get; init; } = "";
    public string OtherOptionsConsidered { get; init; } = "";
    public string ConsultationAndEngagement { get; init; } = "";

    public bool? LegalAdviceSought { get; init; }
    public string LegalComments { get; init; } = "";
    public string EqualityComments { get; init; } = "";
    public string BackgroundPapers { get; init; } = "";
    public bool? PublicAccessAllowed { get; init; }
    public string PublicAccessReason { get; init; } = "";
    public DpiaStatus? Dpia { get; init; }
    public string DpiaNotes { get; init; } = "";
    public PublicationDeferral? Deferral { get; init; }
    public DateOnly? DeferredUntil { get; init; }
    public string DeferralReason { get; init; } = "";
    public bool? RedactNote { get; init; }
    public IReadOnlyList<string> RedactedSections { get; init; } = [];
    public bool? RedactAppendices { get; init; }

    public string DeclarationAuthor { get; init; } = "";
    public bool DeclarationConfirmed { get; init; }
    public DateOnly? DeclarationDate { get; init; }

    [JsonIgnore]
    public DateOnly? InitialTermEndsOn => InitialTermStartsOn is { } start && InitialTermMonths is { } months
        ? start.AddMonths(months).AddDays(-1) : null;

    [JsonIgnore]
    public DateOnly? FullTermEndsOn => InitialTermStartsOn is { } start && InitialTermMonths is { } months
        ? start.AddMonths(months + ExtensionOptionCount * ExtensionOptionMonths).AddDays(-1) : null;

    [JsonIgnore]
    public CommissionDetails Details => new(Title, Summary, Recommendation, AnnualValueLow, AnnualValueHigh,
        InitialTermMonths, ExtensionOptionCount, ExtensionOptionMonths, Route);

    public DecisionNoteContent WithDetails(CommissionDetails details) => this with
    {
        Title = details.Title.Trim(),
        Summary = details.Summary.Trim(),
        Recommendation = details.Recommendation.Trim(),
        AnnualValueLow = details.AnnualValueLow,
        AnnualValueHigh = details.AnnualValueHigh,
        InitialTermMonths = details.InitialTermMonths,
        ExtensionOptionCount = details.ExtensionOptionCount,
        ExtensionOptionMonths = details.ExtensionOptionCount == 0 ? 0 : details.ExtensionOptionMonths,
        Route = details.Route,
    };
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;

namespace Portal.Components.DecisionNotes;

/// <summary>
/// The decision note page's view of the note's content. Money and dates are held as the text the person typed, so that
/// a malformed amount or date is refused on its field with a message instead of being silently rounded or dropped.
/// Every rule lives in <see cref="ProblemWith"/>, which each property's <see cref="NoteFieldAttribute"/> asks; the
/// aggregate checks the content again when it is saved.
/// </summary>
public sealed partial class DecisionNoteFormModel
{
    public const string DateFormat = "yyyy-MM-dd";
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    [NoteField] public string Title { get; set; } = "";
    [NoteField] public bool RelatesToPolicing { get; set; }
    [NoteField] public bool RelatesToCrime { get; set; }
    [NoteField] public bool RelatesToFireAndRescue { get; set; }
    [NoteField] public bool IsUrgent { get; set; }
    [NoteField] public string UrgencyReasons { get; set; } = "";
    [NoteField] public string DecisionRequiredBy { get; set; } = "";
    [NoteField] public bool? ConsideredUnderDecisionMakingPolicy { get; set; }
    [NoteField] public bool? IsKeyDecision { get; set; }
    [NoteField] public string EmpoweredToDecide { get; set; } = "";

    [NoteField] public string Summary { get; set; } = "";
    [NoteField] public string Recommendation { get; set; } = "";

    [NoteField] public string IntroductionAndBackground { get; set; } = "";
    [NoteField] public string ServiceAims { get; set; } = "";
    [NoteField] public string StaffingAndCapacity { get; set; } = "";
    [NoteField] public string OutcomesAndMeasures { get; set; } = "";
    [NoteField] public string PerformanceMonitoring { get; set; } = "";
    [NoteField] public string ProcurementRouteNarrative { get; set; } = "";
    [NoteField] public string ProcurementTimetable { get; set; } = "";

    [NoteField] public string AnnualValueLow { get; set; } = "";
    [NoteField] public string AnnualValueHigh { get; set; } = "";
    [NoteField] public string InitialTermStartsOn { get; set; } = "";
    [NoteField] public string InitialTermEndsOn { get; set; } = "";
    [NoteField] public int ExtensionOptionCount { get; set; }
    [NoteField] public int ExtensionOptionMonths { get; set; } = 12;
    [NoteField] public ProcurementRoute? Route { get; set; }
    [NoteField] public ServiceCategory Category { get; set; } = ServiceCategory.LightTouchServices;

    /// <summary>A term recorded in months before any dates were given (a commission created from its details alone).</summary>
    public int? TermMonthsWithoutDates { get; set; }

    [NoteField] public string IssuesForConsideration { get; set; } = "";
    [NoteField] public string OtherOptionsConsidered { get; set; } = "";
    [NoteField] public string ConsultationAndEngagement { get; set; } = "";

    [NoteField] public bool? LegalAdviceSought { get; set; }
    [NoteField] public string LegalComments { get; set; } = "";
    [NoteField] public string EqualityComments { get; set; } = "";
    [NoteField] public string BackgroundPapers { get; set; } = "";
    [NoteField] public bool? PublicAccessAllowed { get; set; }
    [NoteField] public string PublicAccessReason { get; set; } = "";
    [NoteField] public DpiaStatus? Dpia { get; set; }
    [NoteField] public string DpiaNotes { get; set; } = "";
    [NoteField] public PublicationDeferral? Deferral { get; set; }
    [NoteField] public string DeferredUntil { get; set; } = "";
    [NoteField] public string DeferralReason { get; set; } = "";
    [NoteField] public bool? RedactNote { get; set; }
    [NoteField] public List<string> RedactedSections { get; set; } = [];
    [NoteField] public bool? RedactAppendices { get; set; }

    [NoteField] public string DeclarationAuthor { get; set; } = "";
    [NoteField] public bool DeclarationConfirmed { get; set; }
    [NoteField] public string DeclarationDate { get; set; } = "";

    /// <summary>The section of the form each property belongs to (its anchor on the page).</summary>
    public static string SectionOf(string property) => property switch
    {
        nameof(Title) => "title",
        nameof(RelatesToPolicing) or nameof(RelatesToCrime) or nameof(RelatesToFireAndRescue) => "relates-to",
        nameof(IsUrgent) or nameof(UrgencyReasons) => "urgency",
        nameof(DecisionRequiredBy) => "decision-required-by",
        nameof(ConsideredUnderDecisionMakingPolicy) or nameof(IsKeyDecision) or nameof(EmpoweredToDecide) => "decision-making-policy",
        nameof(Summary) => "summary",
        nameof(Recommendation) => "recommendation",
        nameof(IntroductionAndBackground) => "introduction",
        nameof(ServiceAims) => "service-aims",
        nameof(StaffingAndCapacity) => "staffing",
        nameof(OutcomesAndMeasures) => "outcomes",
        nameof(PerformanceMonitoring) => "performance-monitoring",
        nameof(ProcurementRouteNarrative) => "procurement-route",
        nameof(ProcurementTimetable) => "procurement-timetable",
        nameof(IssuesForConsideration) => "issues",
        nameof(OtherOptionsConsidered) => "other-options",
        nameof(ConsultationAndEngagement) => "consultation",
        nameof(LegalAdviceSought) or nameof(LegalComments) => "legal",
        nameof(EqualityComments) => "equality",
        nameof(BackgroundPapers) => "background-papers",
        nameof(PublicAccessAllowed) or nameof(PublicAccessReason) => "public-access",
        nameof(Dpia) or nameof(DpiaNotes) => "dpia",
        nameof(Deferral) or nameof(DeferredUntil) or nameof(DeferralReason) => "deferral",
        nameof(RedactNote) or nameof(RedactedSections) or nameof(RedactAppendices) => "redaction",
        nameof(DeclarationAuthor) or nameof(DeclarationConfirmed) or nameof(DeclarationDate) => "declaration",
        _ => "value",
    };

    /// <summary>The name a person knows a field by.</summary>
    public static string LabelOf(string property) => property switch
    {
        nameof(InitialTermEndsOn) => "Initial term ends",
        nameof(Title) => "Title",
        _ => DecisionNoteFieldLabels.For(property),
    };

    /// <summary>What is wrong with one field as typed, in words the person can act on; null when it is acceptable to save.</summary>
    public string? ProblemWith(string property) => property switch
    {
        nameof(Title) => string.IsNullOrWhiteSpace(Title) ? "Give the decision note a title."
            : TooLong(Title, "title", Commission.TitleMaxLength),
        nameof(UrgencyReasons) => TooLong(UrgencyReasons, "reasons for urgency"),
        nameof(DecisionRequiredBy) => DateProblem(DecisionRequiredBy),
        nameof(EmpoweredToDecide) => TooLong(EmpoweredToDecide, "answer to who is empowered to decide", 200),
        nameof(Summary) => TooLong(Summary, "summary"),
        nameof(Recommendation) => TooLong(Recommendation, "recommendation"),
        nameof(IntroductionAndBackground) => TooLong(IntroductionAndBackground, "introduction and background"),
        nameof(ServiceAims) => TooLong(ServiceAims, "service aims"),
        nameof(StaffingAndCapacity) => TooLong(StaffingAndCapacity, "staffing and service capacity"),
        nameof(OutcomesAndMeasures) => TooLong(OutcomesAndMeasures, "outcomes and performance measures"),
        nameof(PerformanceMonitoring) => TooLong(PerformanceMonitoring, "performance monitoring"),
        nameof(ProcurementRouteNarrative) => TooLong(ProcurementRouteNarrative, "procurement route"),
        nameof(ProcurementTimetable) => TooLong(ProcurementTimetable, "procurement timetable"),
        nameof(AnnualValueLow) => MoneyProblem(AnnualValueLow, "75000"),
        nameof(AnnualValueHigh) => MoneyProblem(AnnualValueHigh, "80000")
            ?? (ParseMoney(AnnualValueLow) is { } low && ParseMoney(AnnualValueHigh) is { } high && high < low
                ? "The annual cost to must not be below the annual cost from." : null),
        nameof(InitialTermStartsOn) => DateProblem(InitialTermStartsOn)
            ?? (InitialTermStartsOn.Length == 0 && InitialTermEndsOn.Length > 0 ? "Enter the date the initial term starts as well as its end." : null),
        nameof(InitialTermEndsOn) => DateProblem(InitialTermEndsOn) ?? TermEndProblem(),
        nameof(ExtensionOptionCount) => ExtensionOptionCount is < 0 or > 10 ? "Extension options must number between 0 and 10." : null,
        nameof(ExtensionOptionMonths) => ExtensionOptionCount > 0 && ExtensionOptionMonths is < 1 or > 120
            ? "Each extension option must last between 1 and 120 months." : null,
        nameof(IssuesForConsideration) => TooLong(IssuesForConsideration, "issues for consideration"),
        nameof(OtherOptionsConsidered) => TooLong(OtherOptionsConsidered, "other options considered"),
        nameof(ConsultationAndEngagement) => TooLong(ConsultationAndEngagement, "consultation and engagement"),
        nameof(LegalComments) => TooLong(LegalComments, "legal comments"),
        nameof(EqualityComments) => TooLong(EqualityComments, "equality comments"),
        nameof(BackgroundPapers) => TooLong(BackgroundPapers, "background and supporting papers"),
        nameof(PublicAccessReason) => TooLong(PublicAccessReason, "reason for withholding public access"),
        nameof(DpiaNotes) => TooLong(DpiaNotes, "DPIA notes"),
        nameof(DeferredUntil) => DateProblem(DeferredUntil)
            ?? (Deferral == PublicationDeferral.UntilDate && ParseDate(DeferredUntil) is { } until && ParseDate(DecisionRequiredBy) is { } required && until < required
                ? "Publication cannot be deferred to a date before the decision is required." : null),
        nameof(DeferralReason) => TooLong(DeferralReason, "reason for deferral"),
        nameof(RedactedSections) => RedactedSections.FirstOrDefault(k => DecisionNoteSections.Redactable.All(s => s.Key != k)) is { } unknown
            ? $"'{unknown}' is not a part of the note that can be redacted." : null,
        nameof(DeclarationAuthor) => TooLong(DeclarationAuthor, "author's name", 200),
        nameof(DeclarationDate) => DateProblem(DeclarationDate),
        _ => null,
    };

    /// <summary>Every field's problem, keyed by property, in the form's order.</summary>
    public IReadOnlyList<(string Property, string Message)> Problems() =>
        typeof(DecisionNoteFormModel).GetProperties()
            .Where(p => p.IsDefined(typeof(NoteFieldAttribute), false))
            .Select(p => (p.Name, Message: ProblemWith(p.Name)))
            .Where(p => p.Message is not null)
            .Select(p => (p.Name, p.Message!))
            .ToList();

    public int? DerivedTermMonths => ParseDate(InitialTermStartsOn) is { } start && ParseDate(InitialTermEndsOn) is { } end ? WholeMonths(start, end) : null;

    /// <summary>The content as typed; fields that do not parse are left empty (a save is refused before this matters).</summary>
    public DecisionNoteContent ToContent() => new()
    {
        Title = Title.Trim(),
        RelatesToPolicing = RelatesToPolicing,
        RelatesToCrime = RelatesToCrime,
        RelatesToFireAndRescue = RelatesToFireAndRescue,
        IsUrgent = IsUrgent,
        UrgencyReasons = UrgencyReasons.Trim(),
        DecisionRequiredBy = ParseDate(DecisionRequiredBy),
        ConsideredUnderDecisionMakingPolicy = ConsideredUnderDecisionMakingPolicy,
        IsKeyDecision = IsKeyDecision,
        EmpoweredToDecide = EmpoweredToDecide.Trim(),
        Summary = Summary.Trim(),
        Recommendation = Recommendation.Trim(),
        IntroductionAndBackground = IntroductionAndBackground.Trim(),
        ServiceAims = ServiceAims.Trim(),
        StaffingAndCapacity = StaffingAndCapacity.Trim(),
        OutcomesAndMeasures = OutcomesAndMeasures.Trim(),
        PerformanceMonitoring = PerformanceMonitoring.Trim(),
        ProcurementRouteNarrative = ProcurementRouteNarrative.Trim(),
        ProcurementTimetable = ProcurementTimetable.Trim(),
        AnnualValueLow = ParseMoney(AnnualValueLow),
        AnnualValueHigh = ParseMoney(AnnualValueHigh),
        InitialTermStartsOn = ParseDate(InitialTermStartsOn),
        InitialTermMonths = InitialTermEndsOn.Length == 0 ? TermMonthsWithoutDates : DerivedTermMonths,
        ExtensionOptionCount = ExtensionOptionCount,
        ExtensionOptionMonths = ExtensionOptionCount == 0 ? 0 : ExtensionOptionMonths,
        Route = Route,
        Category = Category,
        IssuesForConsideration = IssuesForConsideration.Trim(),
        OtherOptionsConsidered = OtherOptionsConsidered.Trim(),
        ConsultationAndEngagement = ConsultationAndEngagement.Trim(),
        LegalAdviceSought = LegalAdviceSought,
        LegalComments = LegalComments.Trim(),
        EqualityComments = EqualityComments.Trim(),
        BackgroundPapers = BackgroundPapers.Trim(),
        PublicAccessAllowed = PublicAccessAllowed,
        PublicAccessReason = PublicAccessReason.Trim(),
        Dpia = Dpia,
        DpiaNotes = DpiaNotes.Trim(),
        Deferral = Deferral,
        DeferredUntil = Deferral == PublicationDeferral.UntilDate ? ParseDate(DeferredUntil) : null,
        DeferralReason = DeferralReason.Trim(),
        RedactNote = RedactNote,
        RedactedSections = RedactNote == true
            ? DecisionNoteSections.Redactable.Select(s => s.Key).Where(RedactedSections.Contains).ToList()
            : [],
        RedactAppendices = RedactAppendices,
        DeclarationAuthor = DeclarationAuthor.Trim(),
        DeclarationConfirmed = DeclarationConfirmed,
        DeclarationDate = ParseDate(DeclarationDate),
    };

    public static DecisionNoteFormModel From(DecisionNoteContent c) => new()
    {
        Title = c.Title,
        RelatesToPolicing = c.RelatesToPolicing,
        RelatesToCrime = c.RelatesToCrime,
        RelatesToFireAndRescue = c.RelatesToFireAndRescue,
        IsUrgent = c.IsUrgent,
        UrgencyReasons = c.UrgencyReasons,
        DecisionRequiredBy = FormatDate(c.DecisionRequiredBy),
        ConsideredUnderDecisionMakingPolicy = c.ConsideredUnderDecisionMakingPolicy,
        IsKeyDecision = c.IsKeyDecision,
        EmpoweredToDecide = c.EmpoweredToDecide,
        Summary = c.Summary,
        Recommendation = c.Recommendation,
        IntroductionAndBackground = c.IntroductionAndBackground,
        ServiceAims = c.ServiceAims,
        StaffingAndCapacity = c.StaffingAndCapacity,
        OutcomesAndMeasures = c.OutcomesAndMeasures,
        PerformanceMonitoring = c.PerformanceMonitoring,
        ProcurementRouteNarrative = c.ProcurementRouteNarrative,
        ProcurementTimetable = c.ProcurementTimetable,
        AnnualValueLow = c.AnnualValueLow is { } low ? FormatMoney(low) : "",
        AnnualValueHigh = c.AnnualValueHigh is { } high ? FormatMoney(high) : "",
        InitialTermStartsOn = FormatDate(c.InitialTermStartsOn),
        InitialTermEndsOn = FormatDate(c.InitialTermEndsOn),
        TermMonthsWithoutDates = c.InitialTermStartsOn is null ? c.InitialTermMonths : null,
        ExtensionOptionCount = c.ExtensionOptionCount,
        ExtensionOptionMonths = c.ExtensionOptionCount == 0 ? 12 : c.ExtensionOptionMonths,
        Route = c.Route,
        Category = c.Category,
        IssuesForConsideration = c.IssuesForConsideration,
        OtherOptionsConsidered = c.OtherOptionsConsidered,
        ConsultationAndEngagement = c.ConsultationAndEngagement,
        LegalAdviceSought = c.LegalAdviceSought,
        LegalComments = c.LegalComments,
        EqualityComments = c.EqualityComments,
        BackgroundPapers = c.BackgroundPapers,
        PublicAccessAllowed = c.PublicAccessAllowed,
        PublicAccessReason = c.PublicAccessReason,
        Dpia = c.Dpia,
        DpiaNotes = c.DpiaNotes,
        Deferral = c.Deferral,
        DeferredUntil = FormatDate(c.DeferredUntil),
        DeferralReason = c.DeferralReason,
        RedactNote = c.RedactNote,
        RedactedSections = c.RedactedSections.ToList(),
        RedactAppendices = c.RedactAppendices,
        DeclarationAuthor = c.DeclarationAuthor,
        DeclarationConfirmed = c.DeclarationConfirmed,
        DeclarationDate = FormatDate(c.DeclarationDate),
    };

    /// <summary>Everything typed, as one string: two equal fingerprints mean nothing has changed.</summary>
    public string Fingerprint() => JsonSerializer.Serialize(this);

    public static string FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static Money? ParseMoney(string text) => TryReadPounds(text, out var pounds) && pounds >= 0 && decimal.Round(pounds, 2) == pounds
        && pounds <= 1_000_000_000m ? Money.FromPounds(pounds) : null;

    private static string FormatMoney(Money money) => money.Pence % 100 == 0
        ? money.Pounds.ToString("#,##0", Uk) : money.Pounds.ToString("#,##0.00", Uk);

    private static bool TryReadPounds(string text, out decimal pounds)
    {
        pounds = 0;
        var cleaned = text.Trim().Replace("£", "").Replace(" ", "");
        return MoneyPattern().IsMatch(cleaned)
            && decimal.TryParse(cleaned.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out pounds);
    }

    private static string? MoneyProblem(string text, string example)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!TryReadPounds(text, out var pounds)) return $"Enter an amount in pounds, e.g. {example} or {example}.50.";
        if (pounds < 0) return "Enter an amount of £0 or more; a cost cannot be negative.";
        if (decimal.Round(pounds, 2) != pounds) return $"Enter pounds and pence with no more than 2 decimal places, e.g. {example}.50.";
        if (pounds > 1_000_000_000m) return "Enter an amount of no more than £1,000,000,000.";
        return null;
    }

    private static string? DateProblem(string text) =>
        text.Trim().Length > 0 && ParseDate(text) is null ? "Enter a real date, e.g. 1 May 2027." : null;

    private string? TermEndProblem()
    {
        if (ParseDate(InitialTermStartsOn) is not { } start || ParseDate(InitialTermEndsOn) is not { } end) return null;
        if (end < start) return "The initial term cannot end before it starts.";
        if (WholeMonths(start, end) is not null) return null;
        var before = Enumerable.Range(1, 240).LastOrDefault(n => EndAfter(start, n) < end);
        var options = new[] { before, before + 1 }.Where(n => n is >= 1 and <= 240)
            .Select(n => $"{UkTime.LongDate(EndAfter(start, n))} ({n} month{(n == 1 ? "" : "s")})");
        return $"The initial term must be whole months, ending the day before a monthly anniversary of its start: e.g. {string.Join(" or ", options)}.";
    }

    private static DateOnly EndAfter(DateOnly start, int months) => start.AddMonths(months).AddDays(-1);

    private static int? WholeMonths(DateOnly start, DateOnly end)
    {
        for (var n = 1; n <= 240; n++)
        {
            var candidate = EndAfter(start, n);
            if (candidate == end) return n;
            if (candidate > end) return null;
        }
        return null;
    }

    private static string? TooLong(string text, string label, int max = Commission.TextMaxLength) =>
        text.Length > max ? $"Keep the {label} to {max:N0} characters (it has {text.Length:N0})." : null;

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex MoneyPattern();
}

/// <summary>Asks the form model what, if anything, is wrong with the property it marks.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NoteFieldAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (validationContext.ObjectInstance is not DecisionNoteFormModel model || validationContext.MemberName is not { } member) return ValidationResult.Success;
        return model.ProblemWith(member) is { } problem ? new ValidationResult(problem, [member]) : ValidationResult.Success;
    }
}

using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Performance;

public enum ReturnStatus { Draft, Submitted }

/// <summary>
/// A supplier's return for one reporting period: a figure per measure (broken down by protected characteristic where the
/// measure counts people), referrals received and accepted, the caseload, a narrative, anonymised case studies and evidence.
/// Aggregate figures only: it has no field that could hold who a service user is. Drafted and submitted by the supplier's
/// users; once submitted its figures are locked, except where the office queries one and the supplier answers, and each
/// figure stays self-reported until an officer verifies it.
/// </summary>
public sealed class SupplierReturn
{
    public const int NarrativeMaxLength = 4000;
    public const int CaseStudiesMaxLength = 8000;
    public const int QuestionMaxLength = 2000;
    public const int MaxEvidence = 20;

    private readonly List<ReturnFigure> _figures = [];
    private readonly List<ReturnEvidence> _evidence = [];

    private SupplierReturn() { }

    public Guid Id { get; private set; }
    public Guid FrameworkId { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid SupplierId { get; private set; }
    public DateOnly PeriodStarts { get; private set; }
    public DateOnly PeriodEnds { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ReturnStatus Status { get; private set; }
    public int? ReferralsReceived { get; private set; }
    public int? ReferralsAccepted { get; private set; }
    public int? Caseload { get; private set; }
    public string Narrative { get; private set; } = "";
    public string CaseStudies { get; private set; } = "";
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string SubmittedByName { get; private set; } = "";
    public DateTimeOffset LastChangedAt { get; private set; }
    public Guid ConcurrencyToken { get; private set; }
    public IReadOnlyList<ReturnFigure> Figures => _figures;
    public IReadOnlyList<ReturnEvidence> Evidence => _evidence;

    public ReportingPeriod Period => new(PeriodStarts, PeriodEnds);

    /// <summary>Submitted and every figure verified: the period's figures are settled facts.</summary>
    public bool IsVerified => Status == ReturnStatus.Submitted && _figures.Count > 0 && _figures.All(f => f.Status == FigureStatus.Verified);

    /// <summary>Submitted after its due date, or not submitted and past it. On the due date itself it is in time.</summary>
    public bool IsLate(DateOnly today) => SubmittedAt is { } submitted ? UkTime.DateOf(submitted) > DueOn : today > DueOn;

    public static SupplierReturn Start(OutcomesFramework framework, ReportingPeriod period, Actor actor, Guid? actorSupplierId, DateTimeOffset at)
    {
        RequireSupplier(framework.SupplierId, actorSupplierId, actor);
        if (UkTime.DateOf(at) < period.Starts)
            throw new DomainRuleException($"The return for {period.Name} can be started once the period begins on {UkTime.LongDate(period.Starts)}.");
        return new SupplierReturn
        {
            Id = Guid.NewGuid(),
            FrameworkId = framework.Id,
            CommissionId = framework.CommissionId,
            SupplierId = framework.SupplierId,
            PeriodStarts = period.Starts,
            PeriodEnds = period.Ends,
            DueOn = framework.ReturnDueOn(period),
            Status = ReturnStatus.Draft,
            LastChangedAt = at,
            ConcurrencyToken = Guid.NewGuid(),
        };
    }

    public ReturnFigure? FigureFor(Guid measureId) => _figures.SingleOrDefault(f => f.MeasureId == measureId);

    /// <summary>Saves the supplier's draft; everything is checked before anything changes, so a refusal loses nothing already saved.</summary>
    public void SaveDraft(ReturnEntry entry, OutcomesFramework framework, Actor actor, Guid? actorSupplierId, DateTimeOffset at)
    {
        RequireSupplier(framework.SupplierId, actorSupplierId, actor);
        RequireDraft();
        RequireNotNegative(entry.ReferralsReceived, "Referrals received");
        RequireNotNegative(entry.ReferralsAccepted, "Referrals accepted");
        RequireNotNegative(entry.Caseload, "The current caseload");
        if (entry.ReferralsAccepted > entry.ReferralsReceived)
            throw new DomainRuleException($"Referrals accepted ({entry.ReferralsAccepted}) cannot be more than referrals received ({entry.ReferralsReceived}).");
        if (entry.ReferralsAccepted is not null && entry.ReferralsReceived is null)
            throw new DomainRuleException("Enter the referrals received as well as those accepted.");
        var narrative = entry.Narrative.Trim();
        var caseStudies = entry.CaseStudies.Trim();
        if (narrative.Length > NarrativeMaxLength) throw new DomainRuleException($"Keep the narrative to {NarrativeMaxLength} characters.");
        if (caseStudies.Length > CaseStudiesMaxLength) throw new DomainRuleException($"Keep the case studies to {CaseStudiesMaxLength} characters.");
        if (entry.Figures.GroupBy(f => f.MeasureId).Any(g => g.Count() > 1)) throw new DomainRuleException("Give one figure for each measure.");
        foreach (var figure in entry.Figures) CheckFigure(framework, figure.MeasureId, figure.Actual, figure.Breakdown);

        ReferralsReceived = entry.ReferralsReceived;
        ReferralsAccepted = entry.ReferralsAccepted;
        Caseload = entry.Caseload;
        Narrative = narrative;
        CaseStudies = caseStudies;
        foreach (var figure in entry.Figures)
        {
            if (FigureFor(figure.MeasureId) is { } existing) existing.Enter(figure.Actual, figure.Breakdown);
            else _figures.Add(new ReturnFigure(figure.MeasureId, figure.Actual, figure.Breakdown));
        }
        Touch(at);
    }

    /// <summary>Sends the return to the office. It must be complete, and its period over.</summary>
    public void Submit(OutcomesFramework framework, Actor actor, Guid? actorSupplierId, DateTimeOffset at)
    {
        RequireSupplier(framework.SupplierId, actorSupplierId, actor);
        RequireDraft();
        if (UkTime.DateOf(at) <= PeriodEnds)
            throw new DomainRuleException($"The return for {Period.Name} can be submitted once the period ends on {UkTime.LongDate(PeriodEnds)}.");
        var missing = framework.Measures.Where(m => FigureFor(m.Id)?.Actual is null).Select(m => $"\"{m.Name}\"").ToList();
        if (missing.Count > 0) throw new DomainRuleException($"Enter a figure for every measure before submitting. Missing: {string.Join(", ", missing)}.");
        if (ReferralsReceived is null || ReferralsAccepted is null || Caseload is null)
            throw new DomainRuleException("Enter the referrals received and accepted and the current caseload before submitting.");
        Status = ReturnStatus.Submitted;
        SubmittedAt = at;
        SubmittedByName = actor.DisplayName;
        Touch(at);
    }

    public void Verify(Guid measureId, Actor actor, DateTimeOffset at)
    {
        var figure = FigureForOffice(measureId, actor, "verify");
        if (figure.Status == FigureStatus.Verified) throw new DomainRuleException("That figure is already verified.");
        if (figure.Status == FigureStatus.Queried)
            throw new DomainRuleException("That figure is queried and the supplier has not answered yet: wait for its answer before verifying.");
        figure.MarkVerified(actor, at);
        Touch(at);
    }

    public void Query(Guid measureId, string question, Actor actor, DateTimeOffset at)
    {
        var figure = FigureForOffice(measureId, actor, "query");
        question = question.Trim();
        if (question.Length == 0) throw new DomainRuleException("Write the question for the supplier.");
        if (question.Length > QuestionMaxLength) throw new DomainRuleException($"Keep the question to {QuestionMaxLength} characters.");
        if (figure.Status == FigureStatus.Verified) throw new DomainRuleException("That figure is already verified.");
        if (figure.Status == FigureStatus.Queried) throw new DomainRuleException("That figure already has a query waiting for the supplier's answer.");
        figure.MarkQueried(question, actor, at);
        Touch(at);
    }

    /// <summary>The supplier's answer to a query, optionally correcting the figure; either way it goes back to self-reported.</summary>
    public void Answer(Guid measureId, string answer, decimal? correctedActual, IReadOnlyList<BreakdownCount>? correctedBreakdown,
        OutcomesFramework framework, Actor actor, Guid? actorSupplierId, DateTimeOffset at)
    {
        RequireSupplier(framework.SupplierId, actorSupplierId, actor);
        var figure = FigureFor(measureId) ?? throw new DomainRuleException("That measure has no figure in this return.");
        if (figure.Status != FigureStatus.Queried) throw new DomainRuleException("That figure has no query waiting for an answer.");
        answer = answer.Trim();
        if (answer.Length == 0) throw new DomainRuleException("Write your answer to the office's question.");
        if (answer.Length > QuestionMaxLength) throw new DomainRuleException($"Keep the answer to {QuestionMaxLength} characters.");
        var actual = correctedActual ?? figure.Actual;
        var breakdown = correctedBreakdown ?? figure.Breakdown;
        CheckFigure(framework, measureId, actual, breakdown);
        figure.MarkAnswered(answer, actual, breakdown, actor, at);
        Touch(at);
    }

    public void AddEvidence(ReturnEvidence evidence, OutcomesFramework framework, Actor actor, Guid? actorSupplierId, DateTimeOffset at)
    {
        RequireSupplier(framework.SupplierId, actorSupplierId, actor);
        if (IsVerified) throw new DomainRuleException(VerifiedMessage);
        if (_evidence.Count >= MaxEvidence) throw new DomainRuleException($"A return can hold up to {MaxEvidence} documents.");
        _evidence.Add(evidence);
        Touch(at);
    }

    private string VerifiedMessage => $"The return for {Period.Name} has been verified: it can no longer be changed.";

    private static void CheckFigure(OutcomesFramework framework, Guid measureId, decimal? actual, IReadOnlyList<BreakdownCount> breakdown)
    {
        var measure = framework.Measures.SingleOrDefault(m => m.Id == measureId)
            ?? throw new DomainRuleException("A figure was given for a measure that is not in this contract's outcomes framework. Reload the page to see its measures.");
        if (actual < 0) throw new DomainRuleException($"The figure for \"{measure.Name}\" cannot be negative.");
        if (measure.AllowsBreakdown && actual is { } whole && whole != decimal.Truncate(whole))
            throw new DomainRuleException($"\"{measure.Name}\" counts people: enter a whole number.");
        if (breakdown.Count == 0) return;
        if (!measure.AllowsBreakdown) throw new DomainRuleException($"\"{measure.Name}\" is not broken down by protected characteristic.");
        if (actual is null) throw new DomainRuleException($"Enter the total for \"{measure.Name}\" before its breakdown.");
        foreach (var count in breakdown)
        {
            if (!ProtectedCharacteristics.IsKnown(count.Characteristic, count.Group))
                throw new DomainRuleException($"\"{count.Group}\" is not a group of {count.Characteristic} the portal records.");
            if (count.Count < 0) throw new DomainRuleException($"The {count.Characteristic} count \"{count.Group}\" for \"{measure.Name}\" cannot be negative.");
        }
        foreach (var characteristic in breakdown.GroupBy(b => b.Characteristic))
        {
            var sum = characteristic.Sum(b => b.Count);
            if (sum > actual)
                throw new DomainRuleException($"The {characteristic.Key.ToLowerInvariant()} breakdown of \"{measure.Name}\" adds up to {sum}, more than its total of {actual:0.##}.");
        }
    }

    private ReturnFigure FigureForOffice(Guid measureId, Actor actor, string verb)
    {
        if (!actor.IsContractManager)
            throw new DomainRuleException(actor.IsSupplier
                ? "A supplier cannot verify or query its own figures: an officer of the commissioner's office does."
                : $"Only a commissioning or procurement officer can {verb} a supplier's figures.");
        if (Status != ReturnStatus.Submitted) throw new DomainRuleException("The supplier has not submitted this return yet.");
        return FigureFor(measureId) ?? throw new DomainRuleException("That measure has no figure in this return.");
    }

    private void RequireDraft()
    {
        if (IsVerified) throw new DomainRuleException(VerifiedMessage);
        if (Status == ReturnStatus.Submitted)
            throw new DomainRuleException($"The return for {Period.Name} has been submitted, so its figures are locked. A figure changes only by answering the office's query on it.");
    }

    private static void RequireSupplier(Guid contractSupplierId, Guid? actorSupplierId, Actor actor)
    {
        if (actor.IsSupplier && actorSupplierId == contractSupplierId) return;
        throw new DomainRuleException("Only the users of the supplier awarded this contract can fill in and submit its returns.");
    }

    private static void RequireNotNegative(int? value, string what)
    {
        if (value < 0) throw new DomainRuleException($"{what} cannot be negative.");
    }

    private void Touch(DateTimeOffset at)
    {
        LastChangedAt = at;
        ConcurrencyToken = Guid.NewGuid();
    }
}

/// <summary>One measure's figure in a return, with its verification and any query and answer.</summary>
public sealed class ReturnFigure
{
    private List<BreakdownCount> _breakdown = [];

    private ReturnFigure() { }

    internal ReturnFigure(Guid measureId, decimal? actual, IReadOnlyList<BreakdownCount> breakdown)
    {
        Id = Guid.NewGuid();
        MeasureId = measureId;
        Enter(actual, breakdown);
    }

    public Guid Id { get; private set; }
    public Guid MeasureId { get; private set; }
    public decimal? Actual { get; private set; }
    public IReadOnlyList<BreakdownCount> Breakdown => _breakdown;
    public FigureStatus Status { get; private set; } = FigureStatus.SelfReported;
    public string VerifiedByName { get; private set; } = "";
    public DateTimeOffset? VerifiedAt { get; private set; }
    public string Question { get; private set; } = "";
    public string QueriedByName { get; private set; } = "";
    public DateTimeOffset? QueriedAt { get; private set; }
    public string Answer { get; private set; } = "";
    public string AnsweredByName { get; private set; } = "";
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The figure before the supplier corrected it in answer to a query; null if it was not corrected.</summary>
    public decimal? ActualBeforeAnswer { get; private set; }

    internal void Enter(decimal? actual, IReadOnlyList<BreakdownCount> breakdown)
    {
        Actual = actual;
        _breakdown = breakdown.ToList();
    }

    internal void MarkVerified(Actor actor, DateTimeOffset at)
    {
        Status = FigureStatus.Verified;
        VerifiedByName = actor.DisplayName;
        VerifiedAt = at;
    }

    internal void MarkQueried(string question, Actor actor, DateTimeOffset at)
    {
        Status = FigureStatus.Queried;
        Question = question;
        QueriedByName = actor.DisplayName;
        QueriedAt = at;
        Answer = "";
        AnsweredByName = "";
        AnsweredAt = null;
        ActualBeforeAnswer = null;
    }

    internal void MarkAnswered(string answer, decimal? actual, IReadOnlyList<BreakdownCount> breakdown, Actor actor, DateTimeOffset at)
    {
        ActualBeforeAnswer = actual != Actual ? Actual : null;
        Enter(actual, breakdown);
        Status = FigureStatus.SelfReported;
        Answer = answer;
        AnsweredByName = actor.DisplayName;
        AnsweredAt = at;
    }
}

/// <summary>A document uploaded with a return.</summary>
public sealed class ReturnEvidence : UploadedFile
{
    private ReturnEvidence() { }

    public ReturnEvidence(string originalName, string storedName, string contentType, long size, string sha256,
        string uploadedById, string uploadedByName, DateTimeOffset uploadedAt)
        : base(originalName, storedName, contentType, size, sha256, uploadedById, uploadedByName, uploadedAt) { }
}

using System.Text.Json;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;

namespace Portal.Domain.Evaluations;

/// <summary>
/// The evaluation of one ITT's opened tenders: the panel and what each evaluator scores, their declarations of conflicts of
/// interest, the compliance checks, the individual blind scores and the moderated consensus. One per commission, started
/// once the box is open. Individual scores, declarations, compliance findings and every moderation stay in the record.
/// </summary>
public sealed partial class TenderEvaluation
{
    public const int TextMaxLength = 4000;
    public const int MaxScore = 5;

    private readonly List<EvaluatedBid> _bids = [];
    private readonly List<PanelAssignment> _panel = [];
    private readonly List<ConflictDeclaration> _declarations = [];
    private readonly List<ComplianceCheck> _complianceChecks = [];
    private readonly List<IndividualScore> _scores = [];
    private readonly List<ModerationEntry> _moderations = [];
    private readonly List<CommissionChange> _changes = [];

    private TenderEvaluation() { }

    /// <summary>Starts the evaluation of the bids found in the box at its opening, on the ITT's quality questions and social value.</summary>
    public static TenderEvaluation Start(Guid commissionId, Guid ittId, IttContent itt, IEnumerable<EvaluatedBid> bids, DateTimeOffset at)
    {
        var criteria = Enumerable.Range(0, itt.QualityQuestions.Count).Select(i => Criterion.Quality(i).Key).ToList();
        if (itt.SocialValueWeightingPercent > 0) criteria.Add(Criterion.SocialValue.Key);
        var evaluation = new TenderEvaluation
        {
            Id = Guid.NewGuid(),
            CommissionId = commissionId,
            InvitationToTenderId = ittId,
            ScoredCriteria = string.Join(',', criteria),
            ComplianceQuestionCount = itt.ComplianceQuestions.Count,
            StartedAt = at,
            ConcurrencyToken = Guid.NewGuid(),
        };
        evaluation._bids.AddRange(bids);
        return evaluation;
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid InvitationToTenderId { get; private set; }

    /// <summary>The criteria people score, comma-separated: "Q1,Q2,SV". Price is scored by formula.</summary>
    public string ScoredCriteria { get; private set; } = "";

    public int ComplianceQuestionCount { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? ModerationOpenedAt { get; private set; }
    public string? ModerationOpenedByName { get; private set; }
    public Guid ConcurrencyToken { get; private set; }

    public IReadOnlyList<string> CriteriaKeys => ScoredCriteria.Split(',', StringSplitOptions.RemoveEmptyEntries);
    public IReadOnlyList<EvaluatedBid> Bids => _bids.AsReadOnly();
    public IReadOnlyList<PanelAssignment> Panel => _panel.AsReadOnly();
    public IReadOnlyList<ConflictDeclaration> Declarations => _declarations.AsReadOnly();
    public IReadOnlyList<ComplianceCheck> ComplianceChecks => _complianceChecks.AsReadOnly();
    public IReadOnlyList<IndividualScore> Scores => _scores.AsReadOnly();
    public IReadOnlyList<ModerationEntry> Moderations => _moderations.AsReadOnly();

    public bool ModerationOpen => ModerationOpenedAt is not null;

    /// <summary>Changes made since the evaluation was loaded, for the audit trail; cleared once stored.</summary>
    public IReadOnlyList<CommissionChange> PendingChanges => _changes.AsReadOnly();

    public void ClearPendingChanges() => _changes.Clear();

    public EvaluatedBid Bid(Guid responseId) =>
        _bids.FirstOrDefault(b => b.ResponseId == responseId) ?? throw new DomainRuleException("That response is not one of the bids being evaluated.");

    public PanelAssignment? AssignmentOf(string evaluatorId) => _panel.FirstOrDefault(p => p.EvaluatorId == evaluatorId);

    /// <summary>Puts an evaluator on the panel for the given criteria, or changes the criteria of one already on it.</summary>
    public void AssignEvaluator(Actor officer, string evaluatorId, string evaluatorName, IReadOnlyCollection<string> criteriaKeys, DateTimeOffset at)
    {
        RequireProcurementOfficer(officer, "assign evaluators");
        RequireBeforeModeration("change the panel");
        if (string.IsNullOrWhiteSpace(evaluatorId)) throw new DomainRuleException("Choose an evaluator.");
        if (criteriaKeys.Count == 0) throw new DomainRuleException($"Choose at least one criterion for {evaluatorName} to score.");
        if (criteriaKeys.FirstOrDefault(k => !CriteriaKeys.Contains(k)) is { } unknown)
            throw new DomainRuleException($"\"{unknown}\" is not a criterion scored by the panel.");
        var ordered = CriteriaKeys.Where(criteriaKeys.Contains).ToList();
        if (AssignmentOf(evaluatorId) is { } existing)
        {
            var scoredAndRemoved = _scores.Where(s => s.EvaluatorId == evaluatorId && !ordered.Contains(s.CriterionKey))
                .Select(s => s.CriterionKey).Distinct().ToList();
            if (scoredAndRemoved.Count > 0)
                throw new DomainRuleException($"{evaluatorName} has already scored {string.Join(", ", scoredAndRemoved)}; those criteria stay theirs.");
            var before = existing.Criteria;
            existing.Assign(ordered, officer.DisplayName, at);
            Record(officer, at, "EvaluatorReassigned", $"{evaluatorName} now scores {Describe(ordered)}", before: new { Criteria = before },
                after: new { existing.Criteria });
            return;
        }
        _panel.Add(new PanelAssignment(evaluatorId, evaluatorName, ordered, officer.DisplayName, at));
        Record(officer, at, "EvaluatorAssigned", $"{evaluatorName} joined the evaluation panel to score {Describe(ordered)}");
    }

    /// <summary>Takes an evaluator off the panel; refused once they have scored anything, since their scores stay in the record.</summary>
    public void RemoveEvaluator(Actor officer, string evaluatorId, DateTimeOffset at)
    {
        RequireProcurementOfficer(officer, "remove evaluators");
        RequireBeforeModeration("change the panel");
        var assignment = AssignmentOf(evaluatorId) ?? throw new DomainRuleException("That person is not on the panel.");
        if (_scores.Any(s => s.EvaluatorId == evaluatorId))
            throw new DomainRuleException($"{assignment.EvaluatorName} has already scored, so they stay on the panel and their scores stay in the record.");
        _panel.Remove(assignment);
        Record(officer, at, "EvaluatorRemoved", $"{assignment.EvaluatorName} was taken off the evaluation panel");
    }

    private string Describe(IReadOnlyList<string> criteria) =>
        criteria.Count == CriteriaKeys.Count ? "every criterion (" + string.Join(", ", criteria) + ")" : string.Join(", ", criteria);

    private void RequireBeforeModeration(string doing)
    {
        if (ModerationOpen)
            throw new DomainRuleException($"Moderation opened on {UkTime.Format(ModerationOpenedAt!.Value)}: you can no longer {doing}.");
    }

    private static void RequireProcurementOfficer(Actor actor, string doing)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer)) throw new DomainRuleException($"Only {Roles.DescribeOne(Roles.ProcurementOfficer)} can {doing}.");
    }

    private static string RequireText(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException(message);
        if (text.Trim().Length > TextMaxLength) throw new DomainRuleException($"Keep it to {TextMaxLength:N0} characters.");
        return text.Trim();
    }

    private static void RequireScore(int score)
    {
        if (score is < 0 or > MaxScore) throw new DomainRuleException($"A score must be a whole number from 0 to {MaxScore}; {score} is outside that range.");
    }

    private void Touch() => ConcurrencyToken = Guid.NewGuid();

    private void Record(Actor actor, DateTimeOffset at, string action, string summary, string? reason = null, object? before = null, object? after = null)
    {
        Touch();
        _changes.Add(new CommissionChange(actor, at, action, summary, Reason: reason,
            Before: before is null ? null : JsonSerializer.Serialize(before), After: after is null ? null : JsonSerializer.Serialize(after)));
    }
}

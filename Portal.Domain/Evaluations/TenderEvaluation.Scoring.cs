using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Evaluations;

/// <summary>Declarations of conflicts of interest, compliance checks and the individual, blind scores.</summary>
public sealed partial class TenderEvaluation
{
    /// <summary>
    /// An evaluator's declarations for bidders. The first must cover every bidder; later ones may add a conflict found since.
    /// A declared conflict is never withdrawn: it keeps that bidder's response from the evaluator for good.
    /// </summary>
    public void Declare(Actor evaluator, IReadOnlyList<DeclarationInput> declarations, DateTimeOffset at)
    {
        var assignment = RequirePanelMember(evaluator);
        if (declarations.Count == 0) throw new DomainRuleException("Declare for at least one bidder.");
        var first = !HasDeclaredForEveryBidder(evaluator.UserId);
        var missing = _bids.Where(b => declarations.All(d => d.SupplierId != b.SupplierId) && LatestDeclaration(evaluator.UserId, b.SupplierId) is null).ToList();
        if (first && missing.Count > 0)
            throw new DomainRuleException("Declare for every bidder before you see any response: " + string.Join(", ", missing.Select(b => b.SupplierName)) + ".");
        var accepted = declarations.Select(d => Validated(evaluator, d)).ToList();
        foreach (var (bid, hasConflict, details) in accepted)
        {
            var latest = LatestDeclaration(evaluator.UserId, bid.SupplierId);
            if (latest is not null && latest.HasConflict == hasConflict && latest.Details == details) continue;
            _declarations.Add(new ConflictDeclaration(_declarations.Count + 1, evaluator.UserId, assignment.EvaluatorName, bid.SupplierId, bid.SupplierName,
                hasConflict, details, at));
            Record(evaluator, at, "ConflictDeclared", hasConflict
                ? $"{assignment.EvaluatorName} declared a conflict of interest with {bid.SupplierName}"
                : $"{assignment.EvaluatorName} declared no conflict of interest with {bid.SupplierName}", reason: hasConflict ? details : null);
        }
    }

    private (EvaluatedBid Bid, bool HasConflict, string Details) Validated(Actor evaluator, DeclarationInput declaration)
    {
        var bid = _bids.FirstOrDefault(b => b.SupplierId == declaration.SupplierId)
            ?? throw new DomainRuleException("That organisation is not one of the bidders.");
        var details = declaration.HasConflict
            ? RequireText(declaration.Details, $"Describe your conflict of interest with {bid.SupplierName}.")
            : declaration.Details?.Trim() ?? "";
        if (LatestDeclaration(evaluator.UserId, bid.SupplierId) is { HasConflict: true } latest && !declaration.HasConflict)
            throw new DomainRuleException($"You declared a conflict of interest with {bid.SupplierName} on {UkTime.Format(latest.DeclaredAt)}; a declared conflict stands.");
        return (bid, declaration.HasConflict, details);
    }

    public ConflictDeclaration? LatestDeclaration(string evaluatorId, Guid supplierId) =>
        _declarations.Where(d => d.EvaluatorId == evaluatorId && d.SupplierId == supplierId).MaxBy(d => d.Sequence);

    public bool HasDeclaredForEveryBidder(string evaluatorId) => _bids.All(b => LatestDeclaration(evaluatorId, b.SupplierId) is not null);

    public bool HasConflict(string evaluatorId, Guid supplierId) => LatestDeclaration(evaluatorId, supplierId) is { HasConflict: true };

    /// <summary>
    /// Whether an evaluator may see anything of this bidder's response: only once they have declared for every bidder, and
    /// not if they declared a conflict with this one.
    /// </summary>
    public bool MaySee(string evaluatorId, Guid supplierId) => HasDeclaredForEveryBidder(evaluatorId) && !HasConflict(evaluatorId, supplierId);

    /// <summary>Why an evaluator may not see this bidder's response, in words for them; null when they may.</summary>
    public string? WhyNotVisible(string evaluatorId, Guid supplierId)
    {
        if (AssignmentOf(evaluatorId) is null) return "You are not on this tender's evaluation panel.";
        if (!HasDeclaredForEveryBidder(evaluatorId))
            return "Declare any conflict of interest for every bidder before you see any response.";
        return HasConflict(evaluatorId, supplierId)
            ? $"You declared a conflict of interest with {_bids.First(b => b.SupplierId == supplierId).SupplierName}, so its response is kept from you."
            : null;
    }

    /// <summary>Records pass or fail on every compliance question of one bid; each fail needs its reason. Refused once moderation opens.</summary>
    public void RecordCompliance(Actor officer, Guid responseId, IReadOnlyList<ComplianceInput> findings, DateTimeOffset at)
    {
        RequireProcurementOfficer(officer, "record compliance");
        RequireBeforeModeration("change compliance findings");
        var bid = Bid(responseId);
        if (findings.Count != ComplianceQuestionCount)
            throw new DomainRuleException($"Record pass or fail on all {ComplianceQuestionCount} compliance question(s).");
        var checks = findings.Select((finding, index) => new ComplianceCheck(_complianceChecks.Count + index + 1, responseId, index, finding.Passed,
            finding.Passed ? finding.Reason?.Trim() ?? "" : RequireText(finding.Reason, $"Give the reason compliance question {index + 1} fails."),
            officer.UserId, officer.DisplayName, at)).ToList();
        _complianceChecks.AddRange(checks);
        var failed = checks.Where(c => !c.Passed).ToList();
        Record(officer, at, "ComplianceRecorded", failed.Count == 0
            ? $"{bid.SupplierName} passed compliance"
            : $"{bid.SupplierName} failed compliance and is excluded", reason: ExclusionReason(responseId));
    }

    /// <summary>The latest finding on each compliance question of a bid; empty until it has been checked.</summary>
    public IReadOnlyList<ComplianceCheck> ComplianceOf(Guid responseId) =>
        _complianceChecks.Where(c => c.ResponseId == responseId).GroupBy(c => c.QuestionIndex)
            .Select(g => g.MaxBy(c => c.Sequence)!).OrderBy(c => c.QuestionIndex).ToList();

    public bool ComplianceChecked(Guid responseId) => ComplianceOf(responseId).Count == ComplianceQuestionCount;

    /// <summary>Why a bid was excluded at compliance (each failed question with its reason); null while it has not failed.</summary>
    public string? ExclusionReason(Guid responseId)
    {
        var failed = ComplianceOf(responseId).Where(c => !c.Passed).ToList();
        return failed.Count == 0 ? null
            : "Failed compliance: " + string.Join("; ", failed.Select(c => $"question {c.QuestionIndex + 1}: {c.Reason.TrimEnd('.')}")) + ".";
    }

    public bool IsExcluded(Guid responseId) => ExclusionReason(responseId) is not null;

    /// <summary>An evaluator scores one assigned criterion of one bid they may see, 0 to 5 with a justification; they may change it until moderation opens.</summary>
    public void Score(Actor evaluator, Guid responseId, string criterionKey, int score, string? justification, DateTimeOffset at)
    {
        var assignment = RequirePanelMember(evaluator);
        RequireBeforeModeration("change individual scores");
        var bid = Bid(responseId);
        if (WhyNotVisible(evaluator.UserId, bid.SupplierId) is { } hidden) throw new DomainRuleException(hidden);
        if (IsExcluded(responseId)) throw new DomainRuleException($"{bid.SupplierName} was excluded at compliance, so its response is not scored.");
        if (!assignment.Covers(criterionKey)) throw new DomainRuleException($"{criterionKey} is not one of the criteria assigned to you.");
        RequireScore(score);
        var text = RequireText(justification, "Write a justification for your score.");
        var existing = _scores.FirstOrDefault(s => s.EvaluatorId == evaluator.UserId && s.ResponseId == responseId && s.CriterionKey == criterionKey);
        if (existing is null)
        {
            _scores.Add(new IndividualScore(evaluator.UserId, assignment.EvaluatorName, responseId, criterionKey, score, text, at));
            Record(evaluator, at, "ScoreRecorded", $"{assignment.EvaluatorName} scored {criterionKey} for {bid.SupplierName}");
            return;
        }
        if (existing.Score == score && existing.Justification == text) return;
        existing.Change(score, text, at);
        Record(evaluator, at, "ScoreChanged", $"{assignment.EvaluatorName} changed their score of {criterionKey} for {bid.SupplierName}");
    }

    /// <summary>
    /// The scores a person may see: before moderation opens, only their own; afterwards, those of every evaluator free of a
    /// conflict with the bidder.
    /// </summary>
    public IReadOnlyList<IndividualScore> ScoresVisibleTo(string userId) => ModerationOpen
        ? _scores.Where(s => !HasConflict(s.EvaluatorId, Bid(s.ResponseId).SupplierId)).ToList()
        : _scores.Where(s => s.EvaluatorId == userId).ToList();

    /// <summary>The bids an evaluator must score (neither excluded nor kept from them) and the criteria assigned to them.</summary>
    public IEnumerable<(EvaluatedBid Bid, string CriterionKey)> WorkOf(PanelAssignment assignment) =>
        from bid in _bids
        where !IsExcluded(bid.ResponseId) && !HasConflict(assignment.EvaluatorId, bid.SupplierId)
        from key in assignment.CriteriaKeys
        select (bid, key);

    public bool HasScored(string evaluatorId, Guid responseId, string criterionKey) =>
        _scores.Any(s => s.EvaluatorId == evaluatorId && s.ResponseId == responseId && s.CriterionKey == criterionKey);

    private PanelAssignment RequirePanelMember(Actor evaluator)
    {
        if (!evaluator.IsInRole(Roles.Evaluator)) throw new DomainRuleException("Only evaluators on the panel declare conflicts and score.");
        return AssignmentOf(evaluator.UserId) ?? throw new DomainRuleException("You are not on this tender's evaluation panel.");
    }
}

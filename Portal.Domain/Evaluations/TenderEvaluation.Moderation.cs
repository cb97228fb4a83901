using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Evaluations;

/// <summary>Opening moderation, the moderator's consensus scores, and the moderated sheet they make.</summary>
public sealed partial class TenderEvaluation
{
    private const int MissingListed = 12;

    /// <summary>What still stops moderation opening, in words for the procurement officer; empty when it can open.</summary>
    public IReadOnlyList<string> MissingBeforeModeration()
    {
        var missing = new List<string>();
        if (_panel.Count == 0) missing.Add("No evaluator has been assigned.");
        foreach (var key in CriteriaKeys.Where(k => _panel.All(p => !p.Covers(k))))
            missing.Add($"No evaluator is assigned to {key}.");
        foreach (var bid in _bids.Where(b => !ComplianceChecked(b.ResponseId)))
            missing.Add($"Compliance has not been recorded for {bid.SupplierName}.");
        foreach (var assignment in _panel)
        {
            if (!HasDeclaredForEveryBidder(assignment.EvaluatorId))
            {
                missing.Add($"{assignment.EvaluatorName} has not declared conflicts of interest for every bidder.");
                continue;
            }
            var unscored = WorkOf(assignment).Where(w => !HasScored(assignment.EvaluatorId, w.Bid.ResponseId, w.CriterionKey))
                .GroupBy(w => w.Bid.SupplierName).Select(g => $"{assignment.EvaluatorName} has not scored {string.Join(", ", g.Select(w => w.CriterionKey))} for {g.Key}.");
            missing.AddRange(unscored);
        }
        if (missing.Count == 0)
        {
            foreach (var bid in CompliantBids())
            foreach (var key in CriteriaKeys.Where(k => !_panel.Any(p => p.Covers(k) && !HasConflict(p.EvaluatorId, bid.SupplierId))))
                missing.Add($"Every evaluator assigned to {key} declared a conflict with {bid.SupplierName}: assign another evaluator to score it.");
        }
        return missing;
    }

    /// <summary>Opens moderation once every assigned evaluator has scored all their work; from then on individual scores are fixed.</summary>
    public void OpenModeration(Actor officer, DateTimeOffset at)
    {
        RequireProcurementOfficer(officer, "open moderation");
        if (ModerationOpen) throw new DomainRuleException($"Moderation is already open: {ModerationOpenedByName} opened it on {UkTime.Format(ModerationOpenedAt!.Value)}.");
        var missing = MissingBeforeModeration();
        if (missing.Count > 0)
            throw new DomainRuleException("Moderation cannot open yet. " + string.Join(" ", missing.Take(MissingListed))
                + (missing.Count > MissingListed ? $" And {missing.Count - MissingListed} more." : ""));
        ModerationOpenedAt = at;
        ModerationOpenedByName = officer.DisplayName;
        Record(officer, at, "ModerationOpened", "Moderation opened: individual scores are now fixed and visible to the moderator");
    }

    /// <summary>The latest consensus for one criterion of one bid, or null before any.</summary>
    public ModerationEntry? Moderated(Guid responseId, string criterionKey) =>
        _moderations.Where(m => m.ResponseId == responseId && m.CriterionKey == criterionKey).MaxBy(m => m.Version);

    /// <summary>
    /// The moderator's consensus score and rationale. <paramref name="expectedVersion"/> is the version of the consensus the
    /// moderator's page showed (0 when none): if someone has saved since, the page is stale and the save is refused, so no
    /// one overwrites a consensus they have not read. A deliberate revision from a fresh page adds a new version.
    /// </summary>
    public void Moderate(Actor moderator, Guid responseId, string criterionKey, int score, string? rationale, int expectedVersion, DateTimeOffset at)
    {
        RequireProcurementOfficer(moderator, "moderate scores");
        if (!ModerationOpen) throw new DomainRuleException("Moderation has not opened yet.");
        var bid = Bid(responseId);
        if (!CriteriaKeys.Contains(criterionKey)) throw new DomainRuleException($"\"{criterionKey}\" is not a criterion scored by the panel.");
        if (IsExcluded(responseId)) throw new DomainRuleException($"{bid.SupplierName} was excluded at compliance, so its response is not moderated.");
        RequireScore(score);
        var text = RequireText(rationale, "Give the rationale for the consensus score.");
        var latest = Moderated(responseId, criterionKey);
        if ((latest?.Version ?? 0) != expectedVersion)
            throw new StaleModerationException(latest is null
                ? $"The consensus for {criterionKey} of {bid.SupplierName} was withdrawn while your page was open. Reload the page."
                : $"{latest.ModeratorName} recorded a consensus of {latest.Score} for {criterionKey} of {bid.SupplierName} at {UkTime.Format(latest.ModeratedAt)}, " +
                  "after your page loaded. Reload to read it before you revise it; your own entry was not saved.");
        _moderations.Add(new ModerationEntry(responseId, criterionKey, expectedVersion + 1, score, text, moderator.UserId, moderator.DisplayName, at));
        Record(moderator, at, latest is null ? "ScoreModerated" : "ModerationRevised",
            $"{moderator.DisplayName} {(latest is null ? "moderated" : "revised the moderated score of")} {criterionKey} for {bid.SupplierName}: {score}",
            reason: text, before: latest is null ? null : new { latest.Score, latest.Version }, after: new { Score = score, Version = expectedVersion + 1 });
    }

    public IEnumerable<EvaluatedBid> CompliantBids() => _bids.Where(b => !IsExcluded(b.ResponseId));

    /// <summary>Every bid's compliance recorded, and every compliant bid moderated on every scored criterion.</summary>
    public bool AllModerated => ModerationOpen && _bids.All(b => ComplianceChecked(b.ResponseId))
        && CompliantBids().All(b => CriteriaKeys.All(k => Moderated(b.ResponseId, k) is not null));

    /// <summary>The latest consensus of every criterion moderated so far for a bid, in the criteria's order.</summary>
    public IReadOnlyList<ModeratedScore> ModeratedScoresOf(Guid responseId) =>
        CriteriaKeys.Select(k => Moderated(responseId, k)).OfType<ModerationEntry>()
            .Select(m => new ModeratedScore(m.CriterionKey, m.Score, m.Rationale)).ToList();
}

/// <summary>A moderation saved from a page loaded before someone else's: refused so that nothing recorded is overwritten unread.</summary>
public sealed class StaleModerationException(string message) : DomainRuleException(message);

using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Evaluations.Results;

public enum RecommendationStatus { AwaitingApproval, Approved, Rejected }

/// <summary>The approver a recommendation names: the only person who may approve or reject it.</summary>
public sealed record NamedApprover(string UserId, string Name, ApproverPosition? Position);

/// <summary>
/// A procurement officer's recommendation of the bid to award, once moderation is complete, with a rationale and a named
/// approver. Recommending a bid other than the one ranked first needs a reason for departing from the ranking. Only the
/// named approver may approve it, and only as it stands on the results it was made on; a rejection gives a reason and
/// lets the officer revise and submit it again. One per commission: a revision replaces the recommendation in place
/// (the audit trail keeps each version).
/// </summary>
public sealed class AwardRecommendation
{
    public const int TextMaxLength = 4_000;

    private AwardRecommendation() { }

    public static AwardRecommendation Recommend(Guid commissionId, EvaluationResults results, bool moderationComplete, Guid responseId,
        string rationale, string? departureReason, NamedApprover approver, Actor actor, DateTimeOffset at)
    {
        var recommendation = new AwardRecommendation { Id = Guid.NewGuid(), CommissionId = commissionId };
        recommendation.Apply(results, moderationComplete, responseId, rationale, departureReason, approver, actor, at);
        return recommendation;
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid ResponseId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public int RankOfRecommended { get; private set; }
    public string Rationale { get; private set; } = "";

    /// <summary>Why a bid other than the one ranked first is recommended; none when the first is.</summary>
    public string? DepartureReason { get; private set; }

    /// <summary>The results the recommendation was made on (<see cref="FingerprintOf"/>): if they change, it is stale.</summary>
    public string ResultsFingerprint { get; private set; } = "";

    public string RecommendedByUserId { get; private set; } = "";
    public string RecommendedByName { get; private set; } = "";
    public DateTimeOffset RecommendedAt { get; private set; }
    public string ApproverUserId { get; private set; } = "";
    public string ApproverName { get; private set; } = "";
    public ApproverPosition? ApproverPosition { get; private set; }
    public RecommendationStatus Status { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }

    /// <summary>Counts submissions: the approver acts on the version their page showed, never on a later one unseen.</summary>
    public int Version { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public bool DepartsFromRanking => DepartureReason is not null;

    /// <summary>Submits a changed recommendation after a rejection (or before a decision), for the approver it names.</summary>
    public void Revise(EvaluationResults results, bool moderationComplete, Guid responseId, string rationale, string? departureReason,
        NamedApprover approver, Actor actor, DateTimeOffset at)
    {
        if (Status == RecommendationStatus.Approved)
            throw new DomainRuleException($"The recommendation was approved by {ApproverName} on {UkTime.Format(DecidedAt)}; it can no longer be changed.");
        Apply(results, moderationComplete, responseId, rationale, departureReason, approver, actor, at);
    }

    public void Approve(Actor actor, int seenVersion, EvaluationResults currentResults, DateTimeOffset at)
    {
        RequireDecisionBy(actor, seenVersion, currentResults, "approve");
        Status = RecommendationStatus.Approved;
        DecidedAt = at;
        RejectionReason = null;
        ConcurrencyToken = Guid.NewGuid();
    }

    public void Reject(Actor actor, int seenVersion, EvaluationResults currentResults, string reason, DateTimeOffset at)
    {
        RequireDecisionBy(actor, seenVersion, currentResults, "reject");
        RejectionReason = RequireText(reason, "Give the reason for rejecting the recommendation, so the procurement officer can revise it");
        Status = RecommendationStatus.Rejected;
        DecidedAt = at;
        ConcurrencyToken = Guid.NewGuid();
    }

    public ApprovedRecommendation? ToApproved() => Status == RecommendationStatus.Approved
        ? new ApprovedRecommendation(ResponseId, SupplierId, SupplierName, DepartsFromRanking ? $"{Rationale}\n\nDeparture from the ranking: {DepartureReason}" : Rationale,
            ApproverName, DecidedAt!.Value)
        : null;

    /// <summary>A digest of what decides an award (each bid's exclusion, scores, totals and rank): equal digests, equal results.</summary>
    public static string FingerprintOf(EvaluationResults results)
    {
        var lines = results.Bidders.OrderBy(b => b.ResponseId).Select(b =>
            $"{b.ResponseId:N}|{b.ExclusionReason}|{b.Rank}|{b.TotalScore:0.00}|{b.QualityScore:0.00}|{b.SocialValueScore:0.00}|{b.PriceScore:0.00}|"
            + string.Join(",", b.Criteria.Select(c => $"{c.CriterionKey}={c.Score}")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
    }

    private void Apply(EvaluationResults results, bool moderationComplete, Guid responseId, string rationale, string? departureReason,
        NamedApprover approver, Actor actor, DateTimeOffset at)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer)) throw new DomainRuleException("Only a procurement officer can recommend an award.");
        if (!moderationComplete)
            throw new DomainRuleException("Moderation is not complete: every compliant bid must be moderated before an award can be recommended.");
        var bid = results.Bidders.FirstOrDefault(b => b.ResponseId == responseId)
            ?? throw new DomainRuleException("Choose a bid from the evaluation results to recommend.");
        if (bid.Rank is not { } rank) throw new DomainRuleException($"{bid.SupplierName}'s bid was excluded ({bid.ExclusionReason}); it cannot be recommended.");
        var text = RequireText(rationale, "Give the rationale for the recommendation");
        string? departure = null;
        if (rank != 1)
        {
            var first = string.Join(" and ", results.Ranked.Where(b => b.Rank == 1).Select(b => b.SupplierName));
            departure = RequireText(departureReason,
                $"{bid.SupplierName} is ranked {rank}, not first ({first} is); give the reason for departing from the ranking");
        }
        if (string.IsNullOrWhiteSpace(approver.UserId)) throw new DomainRuleException("Name the approver who is to approve the recommendation.");
        if (approver.UserId == actor.UserId) throw new DomainRuleException("Name someone other than yourself to approve the recommendation.");

        ResponseId = bid.ResponseId;
        SupplierId = bid.SupplierId;
        SupplierName = bid.SupplierName;
        RankOfRecommended = rank;
        Rationale = text;
        DepartureReason = departure;
        ResultsFingerprint = FingerprintOf(results);
        RecommendedByUserId = actor.UserId;
        RecommendedByName = actor.DisplayName;
        RecommendedAt = at;
        ApproverUserId = approver.UserId;
        ApproverName = approver.Name;
        ApproverPosition = approver.Position;
        Status = RecommendationStatus.AwaitingApproval;
        DecidedAt = null;
        RejectionReason = null;
        Version++;
        ConcurrencyToken = Guid.NewGuid();
    }

    private void RequireDecisionBy(Actor actor, int seenVersion, EvaluationResults currentResults, string doing)
    {
        if (actor.UserId != ApproverUserId)
            throw new DomainRuleException($"Only {ApproverName}, the approver named in the recommendation, can {doing} it.");
        if (Status == RecommendationStatus.Approved) throw new DomainRuleException($"You approved this recommendation on {UkTime.Format(DecidedAt)}.");
        if (Status == RecommendationStatus.Rejected)
            throw new DomainRuleException("You rejected this recommendation; it waits for the procurement officer to revise it.");
        if (seenVersion != Version)
            throw new DomainRuleException("The recommendation was changed after you opened it. Reload the page and read the current recommendation before you decide.");
        if (FingerprintOf(currentResults) != ResultsFingerprint)
            throw new DomainRuleException("The evaluation results have changed since this recommendation was made, so it is out of date. " +
                                          "The procurement officer must recommend again on the current results.");
    }

    private static string RequireText(string? text, string instruction)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException(instruction + ".");
        var trimmed = text.Trim();
        if (trimmed.Length > TextMaxLength) throw new DomainRuleException($"Keep it to {TextMaxLength:N0} characters.");
        return trimmed;
    }
}

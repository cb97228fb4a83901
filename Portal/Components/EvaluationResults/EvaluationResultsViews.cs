using Portal.Domain.Commissions;
using Portal.Domain.Evaluations.Clarifications;
using Portal.Domain.Evaluations.Results;
using Portal.Domain.Identity;

namespace Portal.Components.EvaluationResults;

/// <summary>An approver the officer may name: a person in the Approver role, shown by name and position.</summary>
public sealed record ApproverChoice(string UserId, string Name, ApproverPosition? Position)
{
    public string Label => Position is { } position ? $"{Name} ({position.Describe()})" : Name;
}

public sealed record RecommendationView(Guid ResponseId, string SupplierName, int Rank, string Rationale, string? DepartureReason,
    string RecommendedByName, DateTimeOffset RecommendedAt, string ApproverUserId, string ApproverName, ApproverPosition? ApproverPosition,
    RecommendationStatus Status, DateTimeOffset? DecidedAt, string? RejectionReason, int Version)
{
    public static RecommendationView Of(AwardRecommendation r) => new(r.ResponseId, r.SupplierName, r.RankOfRecommended, r.Rationale,
        r.DepartureReason, r.RecommendedByName, r.RecommendedAt, r.ApproverUserId, r.ApproverName, r.ApproverPosition, r.Status, r.DecidedAt,
        r.RejectionReason, r.Version);

    public string ApproverLabel => ApproverPosition is { } position ? $"{ApproverName} ({position.Describe()})" : ApproverName;
}

public sealed record ClarificationView(Guid Id, string Reference, string SupplierName, string Question, DateTimeOffset RespondBy,
    string SentByName, DateTimeOffset SentAt, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredByName, bool Overdue)
{
    public static ClarificationView Of(PostTenderClarification c, DateTimeOffset now) => new(c.Id, c.Reference, c.SupplierName, c.Question,
        c.RespondBy, c.SentByName, c.SentAt, c.Answer, c.AnsweredAt, c.AnsweredByName, c.IsOverdue(now));
}

/// <summary>Everything the results page, the report and the recommendation panel show for one commission.</summary>
public sealed record EvaluationResultsView(
    Guid CommissionId,
    string Reference,
    string Title,
    CommissionState State,
    bool HasSheet,
    bool ModerationComplete,
    Domain.Evaluations.EvaluationResults Results,
    decimal AbnormallyLowPercent,
    Domain.Tendering.IttContent Itt,
    IReadOnlyList<ClarificationView> Clarifications,
    RecommendationView? Recommendation,
    IReadOnlyList<ApproverChoice> Approvers,
    bool CanRecommend,
    bool CanDecide,
    bool CanSendClarifications);

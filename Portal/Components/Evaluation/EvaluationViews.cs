using Portal.Domain.Commissions;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;

namespace Portal.Components.Evaluation;

/// <summary>A criterion the panel scores, with the words a page shows for it.</summary>
public sealed record CriterionView(string Key, string Title, string Question, IReadOnlyList<string> Descriptors, int WeightPercent)
{
    public static IReadOnlyList<CriterionView> For(IttContent itt, IEnumerable<string> keys) => keys.Select(key => Criterion.FromKey(key) switch
    {
        { Kind: CriterionKind.Quality, QuestionIndex: var i } when i < itt.QualityQuestions.Count => new CriterionView(key,
            $"{key} · quality question {i + 1}", itt.QualityQuestions[i].Text, itt.QualityQuestions[i].Descriptors, itt.QualityQuestions[i].WeightingPercent),
        _ => new CriterionView(key, $"{key} · social value", "The bidder's social value commitment.", SocialValueDescriptors,
            itt.SocialValueWeightingPercent),
    }).ToList();

    private static readonly IReadOnlyList<string> SocialValueDescriptors =
    [
        "No commitment, or one unrelated to the service.",
        "Poor: vague commitments with no measures.",
        "Weak: some relevant commitments, few measures or dates.",
        "Satisfactory: relevant commitments with measures.",
        "Good: specific, measured and local commitments with delivery dates.",
        "Excellent: specific, measured, local commitments with evidence of delivery elsewhere.",
    ];
}

/// <summary>Where one bid stands: its compliance and how much of it has been moderated.</summary>
public sealed record BidStatusView(Guid ResponseId, string SupplierName, bool ComplianceChecked, string? ExclusionReason, int Moderated, int Criteria);

/// <summary>One evaluator on the panel: what they score, whether they have declared, how far they have got.</summary>
public sealed record PanelMemberView(string EvaluatorId, string Name, IReadOnlyList<string> Criteria, bool Declared, int Conflicts, int Scored,
    int ToScore, bool HasScored);

/// <summary>A bid as the signed-in evaluator's work list shows it.</summary>
public sealed record MyBidView(Guid ResponseId, string SupplierName, string? KeptBecause, int Scored, int ToScore);

/// <summary>The evaluation's front page.</summary>
public sealed record EvaluationOverview(Guid CommissionId, string Reference, string Title, CommissionState State,
    IReadOnlyList<BidStatusView> Bids, IReadOnlyList<PanelMemberView> Panel, IReadOnlyList<CriterionView> Criteria,
    bool ModerationOpen, string? ModerationOpenedBy, DateTimeOffset? ModerationOpenedAt, IReadOnlyList<string> MissingBeforeModeration,
    bool AllModerated, bool MayManage, bool OnPanel, bool Declared, IReadOnlyList<string> MyCriteria, IReadOnlyList<MyBidView> MyBids,
    IReadOnlyList<ConflictDeclaration> Declarations);

/// <summary>A person who may be put on the panel.</summary>
public sealed record EvaluatorOption(string UserId, string Name, string Email);

public sealed record PanelView(Guid CommissionId, string Reference, string Title, IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<PanelMemberView> Panel, IReadOnlyList<EvaluatorOption> Evaluators, bool Locked);

/// <summary>The bidders an evaluator declares about, and what they have declared so far (the latest for each, then every entry).</summary>
public sealed record DeclarationsView(Guid CommissionId, string Reference, string Title, IReadOnlyList<BidderToDeclare> Bidders,
    IReadOnlyList<ConflictDeclaration> History, bool DeclaredForEveryBidder);

public sealed record BidderToDeclare(Guid SupplierId, string SupplierName, bool? HasConflict, string Details);

/// <summary>One bid's compliance answers beside the officer's findings.</summary>
public sealed record ComplianceView(Guid CommissionId, string Reference, string Title, Guid ResponseId, string SupplierName,
    IReadOnlyList<ComplianceQuestionView> Questions, bool Locked, IReadOnlyList<BidStatusView> Bids);

public sealed record ComplianceQuestionView(int Index, string Question, ComplianceAnswer Answer, ComplianceCheck? Finding);

/// <summary>One bid as its evaluator scores it: each assigned criterion with the answer, the descriptors and their own score.</summary>
public sealed record ScoringView(Guid CommissionId, string Reference, string Title, Guid ResponseId, string SupplierName,
    IReadOnlyList<ScoringCriterionView> Criteria, IReadOnlyList<MyBidView> MyBids, bool Locked);

public sealed record ScoringCriterionView(CriterionView Criterion, string Answer, int WordLimit, IReadOnlyList<ResponseFile> Files, int? Score,
    string Justification, DateTimeOffset? ScoredAt);

/// <summary>Every evaluator's scores side by side, per bid and criterion, with the consensus so far.</summary>
public sealed record ModerationView(Guid CommissionId, string Reference, string Title, bool Open, string? OpenedBy, DateTimeOffset? OpenedAt,
    IReadOnlyList<string> Missing, IReadOnlyList<ModerationBidView> Bids, bool AllModerated);

public sealed record ModerationBidView(Guid ResponseId, string SupplierName, string? ExclusionReason, IReadOnlyList<ModerationItemView> Items);

public sealed record ModerationItemView(CriterionView Criterion, IReadOnlyList<IndividualScore> Scores, ModerationEntry? Consensus,
    IReadOnlyList<ModerationEntry> Earlier);

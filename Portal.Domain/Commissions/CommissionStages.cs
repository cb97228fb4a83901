namespace Portal.Domain.Commissions;

/// <summary>The stages a person sees on the commission's stepper, and how each state reads in words.</summary>
public enum CommissionStage
{
    DecisionNote,
    EqualityAssessment,
    Itt,
    Clarifications,
    TenderBox,
    Evaluation,
    Standstill,
    Award,
    Mobilisation,
    ContractManagement,
}

public static class CommissionStages
{
    public static IReadOnlyList<CommissionStage> InOrder { get; } = Enum.GetValues<CommissionStage>();

    /// <summary>The stage a state sits in; a terminal state has none.</summary>
    public static CommissionStage? StageOf(CommissionState state) => state switch
    {
        CommissionState.DecisionNoteDraft or CommissionState.AwaitingDecision => CommissionStage.DecisionNote,
        CommissionState.EqualityAssessment => CommissionStage.EqualityAssessment,
        CommissionState.IttPreparation => CommissionStage.Itt,
        CommissionState.ClarificationPeriod => CommissionStage.Clarifications,
        CommissionState.TenderPeriod or CommissionState.Opening => CommissionStage.TenderBox,
        CommissionState.Evaluation => CommissionStage.Evaluation,
        CommissionState.Standstill or CommissionState.Suspended => CommissionStage.Standstill,
        CommissionState.Awarded => CommissionStage.Award,
        CommissionState.Mobilisation => CommissionStage.Mobilisation,
        CommissionState.ContractManagement => CommissionStage.ContractManagement,
        _ => null,
    };

    public static string Describe(this CommissionStage stage) => stage switch
    {
        CommissionStage.DecisionNote => "Decision note",
        CommissionStage.EqualityAssessment => "Equality impact assessment",
        CommissionStage.Itt => "Invitation to tender",
        CommissionStage.Clarifications => "Clarifications",
        CommissionStage.TenderBox => "Tender box",
        CommissionStage.Evaluation => "Evaluation",
        CommissionStage.Standstill => "Standstill",
        CommissionStage.Award => "Award",
        CommissionStage.Mobilisation => "Mobilisation",
        _ => "Contract management",
    };

    public static string DescribeState(CommissionState state) => state switch
    {
        CommissionState.DecisionNoteDraft => "decision note draft",
        CommissionState.AwaitingDecision => "awaiting decision",
        CommissionState.EqualityAssessment => "equality impact assessment",
        CommissionState.IttPreparation => "ITT preparation",
        CommissionState.ClarificationPeriod => "clarification period",
        CommissionState.TenderPeriod => "tender period",
        CommissionState.Opening => "tender opening",
        CommissionState.Evaluation => "evaluation",
        CommissionState.Standstill => "standstill",
        CommissionState.Suspended => "suspended (challenge open)",
        CommissionState.Awarded => "awarded",
        CommissionState.Mobilisation => "mobilisation",
        CommissionState.ContractManagement => "contract management",
        CommissionState.Closed => "closed",
        CommissionState.Declined => "declined",
        CommissionState.Cancelled => "cancelled",
        _ => "closed as unsuccessful",
    };

    public static string Title(CommissionState state)
    {
        var text = DescribeState(state);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}

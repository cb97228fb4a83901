namespace Portal.Domain.Commissions;

public enum CommissionState
{
    DecisionNoteDraft,
    AwaitingDecision,
    EqualityAssessment,
    IttPreparation,
    ClarificationPeriod,
    TenderPeriod,
    Opening,
    Evaluation,
    Standstill,
    Suspended,
    Awarded,
    Mobilisation,
    ContractManagement,
    Closed,
    Declined,
    Cancelled,
    Unsuccessful,
}

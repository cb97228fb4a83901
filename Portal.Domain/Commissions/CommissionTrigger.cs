namespace Portal.Domain.Commissions;

public enum CommissionTrigger
{
    SubmitForDecision,
    Approve,
    ReturnForChanges,
    Decline,
    PassEqualityAssessment,
    IssueItt,
    ClarificationDeadlinePassed,
    TenderDeadlinePassed,
    OpenTenders,
    CloseAsUnsuccessful,
    IssueIntentionToAward,
    ConfirmAward,
    ReceiveChallenge,
    RestartStandstill,
    CancelAfterChallenge,
    StartMobilisation,
    CommenceService,
    TakeExtension,
    CloseContract,
    Cancel,
}

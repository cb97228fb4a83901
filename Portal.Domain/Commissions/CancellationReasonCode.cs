namespace Portal.Domain.Commissions;

public enum CancellationReasonCode
{
    NeedNoLongerExists,
    FundingWithdrawn,
    RequirementChanged,
    ChallengeUpheld,
    NoAffordableBid,
    Other,
}

public static class CancellationReasonCodes
{
    public static string Describe(this CancellationReasonCode code) => code switch
    {
        CancellationReasonCode.NeedNoLongerExists => "The need no longer exists",
        CancellationReasonCode.FundingWithdrawn => "Funding withdrawn",
        CancellationReasonCode.RequirementChanged => "The requirement has changed materially",
        CancellationReasonCode.ChallengeUpheld => "A challenge was upheld",
        CancellationReasonCode.NoAffordableBid => "No affordable or acceptable bid",
        _ => "Other (see reason)",
    };
}

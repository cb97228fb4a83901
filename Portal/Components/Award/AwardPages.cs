using Portal.Domain.Commissions;

namespace Portal.Components.Award;

/// <summary>Where the award stage's pages live, and which commission moves they make (the generic moves panel sends the user there).</summary>
public static class AwardPages
{
    public static string IntentionToAward(Guid commissionId) => $"/commissions/{commissionId}/award";

    public static string Standstill(Guid commissionId) => $"/commissions/{commissionId}/standstill";

    public static string ConfirmAward(Guid commissionId) => $"/commissions/{commissionId}/award/confirm";

    /// <summary>A bidder's own outcome letter for a tender.</summary>
    public static string Outcome(Guid ittId) => $"/tenders/{ittId}/outcome";

    /// <summary>The page that makes this move with what it needs (letters, the standstill, a challenge's details, the contract's terms), or null.</summary>
    public static string? For(CommissionTrigger trigger, Guid commissionId) => trigger switch
    {
        CommissionTrigger.IssueIntentionToAward => IntentionToAward(commissionId),
        CommissionTrigger.ConfirmAward => ConfirmAward(commissionId),
        CommissionTrigger.ReceiveChallenge or CommissionTrigger.RestartStandstill or CommissionTrigger.CancelAfterChallenge => Standstill(commissionId),
        _ => null,
    };

    public static string MakeMoveThereMessage(CommissionTrigger trigger) => trigger switch
    {
        CommissionTrigger.IssueIntentionToAward =>
            "Issue the intention to award from its page, which writes every bidder's assessment summary and computes the standstill.",
        CommissionTrigger.ConfirmAward => "Confirm the award from its page, which creates the contract with its terms.",
        _ => "Record and resolve challenges from the standstill page, which keeps their details and computes any restarted standstill.",
    };
}

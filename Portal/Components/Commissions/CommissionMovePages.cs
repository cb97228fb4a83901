using Portal.Components.Award;
using Portal.Components.Contracts;
using Portal.Domain.Commissions;

namespace Portal.Components.Commissions;

/// <summary>
/// The moves made on a page of their own, which supplies what the move needs: the commission page sends the user there, and the
/// commission service refuses them. Opening tenders is the tender box's; the award's moves are the award pages'; taking an
/// extension and closing are the contract page's once the contract was made in the portal.
/// </summary>
public static class CommissionMovePages
{
    public static string TenderBox(Guid commissionId) => $"/commissions/{commissionId}/tender-box";

    /// <summary>The page that makes this move, or null when the commission page makes it itself.</summary>
    public static string? For(CommissionTrigger trigger, Guid commissionId, bool hasContract) => trigger switch
    {
        CommissionTrigger.OpenTenders => TenderBox(commissionId),
        CommissionTrigger.TakeExtension or CommissionTrigger.CloseContract => hasContract ? ContractPaths.Contract(commissionId) : null,
        _ => AwardPages.For(trigger, commissionId),
    };

    public static string MakeMoveThereMessage(CommissionTrigger trigger) => trigger switch
    {
        CommissionTrigger.OpenTenders => CommissionService.OpenFromTheBoxMessage,
        CommissionTrigger.TakeExtension or CommissionTrigger.CloseContract => ContractPaths.MakeMoveThereMessage,
        _ => AwardPages.MakeMoveThereMessage(trigger),
    };
}

using Portal.Domain.Commissions;
using Portal.Domain.Identity;

namespace Portal.Domain.Mobilisation;

/// <summary>
/// Keeps the commission's mobilisation facts in step with its plan, so the state machine's guards pass only when the plan says so:
/// the contract's signature once its item is done (while the commission is awarded), and the DPIA and the count of mandatory
/// items not done while it is in mobilisation.
/// </summary>
public static class MobilisationFacts
{
    public static void KeepInStep(this MobilisationPlan plan, Commission commission, DateOnly contractEndsOn, Actor actor, DateTimeOffset at)
    {
        if (commission.State == CommissionState.Awarded && plan.ContractSigned && !commission.ContractSigned)
            commission.RecordContractSigned(actor, contractEndsOn, at);
        if (commission.State == CommissionState.Mobilisation
            && (commission.OutstandingMandatoryMobilisationItems != plan.OutstandingMandatoryItems || commission.DpiaCompleted != plan.DpiaCompleted))
            commission.RecordMobilisationProgress(actor, plan.OutstandingMandatoryItems, plan.DpiaCompleted, at);
    }
}

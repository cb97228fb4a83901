using Portal.Domain.Commissions;
using Portal.Domain.Identity;

namespace Portal.Components.EvaluationResults;

/// <summary>
/// Who reads a commission's evaluation results: the procurement officers who run the evaluation, the commissioning
/// officers who own the commission, and the approver named in its award recommendation. Evaluators score blind and do
/// not read the combined results; an administrator runs the portal, not tenders.
/// </summary>
public static class EvaluationResultsAccess
{
    public const string NotPermittedMessage =
        "Only procurement officers, commissioning officers and the approver named in the award recommendation can read the evaluation results.";

    public const string NotStartedMessage = "Evaluation has not started: results appear once the tender box is opened.";

    public static bool MayRead(Actor actor, string? namedApproverUserId) =>
        actor.IsInRole(Roles.ProcurementOfficer) || actor.IsInRole(Roles.CommissioningOfficer)
        || (namedApproverUserId is not null && actor.IsInRole(Roles.Approver) && actor.UserId == namedApproverUserId);

    public static bool HasResults(CommissionState state) => state is CommissionState.Evaluation or CommissionState.Standstill
        or CommissionState.Suspended or CommissionState.Awarded or CommissionState.Mobilisation or CommissionState.ContractManagement
        or CommissionState.Closed;
}

using Portal.Domain.Identity;

namespace Portal.Components.TenderBox;

/// <summary>
/// Who may read responses once the box is open: the procurement officers who run the tender, and the evaluators and
/// commissioning officers who assess it. An administrator runs the portal, not tenders, and never reads a response.
/// </summary>
public static class TenderBoxAccess
{
    public static bool MayReadOpenedResponses(Actor actor) =>
        actor.IsInRole(Roles.ProcurementOfficer) || actor.IsInRole(Roles.Evaluator) || actor.IsInRole(Roles.CommissioningOfficer);

    public const string SealedMessage =
        "The tender box is sealed: no one can read a response until the tender deadline has passed and two procurement officers have opened the box.";

    public const string NotPermittedMessage = "Only procurement officers, evaluators and commissioning officers can read tender responses.";
}

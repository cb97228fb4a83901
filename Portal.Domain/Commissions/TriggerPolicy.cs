using Portal.Domain.Identity;
using static Portal.Domain.Commissions.CommissionTrigger;

namespace Portal.Domain.Commissions;

/// <summary>Who may fire a trigger, how it is labelled, and what it asks of the user.</summary>
public sealed record TriggerPolicy(
    CommissionTrigger Trigger,
    string Label,
    IReadOnlyList<string> Roles,
    ApproverPosition? Position = null,
    bool NeedsReason = false,
    bool NeedsCancellationCode = false,
    bool NeedsDate = false,
    bool IsDestructive = false)
{
    public bool Allows(Actor actor) =>
        Roles.Any(actor.IsInRole) && (Position is null || actor.Position == Position);

    public string WhoMay => Position is { } position
        ? $"the {position.Describe()}"
        : string.Join(" or ", Roles.Select(r => r == Actor.SystemRole ? "the portal's scheduler" : Identity.Roles.DescribeOne(r)));

    private static readonly string[] Commissioning = [Identity.Roles.CommissioningOfficer];
    private static readonly string[] Procurement = [Identity.Roles.ProcurementOfficer];
    // An extension or early end takes effect when its named approver approves it, so the move is theirs.
    private static readonly string[] CommissioningOrApprover = [Identity.Roles.CommissioningOfficer, Identity.Roles.Approver];
    private static readonly string[] Scheduler = [Actor.SystemRole];

    private static readonly Dictionary<CommissionTrigger, TriggerPolicy> Policies = new TriggerPolicy[]
    {
        new(SubmitForDecision, "Submit for decision", Commissioning),
        new(Approve, "Approve", [Identity.Roles.Approver], ApproverPosition.Commissioner, NeedsReason: true),
        new(ReturnForChanges, "Return for changes", [Identity.Roles.Approver], ApproverPosition.Commissioner, NeedsReason: true),
        new(Decline, "Decline", [Identity.Roles.Approver], ApproverPosition.Commissioner, NeedsReason: true, IsDestructive: true),
        new(PassEqualityAssessment, "Pass EIA quality assurance", [Identity.Roles.EqualityLead]),
        new(IssueItt, "Issue ITT", Procurement),
        new(ClarificationDeadlinePassed, "Close clarifications", Scheduler),
        new(TenderDeadlinePassed, "Close the tender box", Scheduler),
        new(OpenTenders, "Open tenders", Procurement),
        new(CloseAsUnsuccessful, "Close as unsuccessful", Procurement, NeedsReason: true, IsDestructive: true),
        new(IssueIntentionToAward, "Issue intention to award", Procurement),
        new(ConfirmAward, "Confirm award", Procurement),
        new(ReceiveChallenge, "Record a challenge", Procurement, NeedsReason: true),
        new(RestartStandstill, "Resolve challenge: restart standstill", Procurement, NeedsReason: true, NeedsDate: true),
        new(CancelAfterChallenge, "Resolve challenge: cancel", Procurement, NeedsReason: true, IsDestructive: true),
        new(StartMobilisation, "Start mobilisation", Commissioning),
        new(CommenceService, "Commence service", Commissioning),
        new(TakeExtension, "Take an extension", CommissioningOrApprover, NeedsReason: true, NeedsDate: true),
        new(CloseContract, "Close the contract", CommissioningOrApprover, NeedsReason: true, IsDestructive: true),
        new(Cancel, "Cancel the commission", [Identity.Roles.CommissioningOfficer, Identity.Roles.ProcurementOfficer],
            NeedsReason: true, NeedsCancellationCode: true, IsDestructive: true),
    }.ToDictionary(p => p.Trigger);

    public static TriggerPolicy For(CommissionTrigger trigger) => Policies[trigger];
}

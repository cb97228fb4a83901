using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.EvaluationResults;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Contracts;

/// <summary>
/// A contract for the office: every office user may read it; its owner (the commission's owner) proposes extensions and early ends,
/// declines options, moves decide-by dates, records co-commissioning and closes it; only the approver a proposal names decides it.
/// Supplier users get nothing. Refused attempts are logged and audited.
/// </summary>
public sealed class ContractService(
    IDbContextFactory<PortalDbContext> contexts,
    ContractWriter writer,
    ContractSettings settings,
    OfficeIdentity office,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<ContractService> logger)
{
    public const string NoContractMessage = "This commission has no contract yet: a contract is made when its award is confirmed.";

    public async Task<OperationResult<ContractPageView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (await RefuseNonOfficeAsync(actor, commissionId) is { } refusal) return OperationResult<ContractPageView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commissionId, cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null) return OperationResult<ContractPageView>.From(OperationResult.NotFound());
        if (contract is null) return OperationResult<ContractPageView>.From(new OperationResult(OperationOutcome.NotFound, NoContractMessage));
        var hasPlan = await db.MobilisationPlans.AsNoTracking().AnyAsync(p => p.CommissionId == commissionId, cancellationToken);
        var approvers = await EvaluationResultsService.ApproversAsync(db, cancellationToken);
        return OperationResult<ContractPageView>.Ok(ContractPageViews.Build(contract, commission, actor, settings, office.Name, approvers, hasPlan,
            UkTime.DateOf(clock.GetUtcNow())));
    }


    public Task<OperationResult> ProposeExtensionAsync(Guid commissionId, Guid token, string approverId, string reason) =>
        AsOwnerAsync(commissionId, token, "proposing an extension", (actor, approvers) =>
        {
            var approver = Approver(approvers, approverId);
            return work =>
            {
                RequireManaged(work.Commission);
                var proposal = work.Contract.ProposeExtension(work.Owner, approver, reason, actor, work.At);
                work.Tell(new NotificationMessage($"Approve extension option {proposal.OptionNumber} for {work.Commission.Reference}",
                    $"{actor.DisplayName} asks you to approve taking extension option {proposal.OptionNumber} of \"{work.Commission.Title}\", to " +
                    $"{UkTime.LongDate(proposal.NewEndsOn)}. Reason: {proposal.Reason}", ContractPaths.Contract(commissionId)), approver.UserId);
            };
        });

    public Task<OperationResult> ProposeEarlyEndAsync(Guid commissionId, Guid token, string approverId, EarlyEndReason code, string reason, DateOnly lastDay) =>
        AsOwnerAsync(commissionId, token, "proposing an early end", (actor, approvers) =>
        {
            var approver = Approver(approvers, approverId);
            return work =>
            {
                RequireManaged(work.Commission);
                var proposal = work.Contract.ProposeEarlyEnd(work.Owner, approver, code, reason, lastDay, actor, work.At);
                work.Tell(new NotificationMessage($"Approve ending {work.Commission.Reference} early",
                    $"{actor.DisplayName} asks you to approve ending \"{work.Commission.Title}\" early, its last day {UkTime.LongDate(proposal.NewEndsOn)} " +
                    $"({code.Describe()}). Reason: {proposal.Reason}", ContractPaths.Contract(commissionId)), approver.UserId);
            };
        });

    public Task<OperationResult> ApproveAsync(Guid commissionId, Guid token, Guid proposalId, string note) =>
        AsNamedApproverAsync(commissionId, token, proposalId, "approval", (actor, work) =>
        {
            var proposal = work.Contract.Proposals.Single(p => p.Id == proposalId);
            var move = work.Contract.Approve(proposalId, note, actor, work.At);
            var approval = $"{proposal.Describe()} approved by {actor.DisplayName} on {UkTime.LongDate(work.At)}: {proposal.Reason}";
            if (move == CommissionMove.TakeExtension)
                work.MoveCommission(CommissionTrigger.TakeExtension, new TransitionRequest(actor, work.At, Capitalise(approval),
                    NewDate: new DateTimeOffset(work.Contract.CurrentEndsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
            else if (move == CommissionMove.CloseContract)
                work.MoveCommission(CommissionTrigger.CloseContract, new TransitionRequest(actor, work.At, Capitalise(approval)));
            work.Tell(new NotificationMessage($"Approved: {proposal.Describe()} ({work.Commission.Reference})",
                $"{actor.DisplayName} approved your proposal to {proposal.Describe()}. The contract now ends on {UkTime.LongDate(work.Contract.CurrentEndsOn)}.",
                ContractPaths.Contract(commissionId)), proposal.ProposedById);
        });

    public Task<OperationResult> RejectAsync(Guid commissionId, Guid token, Guid proposalId, string reason) =>
        AsNamedApproverAsync(commissionId, token, proposalId, "rejection", (actor, work) =>
        {
            var proposal = work.Contract.Proposals.Single(p => p.Id == proposalId);
            work.Contract.Reject(proposalId, reason, actor, work.At);
            work.Tell(new NotificationMessage($"Rejected: {proposal.Describe()} ({work.Commission.Reference})",
                $"{actor.DisplayName} rejected your proposal to {proposal.Describe()}. Reason: {proposal.DecisionNote}",
                ContractPaths.Contract(commissionId)), proposal.ProposedById);
        });

    public Task<OperationResult> WithdrawAsync(Guid commissionId, Guid token, Guid proposalId) =>
        AsOwnerAsync(commissionId, token, "withdrawing a proposal", (actor, _) =>
            work => work.Contract.Withdraw(work.Owner, proposalId, actor, work.At));

    public Task<OperationResult> DeclineOptionAsync(Guid commissionId, Guid token, int optionNumber, string reason) =>
        AsOwnerAsync(commissionId, token, "declining an extension option", (actor, _) => work =>
        {
            RequireManaged(work.Commission);
            work.Contract.DeclineOption(work.Owner, optionNumber, reason, actor, work.At);
        });

    public Task<OperationResult> MoveDecideByAsync(Guid commissionId, Guid token, int optionNumber, DateOnly decideBy, string reason) =>
        AsOwnerAsync(commissionId, token, "changing a decide-by date", (actor, _) => work =>
            work.Contract.MoveDecideBy(work.Owner, optionNumber, decideBy, reason, actor, work.At, settings.NoticeMonths, settings.ReminderMonths));

    public Task<OperationResult> SetReminderLeadAsync(Guid commissionId, Guid token, int? months) =>
        AsOwnerAsync(commissionId, token, "changing the reminders", (actor, _) => work =>
            work.Contract.SetReminderLead(work.Owner, months, actor, work.At));

    public Task<OperationResult> CloseAsync(Guid commissionId, Guid token, string reason) =>
        AsOwnerAsync(commissionId, token, "closing the contract", (actor, _) => work =>
        {
            RequireManaged(work.Commission);
            work.Contract.Close(work.Owner, reason, actor, work.At);
            work.MoveCommission(CommissionTrigger.CloseContract, new TransitionRequest(actor, work.At, reason));
        });

    public Task<OperationResult> AddPartnerAsync(Guid commissionId, Guid token, string name, string? contact) =>
        AsOwnerAsync(commissionId, token, "recording a co-commissioning partner", (actor, _) => work =>
            work.Contract.AddPartner(work.Owner, name, contact, actor, work.At));

    public Task<OperationResult> SetContributionAsync(Guid commissionId, Guid token, Guid partnerId, int period, decimal pounds) =>
        AsOwnerAsync(commissionId, token, "recording a partner's funding", (actor, _) => work =>
        {
            if (decimal.Round(pounds, 2) != pounds) throw new DomainRuleException("Give the contribution in pounds and pence.");
            work.Contract.SetContribution(work.Owner, partnerId, period, Money.FromPounds(pounds), actor, work.At);
        });

    private static void RequireManaged(Commission commission)
    {
        if (commission.State != CommissionState.ContractManagement)
            throw new DomainRuleException($"This is done once the service has commenced: the commission is at {CommissionStages.DescribeState(commission.State)}.");
    }

    private static NamedApprover Approver(IReadOnlyList<ApproverChoice> approvers, string approverId) =>
        approvers.FirstOrDefault(a => a.UserId == approverId) is { } chosen
            ? new NamedApprover(chosen.UserId, chosen.Name)
            : throw new DomainRuleException("Choose the approver from the list: only a person in the Approver role can approve this.");

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Runs an owner's change; anyone else is refused before the contract is loaded for writing, and the attempt audited.</summary>
    private async Task<OperationResult> AsOwnerAsync(Guid commissionId, Guid token, string what,
        Func<Actor, IReadOnlyList<ApproverChoice>, Action<ContractChange>> prepare)
    {
        var actor = await currentActor.GetAsync();
        if (await RefuseNonOfficeAsync(actor, commissionId) is { } refusal) return refusal;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var owner = await db.Commissions.AsNoTracking().Where(c => c.Id == commissionId)
                .Select(c => new { c.OwnerId, c.OwnerName, c.Number }).SingleOrDefaultAsync();
            if (owner is null) return OperationResult.NotFound();
            if (owner.OwnerId != actor.UserId || !actor.IsInRole(Roles.CommissioningOfficer))
            {
                await refusals.RecordAsync(actor, $"{what} on the contract of {Commission.FormatReference(owner.Number)}, which {owner.OwnerName} owns", commissionId);
                return new OperationResult(OperationOutcome.Forbidden, $"Only {owner.OwnerName}, who owns this contract, can do this.");
            }
            try
            {
                var change = prepare(actor, await EvaluationResultsService.ApproversAsync(db));
                return await writer.ChangeAsync(commissionId, token, actor, change);
            }
            catch (DomainRuleException ex)
            {
                return OperationResult.Refused(ex.Message);
            }
        }
    }

    /// <summary>Runs the named approver's decision on a pending proposal; anyone else is refused and the attempt audited.</summary>
    private async Task<OperationResult> AsNamedApproverAsync(Guid commissionId, Guid token, Guid proposalId, string decision,
        Action<Actor, ContractChange> change)
    {
        var actor = await currentActor.GetAsync();
        if (await RefuseNonOfficeAsync(actor, commissionId) is { } refusal) return refusal;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commissionId);
            var proposal = contract?.Proposals.FirstOrDefault(p => p.Id == proposalId);
            if (proposal is null) return OperationResult.NotFound("proposal");
            if (proposal.ApproverId != actor.UserId || !actor.IsInRole(Roles.Approver))
            {
                await refusals.RecordAsync(actor, $"{decision} of the proposal to {proposal.Describe()}, which names {proposal.ApproverName} as its approver",
                    commissionId);
                return new OperationResult(OperationOutcome.Forbidden, $"Only {proposal.ApproverName}, the approver this proposal names, can approve or reject it.");
            }
        }
        return await writer.ChangeAsync(commissionId, token, actor, work => change(actor, work));
    }

    private async Task<OperationResult?> RefuseNonOfficeAsync(Actor actor, Guid commissionId)
    {
        if (OfficeAccess.Refuse(actor, logger, "contract management") is not { } refusal) return null;
        await refusals.RecordAsync(actor, $"the contract of commission {commissionId}, which only the office manages");
        return refusal;
    }
}

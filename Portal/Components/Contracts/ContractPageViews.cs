using Portal.Components.EvaluationResults;
using Portal.Domain.Commissions;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;

namespace Portal.Components.Contracts;

/// <summary>A contract as its page shows it to one person, with what that person may do now.</summary>
public static class ContractPageViews
{
    public static ContractPageView Build(Contract contract, Commission commission, Actor actor, ContractSettings settings, string officeName,
        IReadOnlyList<ApproverChoice> approvers, bool hasPlan, DateOnly today)
    {
        var lead = contract.ReminderLeadMonths ?? settings.ReminderMonths;
        var options = contract.ExtensionOptions(today, settings.NoticeMonths, settings.ReminderMonths);
        var next = options.FirstOrDefault(o => o.State == ExtensionOptionState.Open);
        var pending = contract.PendingProposal;
        var isOwner = actor.UserId == commission.OwnerId && actor.IsInRole(Roles.CommissioningOfficer);
        var managed = commission.State == CommissionState.ContractManagement && !contract.IsClosed;
        var can = new ContractPermissions(
            IsOwner: isOwner,
            CanPropose: isOwner && managed && pending is null && next is not null && contract.EndedEarlyOn is null,
            CanEndEarly: isOwner && managed && pending is null && contract.EndedEarlyOn is null && today < contract.CurrentEndsOn,
            CanClose: isOwner && managed && today > contract.CurrentEndsOn,
            CanDecidePending: pending is not null && pending.ApproverId == actor.UserId && actor.IsInRole(Roles.Approver),
            CanWithdrawPending: pending is not null && isOwner);
        return new ContractPageView(commission.Id, commission.Reference, commission.Title, commission.State, commission.OwnerName,
            contract.ConcurrencyToken, officeName, contract.SupplierName,
            contract.Value, contract.AnnualValue, contract.MaximumValue,
            contract.CallOffEffectiveDate, contract.CommencementDate, contract.InitialTermMonths, contract.EndsOn,
            contract.ExtensionOptionCount, contract.ExtensionOptionMonths,
            contract.CurrentTermIndex, FundingPeriod.NameOf(contract.CurrentTermIndex), contract.CurrentTermStarts, contract.CurrentEndsOn,
            options, next, settings.NoticeMonths, lead, contract.ReminderLeadMonths is null,
            pending is null ? null : ToView(pending),
            contract.Proposals.Where(p => !p.IsPending).OrderByDescending(p => p.ProposedAt).Select(ToView).ToList(),
            contract.EndedEarlyOn, contract.EarlyEndReason, contract.ClosedAt,
            contract.History.OrderByDescending(h => h.At).Select(h => new HistoryView(h.At, h.ActorName, h.What, h.Reason)).ToList(),
            contract.FundingPeriods(officeName),
            contract.Partners.Select(p => new PartnerView(p.Id, p.Name, p.Contact)).ToList(),
            approvers, can, hasPlan, today);
    }

    private static ProposalView ToView(ContractProposal p) => new(p.Id, p.Kind, p.Describe(), p.OptionNumber, p.NewEndsOn, p.EarlyEndReason,
        p.Reason, p.ProposedByName, p.ProposedAt, p.ApproverName, p.Status, p.DecidedAt, p.DecisionNote);
}

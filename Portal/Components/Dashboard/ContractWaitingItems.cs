using Microsoft.EntityFrameworkCore;
using Portal.Components.Contracts;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;

namespace Portal.Components.Dashboard;

/// <summary>
/// What a live contract waits for: its owner to decide on the next extension option once the reminder day has come, or to close it
/// once its last day has passed; the approver a proposal names to decide it. Each item links to the contract's page.
/// </summary>
public static class ContractWaitingItems
{
    public static async Task<IReadOnlyList<WaitingItem>> ForAsync(PortalDbContext db, Actor actor, ContractSettings settings, DateOnly today,
        CancellationToken cancellationToken)
    {
        var owner = actor.IsInRole(Roles.CommissioningOfficer);
        var approver = actor.IsInRole(Roles.Approver);
        if (!owner && !approver) return [];
        var managed = await (from contract in db.Contracts.AsNoTracking()
                             join commission in db.Commissions.AsNoTracking() on contract.CommissionId equals commission.Id
                             where commission.State == CommissionState.ContractManagement
                                 && ((owner && commission.OwnerId == actor.UserId)
                                     || (approver && contract.Proposals.Any(p => p.ApproverId == actor.UserId && p.Status == ProposalStatus.AwaitingApproval)))
                             select new { contract, commission.Number, commission.Title, commission.OwnerId }).ToListAsync(cancellationToken);
        var items = new List<WaitingItem>();
        foreach (var m in managed.OrderBy(m => m.contract.CurrentEndsOn))
        {
            var reference = Commission.FormatReference(m.Number);
            var link = ContractPaths.Contract(m.contract.CommissionId);
            var pending = m.contract.PendingProposal;
            if (approver && pending is not null && pending.ApproverId == actor.UserId)
                items.Add(new WaitingItem(m.contract.CommissionId, reference, m.Title, $"Approve or reject: {pending.Describe()}", link));
            if (!owner || m.OwnerId != actor.UserId) continue;
            if (today > m.contract.CurrentEndsOn)
            {
                items.Add(new WaitingItem(m.contract.CommissionId, reference, m.Title,
                    $"Close the contract: its term ended on {UkTime.LongDate(m.contract.CurrentEndsOn)}", link));
                continue;
            }
            if (pending is null && m.contract.NextOption(today, settings.NoticeMonths, settings.ReminderMonths) is { } next && next.ReminderOn <= today)
                items.Add(new WaitingItem(m.contract.CommissionId, reference, m.Title,
                    $"Decide on extension option {next.Number} for {reference} by {UkTime.LongDate(next.DecideBy)}", link));
        }
        return items;
    }
}

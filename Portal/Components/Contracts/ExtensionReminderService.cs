using Microsoft.EntityFrameworkCore;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Contracts;

/// <summary>
/// Reminds each contract's owner of an extension option's decide-by date once its reminder day comes: an in-portal notification and
/// an email through the outbox. Each reminder is recorded on the contract in the same transaction as its notification, keyed by option
/// and decide-by date, so however often the job runs (or restarts), none is sent twice; a moved decide-by date earns a fresh one.
/// </summary>
public sealed class ExtensionReminderService(
    IDbContextFactory<PortalDbContext> contexts,
    ContractWriter writer,
    ContractSettings settings,
    TimeProvider clock,
    ILogger<ExtensionReminderService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(clock, settings.ReminderInterval, SendDueAsync, logger,
            "Extension reminders failed on this tick; they will be tried again on the next", stoppingToken);

    /// <returns>How many reminders were sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var today = UkTime.DateOf(clock.GetUtcNow());
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var managed = await (from contract in db.Contracts.AsNoTracking()
                                 join commission in db.Commissions.AsNoTracking() on contract.CommissionId equals commission.Id
                                 where commission.State == CommissionState.ContractManagement
                                 select contract).ToListAsync(cancellationToken);
            due = managed.Where(c => c.DueReminders(today, settings.NoticeMonths, settings.ReminderMonths).Count > 0)
                .Select(c => c.CommissionId).ToList();
        }
        var sent = 0;
        foreach (var commissionId in due)
        {
            var count = 0;
            var result = await writer.ChangeAsync(commissionId, null, Actor.System, work =>
            {
                foreach (var option in work.Contract.DueReminders(UkTime.DateOf(work.At), settings.NoticeMonths, settings.ReminderMonths))
                {
                    work.Contract.RecordReminderSent(option, work.Commission.OwnerId, work.At);
                    var subject = $"Decide on extension option {option.Number} for {work.Commission.Reference} by {UkTime.LongDate(option.DecideBy)}";
                    work.Tell(new NotificationMessage(subject,
                        $"\"{work.Commission.Title}\" with {work.Contract.SupplierName} ends on {UkTime.LongDate(work.Contract.CurrentEndsOn)}. " +
                        $"Extension option {option.Number} would extend it by {option.Months} months, to {UkTime.LongDate(option.NewEndsOn)}. " +
                        $"Propose taking it (an approver must approve) or decline it by {UkTime.LongDate(option.DecideBy)}.",
                        ContractPaths.Contract(commissionId)), work.Commission.OwnerId);
                    work.Record("ExtensionReminderSent", $"Reminder sent to {work.Commission.OwnerName}: {subject}");
                    count++;
                }
            }, cancellationToken);
            if (result.Succeeded) sent += count;
            else logger.LogWarning("Extension reminders for commission {CommissionId} not sent: {Message}", commissionId, result.Message);
        }
        return sent;
    }
}

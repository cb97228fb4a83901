using Microsoft.EntityFrameworkCore;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

/// <summary>
/// Reminds invited suppliers of an open tender's clarification and tender deadlines, a configured number of hours before
/// each (<c>Portal:Reminders:HoursBefore</c>, 48 and 24 by default). Each reminder is recorded with the deadline it is for,
/// in the same transaction as its notifications, so it is sent once, and again only if the deadline moves. When several
/// are due at once (a deadline moved close), only the nearest is sent.
/// </summary>
public sealed class DeadlineReminderService(
    IDbContextFactory<PortalDbContext> contexts,
    NotificationSender notifications,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<DeadlineReminderService> logger) : BackgroundService
{
    private static readonly int[] DefaultHours = [48, 24];

    private readonly SemaphoreSlim _running = new(1, 1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(clock, TimeSpan.FromSeconds(configuration.GetValue("Portal:Scheduler:IntervalSeconds", 30)), SendDueAsync,
            logger, "Sending deadline reminders failed on this tick; they will be tried again on the next", stoppingToken);

    public IReadOnlyList<int> HoursBefore =>
        configuration.GetSection("Portal:Reminders:HoursBefore").Get<int[]>() is { Length: > 0 } hours ? hours.Where(h => h > 0).Order().ToArray() : DefaultHours.Order().ToArray();

    /// <returns>How many reminders were sent on this run.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            var horizon = now.AddHours(HoursBefore.Max());
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var open = await (from itt in db.Set<InvitationToTender>().AsNoTracking()
                              join commission in db.Commissions.AsNoTracking() on itt.CommissionId equals commission.Id
                              where itt.IssuedAt != null
                                    && (commission.State == CommissionState.ClarificationPeriod || commission.State == CommissionState.TenderPeriod)
                                    && ((itt.ClarificationDeadline > now && itt.ClarificationDeadline <= horizon) || (itt.TenderDeadline > now && itt.TenderDeadline <= horizon))
                              select new { itt.Id, commission.Reference, commission.Title, itt.ClarificationDeadline, itt.TenderDeadline })
                .ToListAsync(cancellationToken);
            var sent = 0;
            foreach (var tender in open)
            {
                foreach (var (phase, deadline) in new[] { (TimetablePhase.ClarificationDeadline, tender.ClarificationDeadline), (TimetablePhase.TenderDeadline, tender.TenderDeadline) })
                {
                    if (deadline is not { } due || due <= now) continue;
                    if (await RemindAsync(tender.Id, tender.Reference, tender.Title, phase, due, now, cancellationToken)) sent++;
                }
            }
            return sent;
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<bool> RemindAsync(Guid ittId, string reference, string title, TimetablePhase phase, DateTimeOffset deadline, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var reached = HoursBefore.Where(h => now >= deadline.AddHours(-h)).ToList();
        if (reached.Count == 0) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recorded = await db.Set<DeadlineReminder>().AsNoTracking()
            .Where(r => r.InvitationToTenderId == ittId && r.Phase == phase && r.Deadline == deadline).Select(r => r.HoursBefore).ToListAsync(cancellationToken);
        var missing = reached.Except(recorded).ToList();
        if (missing.Count == 0) return false;
        foreach (var hours in missing)
            db.Set<DeadlineReminder>().Add(new DeadlineReminder { InvitationToTenderId = ittId, Phase = phase, Deadline = deadline, HoursBefore = hours, SentAt = now });
        // Only a reminder nearer the deadline than any already sent is worth sending; farther ones are just recorded.
        var send = recorded.Count == 0 || missing.Min() < recorded.Min();
        IReadOnlyList<string> notified = [];
        if (send)
        {
            var recipients = await TenderRecipients.InvitedSuppliersAsync(db, ittId, cancellationToken: cancellationToken);
            notified = await notifications.StageAsync(db, recipients.UserIds, recipients.Emails, Message(ittId, reference, title, phase, deadline, now), cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            logger.LogInformation(ex, "A reminder for ITT {IttId} was already sent by another run", ittId);
            return false;
        }
        if (!send) return false;
        await notifications.PushAsync(notified);
        logger.LogInformation("Sent the {Phase} reminder for ITT {IttId} ({Hours} hours before)", phase, ittId, missing.Min());
        return true;
    }

    private static NotificationMessage Message(Guid ittId, string reference, string title, TimetablePhase phase, DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = (int)Math.Floor((deadline - now).TotalHours);
        var when = left < 1 ? "in less than an hour" : $"in {left} hour{(left == 1 ? "" : "s")}";
        return phase == TimetablePhase.TenderDeadline
            ? new NotificationMessage($"Reminder: tenders for {title} are due {when}",
                $"Tenders for {title} ({reference}) are due by {UkTime.Format(deadline)} (UK time). Submit early: the portal refuses a tender received after the deadline.",
                TenderService.SupplierLink(ittId))
            : new NotificationMessage($"Reminder: clarification questions for {title} close {when}",
                $"Clarification questions for {title} ({reference}) can be asked until {UkTime.Format(deadline)} (UK time).",
                TenderService.SupplierLink(ittId) + "#questions");
    }
}

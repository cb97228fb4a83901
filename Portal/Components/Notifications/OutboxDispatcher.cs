using Portal.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Portal.Data;

namespace Portal.Components.Notifications;

/// <summary>
/// Sends the outbox's due emails through the SMTP server that configuration names (<c>Portal:Mail:Host</c>,
/// <c>Port</c>, <c>From</c>, optional <c>UserName</c>/<c>Password</c>, <c>UseTls</c>). A failure keeps the
/// message, records the error and tries again later (1, 5, 15, then every 60 minutes), so nothing is lost while
/// the server is down. With no host configured (the embedded default) each message is written as an .eml file
/// into <c>{DataFolder}/mail-outbox/</c> instead.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<PortalDbContext> contexts,
    PortalStorage storage,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan[] Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60)];

    // One dispatch at a time (timer tick or test), so a message is never sent twice by two overlapping runs.
    private readonly SemaphoreSlim _running = new(1, 1);

    public string OutboxFolder => Path.Combine(storage.DataFolder, "mail-outbox");

    public static TimeSpan DelayAfter(int attempts) => Backoff[Math.Clamp(attempts, 1, Backoff.Length) - 1];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(clock, TimeSpan.FromSeconds(configuration.GetValue("Portal:Mail:IntervalSeconds", 30)), DispatchDueAsync,
            logger, "Sending the outbox failed on this tick; it will be tried again on the next", stoppingToken);

    /// <returns>How many messages were sent (or written to the folder) on this run.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var due = await db.Set<OutboxMessage>()
                .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt)
                .Take(configuration.GetValue("Portal:Mail:BatchSize", 100))
                .ToListAsync(cancellationToken);
            if (due.Count == 0) return 0;

            var sent = string.IsNullOrWhiteSpace(configuration["Portal:Mail:Host"])
                ? await WriteToFolderAsync(due, cancellationToken)
                : await SendThroughSmtpAsync(due, cancellationToken);
            await db.SaveChangesAsync(CancellationToken.None);
            return sent;
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<int> WriteToFolderAsync(List<OutboxMessage> due, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(OutboxFolder);
        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                var path = Path.Combine(OutboxFolder, $"{message.CreatedAt.UtcDateTime:yyyyMMdd-HHmmss}-{message.Id:N}.eml");
                // Written aside and renamed, so whatever reads the folder never meets half a message.
                var partial = path + ".part";
                await using (var file = File.Create(partial))
                    await ToMime(message).WriteToAsync(file, cancellationToken);
                File.Move(partial, path, overwrite: true);
                MarkSent(message);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                MarkFailed(message, ex);
            }
        }
        return sent;
    }

    private async Task<int> SendThroughSmtpAsync(List<OutboxMessage> due, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = configuration.GetValue("Portal:Mail:TimeoutSeconds", 30) * 1000 };
        try
        {
            var port = configuration.GetValue("Portal:Mail:Port", 25);
            var security = !configuration.GetValue("Portal:Mail:UseTls", false) ? SecureSocketOptions.None
                : port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(configuration["Portal:Mail:Host"]!, port, security, cancellationToken);
            if (configuration["Portal:Mail:UserName"] is { Length: > 0 } userName)
                await client.AuthenticateAsync(userName, configuration["Portal:Mail:Password"] ?? "", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The mail server could not be reached; {Count} messages wait for the next attempt", due.Count);
            foreach (var message in due) MarkFailed(message, ex);
            return 0;
        }

        var sent = 0;
        for (var i = 0; i < due.Count; i++)
        {
            var message = due[i];
            try
            {
                await client.SendAsync(ToMime(message), cancellationToken);
                MarkSent(message);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Email {MessageId} was not sent; it will be tried again", message.Id);
                MarkFailed(message, ex);
                if (client.IsConnected) continue;
                // The connection dropped: the rest wait for the next attempt rather than each failing in turn.
                foreach (var waiting in due.Skip(i + 1)) MarkFailed(waiting, ex);
                break;
            }
        }
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Closing the mail server connection failed; the messages were already sent");
        }
        return sent;
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var from = configuration["Portal:Mail:From"] is { Length: > 0 } configured ? configured : "commissioning-portal@localhost";
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = message.CreatedAt,
            MessageId = $"{message.Id:N}@commissioning-portal",
            Body = new TextPart("plain") { Text = message.BodyText },
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }

    private void MarkSent(OutboxMessage message)
    {
        message.Attempts++;
        message.SentAt = clock.GetUtcNow();
        message.LastError = null;
    }

    private void MarkFailed(OutboxMessage message, Exception error)
    {
        message.Attempts++;
        message.LastError = Truncate($"{error.GetType().Name}: {error.Message}", 2000);
        message.NextAttemptAt = clock.GetUtcNow() + DelayAfter(message.Attempts);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

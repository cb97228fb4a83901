using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Identity;

namespace Portal.Tests.Integration.Notifications;

/// <summary>
/// Notifications in the portal and by email: the outbox is sent through a real SMTP server the test starts
/// (and stops, as a mail server going down), the clock moved by hand to the next attempt.
/// </summary>
public sealed class NotificationTests
{
    [Fact]
    public async Task A_notification_is_stored_with_its_email_and_the_email_reaches_the_smtp_server()
    {
        await using var app = new PortalAppFactory();
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        var ann = await UserAsync(app, "ann@supplier.example");
        var ben = await UserAsync(app, "ben@supplier.example");

        var notified = await app.Started.GetRequiredService<NotificationSender>()
            .NotifyAsync([ann, ben], "ITT issued: Accommodation support", "You are invited to tender.", "/commissions");

        Assert.Equal(2, notified);
        await using (var db = await app.OpenDbAsync())
        {
            Assert.Equal(2, await db.Set<Notification>().CountAsync());
            Assert.Equal(2, await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null));
        }

        Assert.Equal(2, await Dispatcher(app, smtp).DispatchDueAsync());

        Assert.Equal(2, smtp.Received.Count);
        var toAnn = Assert.Single(smtp.Received, m => m.Recipients.Contains("ann@supplier.example"));
        Assert.Equal(["ann@supplier.example"], toAnn.Recipients);
        Assert.Equal("ITT issued: Accommodation support", toAnn.Subject);
        Assert.Equal("portal@council.example", toAnn.From);
        Assert.Contains("You are invited to tender.", toAnn.Data);
        await using (var db = await app.OpenDbAsync())
            Assert.All(await db.Set<OutboxMessage>().ToListAsync(), m => Assert.NotNull(m.SentAt));
    }

    [Fact]
    public async Task With_the_smtp_server_down_nothing_is_lost_and_the_message_is_delivered_once_after_it_comes_back()
    {
        await using var app = new PortalAppFactory();
        await using var smtp = new TestSmtpServer(); // not started: the server is down
        var ann = await UserAsync(app, "ann@supplier.example");
        await app.Started.GetRequiredService<NotificationSender>()
            .NotifyAsync([ann], "Addendum 1 published", "The tender deadline has moved.", null);
        var dispatcher = Dispatcher(app, smtp);
        var failedAt = app.Clock.GetUtcNow();

        Assert.Equal(0, await dispatcher.DispatchDueAsync());

        var waiting = await SingleOutboxAsync(app);
        Assert.Null(waiting.SentAt);
        Assert.Equal(1, waiting.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(waiting.LastError));
        Assert.True(waiting.NextAttemptAt >= failedAt + TimeSpan.FromMinutes(1) - TimeSpan.FromSeconds(1));

        // Still down at the next attempt: a second failure, and a longer wait.
        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        waiting = await SingleOutboxAsync(app);
        Assert.Equal(2, waiting.Attempts);
        Assert.Null(waiting.SentAt);
        Assert.True(waiting.NextAttemptAt >= app.Clock.GetUtcNow() + TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));

        // The server comes back; nothing is sent before the next attempt is due.
        smtp.Start();
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        Assert.Empty(smtp.Received);

        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync());
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await dispatcher.DispatchDueAsync());

        var delivered = Assert.Single(smtp.Received);
        Assert.Equal(["ann@supplier.example"], delivered.Recipients);
        Assert.Equal("Addendum 1 published", delivered.Subject);
        var sent = await SingleOutboxAsync(app);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(3, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task With_no_mail_server_configured_the_email_is_written_to_the_data_folder()
    {
        await using var app = new PortalAppFactory();
        var ann = await UserAsync(app, "ann@supplier.example");
        await app.Started.GetRequiredService<NotificationSender>()
            .NotifyAsync([ann], "Clarification answer published", "A new answer is on the Q&A board.", "/commissions");

        var dispatcher = app.Started.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(1, await dispatcher.DispatchDueAsync());

        var folder = Path.Combine(app.DataFolder, "mail-outbox");
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("To: ann@supplier.example", text);
        Assert.Contains("Subject: Clarification answer published", text);
        Assert.Contains("A new answer is on the Q&A board.", text);
        Assert.NotNull((await SingleOutboxAsync(app)).SentAt);
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        Assert.Single(Directory.GetFiles(folder, "*.eml"));
    }

    [Fact]
    public async Task A_user_sees_only_their_own_notifications_and_the_unread_count_drops_when_read()
    {
        await using var app = new PortalAppFactory();
        var ann = await UserAsync(app, "ann@supplier.example");
        var ben = await UserAsync(app, "ben@supplier.example");
        var sender = app.Started.GetRequiredService<NotificationSender>();
        await sender.NotifyAsync([ann], "First for Ann", "One.", "/a");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await sender.NotifyAsync([ann], "Second for Ann", "Two.", "/b");
        await sender.NotifyAsync([ben], "Only for Ben", "Three.", null);

        var changes = new List<string>();
        var notifier = app.Started.GetRequiredService<NotificationNotifier>();
        Func<string, Task> record = userId => { lock (changes) changes.Add(userId); return Task.CompletedTask; };
        notifier.Changed += record;
        try
        {
            var asAnn = app.ServiceFor<NotificationService>(User(ann));
            var asBen = app.ServiceFor<NotificationService>(User(ben));

            var annList = await asAnn.ListMineAsync();
            Assert.Equal(["Second for Ann", "First for Ann"], annList.Select(n => n.Subject));
            Assert.Equal(2, await asAnn.UnreadCountAsync());
            var benOnly = Assert.Single(await asBen.ListMineAsync());
            Assert.Equal("Only for Ben", benOnly.Subject);

            // Ben cannot mark Ann's notification read.
            Assert.False(await asBen.MarkReadAsync(annList[0].Id));
            Assert.Equal(2, await asAnn.UnreadCountAsync());

            Assert.True(await asAnn.MarkReadAsync(annList[0].Id));
            Assert.Equal(1, await asAnn.UnreadCountAsync());
            Assert.Contains(ann, changes);

            Assert.Equal(1, await asAnn.MarkAllReadAsync());
            Assert.Equal(0, await asAnn.UnreadCountAsync());
            Assert.All(await asAnn.ListMineAsync(), n => Assert.True(n.IsRead));
            Assert.Equal(1, await asBen.UnreadCountAsync());
            Assert.DoesNotContain(ben, changes);
        }
        finally
        {
            notifier.Changed -= record;
        }
    }

    private static Actor User(string userId) => new(userId, userId, new HashSet<string> { Roles.SupplierUser });

    private static async Task<string> UserAsync(PortalAppFactory app, string email)
    {
        await using var scope = app.Started.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email };
        var result = await users.CreateAsync(user);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    private static OutboxDispatcher Dispatcher(PortalAppFactory app, TestSmtpServer smtp)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:Mail:Host"] = "127.0.0.1",
            ["Portal:Mail:Port"] = smtp.Port.ToString(),
            ["Portal:Mail:From"] = "portal@council.example",
            ["Portal:Mail:UseTls"] = "false",
            ["Portal:Mail:TimeoutSeconds"] = "10",
        }).Build();
        return ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Started, (IConfiguration)configuration);
    }

    private static async Task<OutboxMessage> SingleOutboxAsync(PortalAppFactory app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Set<OutboxMessage>().AsNoTracking().SingleAsync();
    }
}

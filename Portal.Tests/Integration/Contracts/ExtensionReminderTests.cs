using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Contracts;
using Portal.Components.Dashboard;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Common;

namespace Portal.Tests.Integration.Contracts;

/// <summary>The reminder job, run as the clock moves on: each reminder goes to the owner once, from its reminder day, and never again.</summary>
public sealed class ExtensionReminderTests
{
    [Fact]
    public async Task The_owner_is_reminded_once_from_the_reminder_day_and_the_dashboard_asks_for_the_decision()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.ManagedContractAsync();
        var owner = await steps.OwnerAsync();
        var option = (await steps.ViewAsync(commissionId, owner)).NextOption!;
        var reminders = app.Services.GetRequiredService<ExtensionReminderService>();
        var dashboard = app.ServiceFor<DashboardService>(owner);
        var decide = $"Decide on extension option 1 for COM-0006 by {UkTime.LongDate(option.DecideBy)}";
        Assert.Equal(option.DecideBy.AddMonths(-6), option.ReminderOn);

        Assert.Equal(0, await reminders.SendDueAsync());
        MoveTo(app, option.ReminderOn.AddDays(-1));
        Assert.Equal(0, await reminders.SendDueAsync());
        Assert.DoesNotContain((await dashboard.GetAsync()).Value!.Waiting, w => w.What == decide);

        MoveTo(app, option.ReminderOn);
        Assert.Equal(1, await reminders.SendDueAsync());
        Assert.Equal(0, await reminders.SendDueAsync());
        app.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(0, await reminders.SendDueAsync());

        await using var db = await app.OpenDbAsync();
        var notified = await db.Set<Notification>().AsNoTracking().Where(n => n.Subject == decide).Select(n => n.RecipientUserId).ToListAsync();
        Assert.Equal([owner.UserId], notified);
        Assert.Equal([DemoUsers.CommissioningOfficer.Email], await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Subject == decide).Select(m => m.To).ToListAsync());
        Assert.Equal(1, await steps.AuditCountAsync(commissionId, "ExtensionReminderSent"));
        var waiting = Assert.Single((await dashboard.GetAsync()).Value!.Waiting, w => w.What == decide);
        Assert.Equal(ContractPaths.Contract(commissionId), waiting.Link);
    }

    [Fact]
    public async Task A_moved_decide_by_date_earns_a_fresh_reminder()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.ManagedContractAsync();
        var owner = await steps.OwnerAsync();
        var option = (await steps.ViewAsync(commissionId, owner)).NextOption!;
        var reminders = app.Services.GetRequiredService<ExtensionReminderService>();
        MoveTo(app, option.ReminderOn);
        Assert.Equal(1, await reminders.SendDueAsync());

        var token = (await steps.ViewAsync(commissionId, owner)).ConcurrencyToken;
        var moved = await steps.Contracts(owner).MoveDecideByAsync(commissionId, token, 1, option.DecideBy.AddMonths(-1), "Board meets earlier");
        Assert.True(moved.Succeeded, moved.Message);

        Assert.Equal(1, await reminders.SendDueAsync());
        Assert.Equal(0, await reminders.SendDueAsync());
    }

    private static void MoveTo(PortalAppFactory app, DateOnly day)
    {
        var target = UkTime.FromUkLocal(day.ToDateTime(new TimeOnly(9, 0)));
        if (target > app.Clock.GetUtcNow()) app.Clock.SetUtcNow(target);
    }
}

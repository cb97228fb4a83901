using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Commissions;
using Portal.Components.Scheduling;
using Portal.Domain.Commissions;

namespace Portal.Tests.Integration;

/// <summary>
/// The scheduler's deadline moves, driven by hand on a fake clock: each fires once, survives a restart, and
/// waits while a guard still blocks it. Each test has its own app, since each moves the clock and the data.
/// </summary>
public sealed class TimedMoveTests
{
    private const string InClarifications = "Women's Community Support Service for Offenders";
    private static readonly TimeSpan AMinute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Clarification_deadline_moves_the_commission_once_and_a_restart_does_not_move_it_again()
    {
        var folder = TestFolders.Create();
        var seededAt = DateTimeOffset.UtcNow;
        try
        {
            Guid id;
            DateTimeOffset pastDeadline;
            await using (var app = PortalAppFactory.OverFolder(folder, seededAt))
            {
                var seeded = await SeededInClarificationsAsync(app);
                id = seeded.Id;
                pastDeadline = seeded.ClarificationDeadline!.Value + AMinute;
                Assert.Equal(0, await RunDueMovesAsync(app));
                app.Clock.SetUtcNow(pastDeadline);

                Assert.Equal(1, await RunDueMovesAsync(app));
                Assert.Equal(CommissionState.TenderPeriod, await StateAsync(app, id));
                Assert.Equal(1, await TransitionCountAsync(app, id, CommissionTrigger.ClarificationDeadlinePassed));
            }

            await using (var restarted = PortalAppFactory.OverFolder(folder, pastDeadline + TimeSpan.FromMinutes(5)))
            {
                await RunDueMovesAsync(restarted);

                Assert.Equal(CommissionState.TenderPeriod, await StateAsync(restarted, id));
                Assert.Equal(1, await TransitionCountAsync(restarted, id, CommissionTrigger.ClarificationDeadlinePassed));
            }
        }
        finally
        {
            TestFolders.Release(folder, delete: true);
        }
    }

    [Fact]
    public async Task Deadline_that_passed_while_the_app_was_down_is_acted_on_once_after_the_restart()
    {
        var folder = TestFolders.Create();
        var seededAt = DateTimeOffset.UtcNow;
        try
        {
            Commission seeded;
            await using (var app = PortalAppFactory.OverFolder(folder, seededAt))
                seeded = await SeededInClarificationsAsync(app);
            var id = seeded.Id;

            await using var restarted = PortalAppFactory.OverFolder(folder, seeded.ClarificationDeadline!.Value + AMinute);
            Assert.Equal(CommissionState.ClarificationPeriod, await StateAsync(restarted, id));

            Assert.Equal(1, await RunDueMovesAsync(restarted));
            Assert.Equal(0, await RunDueMovesAsync(restarted));

            Assert.Equal(CommissionState.TenderPeriod, await StateAsync(restarted, id));
            Assert.Equal(1, await TransitionCountAsync(restarted, id, CommissionTrigger.ClarificationDeadlinePassed));
        }
        finally
        {
            TestFolders.Release(folder, delete: true);
        }
    }

    [Fact]
    public async Task Two_scheduler_runs_at_the_same_moment_record_the_move_once()
    {
        await using var app = new PortalAppFactory();
        var seeded = await SeededInClarificationsAsync(app);
        var id = seeded.Id;
        app.Clock.SetUtcNow(seeded.ClarificationDeadline!.Value + AMinute);

        await Task.WhenAll(Task.Run(() => RunDueMovesAsync(app)), Task.Run(() => RunDueMovesAsync(app)));

        Assert.Equal(CommissionState.TenderPeriod, await StateAsync(app, id));
        Assert.Equal(1, await TransitionCountAsync(app, id, CommissionTrigger.ClarificationDeadlinePassed));
    }

    [Fact]
    public async Task Tender_deadline_does_not_close_the_box_while_clarifications_are_unanswered()
    {
        await using var app = new PortalAppFactory();
        var seeded = await SeededInClarificationsAsync(app);
        var id = seeded.Id;
        app.Clock.SetUtcNow(seeded.ClarificationDeadline!.Value + AMinute);
        await RunDueMovesAsync(app);
        await RecordUnansweredClarificationsAsync(app, id, 2);
        app.Clock.SetUtcNow(seeded.TenderDeadline!.Value + AMinute);

        await RunDueMovesAsync(app);

        Assert.Equal(CommissionState.TenderPeriod, await StateAsync(app, id));
        Assert.Equal(0, await TransitionCountAsync(app, id, CommissionTrigger.TenderDeadlinePassed));

        await RecordUnansweredClarificationsAsync(app, id, 0);
        await RunDueMovesAsync(app);

        Assert.Equal(CommissionState.Opening, await StateAsync(app, id));
        Assert.Equal(1, await TransitionCountAsync(app, id, CommissionTrigger.TenderDeadlinePassed));
    }

    private static Task<int> RunDueMovesAsync(PortalAppFactory app) =>
        app.Services.GetRequiredService<TimedMoveService>().RunDueMovesAsync();

    private static async Task<Commission> SeededInClarificationsAsync(PortalAppFactory app)
    {
        await using var db = await app.OpenDbAsync();
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Title == InClarifications);
        Assert.Equal(CommissionState.ClarificationPeriod, commission.State);
        return commission;
    }

    private static async Task<CommissionState> StateAsync(PortalAppFactory app, Guid id)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.Where(c => c.Id == id).Select(c => c.State).SingleAsync();
    }

    private static async Task<int> TransitionCountAsync(PortalAppFactory app, Guid id, CommissionTrigger trigger)
    {
        await using var db = await app.OpenDbAsync();
        return await db.AuditEvents.CountAsync(e => e.CommissionId == id && e.Action == "Transition" && e.Trigger == trigger.ToString());
    }

    /// <summary>The clarification feature's count of open questions, recorded through the one write path.</summary>
    private static async Task RecordUnansweredClarificationsAsync(PortalAppFactory app, Guid id, int unanswered)
    {
        var result = await app.Services.GetRequiredService<CommissionWriter>().ChangeAsync(id, null, TestActors.ProcurementOfficer,
            (commission, at) => commission.RecordUnansweredClarifications(TestActors.ProcurementOfficer, unanswered, at));
        Assert.True(result.Succeeded, result.Message);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>The hash chain catches an event edited by someone with direct access to the database file.</summary>
public sealed class AuditChainVerificationTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Chain_is_intact_until_an_event_is_edited_behind_the_app_and_then_names_that_event()
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var intact = await AuditVerificationService.VerifyChainAsync(contexts);
        var edited = await EditOneEventBehindTheAppAsync(app);

        var broken = await AuditVerificationService.VerifyChainAsync(contexts);

        Assert.True(intact.IsIntact, intact.Message);
        Assert.True(intact.EventsChecked > edited, "The seeded trail should run past the edited event.");
        Assert.False(broken.IsIntact);
        Assert.Equal(edited, broken.FirstBrokenEventId);
        Assert.Contains($"Event {edited} has been altered", broken.Message);
    }

    [Fact]
    public async Task Only_an_administrator_may_run_the_check_from_the_app()
    {
        var verification = app.Services.CreateScope().ServiceProvider.GetRequiredService<AuditVerificationService>();

        var refused = await verification.VerifyAsync(TestActors.CommissioningOfficer);

        Assert.Equal(OperationOutcome.Forbidden, refused.Outcome);
        Assert.Null(refused.Value);
    }

    /// <summary>Drops the update trigger, as someone holding the file could, and rewrites one event's summary.</summary>
    internal static async Task<long> EditOneEventBehindTheAppAsync(PortalAppFactory app)
    {
        await using var db = await app.OpenDbAsync();
        var ids = await db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        var target = ids[ids.Count / 2];
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEvents_RefuseUpdate");
        await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET Summary = 'Nothing of note happened' WHERE Id = {target}");
        return target;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration;

/// <summary>The database itself refuses to change or remove an audit event, whatever the caller.</summary>
public sealed class AuditAppendOnlyTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Raw_update_of_an_audit_event_is_refused_and_nothing_changes()
    {
        var before = await SnapshotAsync();
        await using var db = await app.OpenDbAsync();

        var refusal = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEvents SET Summary = 'x'"));

        Assert.Contains("append-only", refusal.Message);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Raw_delete_of_audit_events_is_refused_and_every_event_remains()
    {
        var before = await SnapshotAsync();
        await using var db = await app.OpenDbAsync();

        var refusal = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents"));

        Assert.Contains("append-only", refusal.Message);
        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = await app.OpenDbAsync();
        var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Summary, e.Hash }).ToListAsync();
        Assert.NotEmpty(events);
        return events.Select(e => $"{e.Id}|{e.Summary}|{e.Hash}").ToList();
    }
}

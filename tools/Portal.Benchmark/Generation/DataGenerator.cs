using Portal.Domain.Commissions;
using Portal.Components.DecisionNotes;
using Portal.Domain.DecisionNotes;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Benchmark.Generation;

/// <summary>
/// The generate command: a database with the app's own schema holding many commissions, each with a history
/// built through the domain, and one valid audit chain across them all.
/// </summary>
public static class DataGenerator
{
    /// <summary>Fixed, so two generated databases hold the same mix of states, owners and titles.</summary>
    private const int Seed = 20_261_123;

    public static async Task<int> RunAsync(string dataFolder, int commissionCount, int eventCount)
    {
        var clock = Stopwatch.StartNew();
        void Progress(string message) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss\\.f}] {message}");

        var storage = BenchmarkStorage.For(dataFolder);
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(storage.ConnectionString).Options;
        Progress($"Generating {commissionCount:N0} commissions and {eventCount:N0} audit events into {storage.DataFolder}");
        await using (var db = new PortalDbContext(options))
        {
            await db.Database.MigrateAsync();
            if (await db.Users.AnyAsync() || await db.Commissions.AnyAsync())
            {
                Console.Error.WriteLine($"{storage.DataFolder} already holds a portal database with data; give an empty folder.");
                return 1;
            }
        }
        Progress("Schema migrated with the app's migrations");

        var staff = await Staff.CreateAsync(storage.ConnectionString);
        Progress("Office users created");

        var now = TimeProvider.System.GetUtcNow();
        var history = new HistoryPlanner(staff, Seed).Build(commissionCount, eventCount, now, Progress);
        Progress($"Built {history.Commissions.Count:N0} commissions through the domain, with {history.Events.Count:N0} events");

        await using (var db = new PortalDbContext(options))
        {
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // Only for the load: a crash mid-way means generating again, so durability is traded for speed.
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
            // Commissions go in through EF, as the app stores them; there are few enough that change tracking is affordable.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            NumberDecisions(history.Commissions);
            db.Commissions.AddRange(history.Commissions);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            Progress("Commissions stored");

            var head = AuditEventLoader.Load(connection, history.Events, Progress);
            Progress($"Audit events stored; the chain ends at {head[..16]}…");
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
            await CheckStoredAsync(db, history);
            await PrintMixAsync(db);
        }
        Progress("Done");
        return 0;
    }

    /// <summary>Reads one commission's events back through EF, which finds them only if the stored ids are in the app's format.</summary>
    private static async Task CheckStoredAsync(PortalDbContext db, GeneratedHistory history)
    {
        var sample = history.Commissions[history.Commissions.Count / 2].Id;
        var expected = history.Events.Count(e => e.CommissionId == sample);
        var stored = await db.AuditEvents.CountAsync(e => e.CommissionId == sample);
        if (stored != expected)
            throw new InvalidOperationException($"EF finds {stored} of the {expected} events stored for commission {sample}: the stored format differs from the app's.");
    }

    private static async Task PrintMixAsync(PortalDbContext db)
    {
        var byState = await db.Commissions.GroupBy(c => c.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync();
        Console.WriteLine(string.Join(", ", byState.OrderBy(s => s.State).Select(s => $"{s.State} {s.Count:N0}")));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Recorded decisions take consecutive numbers within their financial year, as the app allocates them.</summary>
    private static void NumberDecisions(IEnumerable<Commission> commissions)
    {
        var lastInYear = new Dictionary<int, int>();
        foreach (var commission in commissions.Where(c => c.NeedsDecisionNumber).OrderBy(c => c.DecisionRecordedAt))
        {
            var year = DecisionNumbers.FinancialYearStarting(commission.DecisionRecordedAt!.Value);
            var sequence = lastInYear[year] = lastInYear.GetValueOrDefault(year) + 1;
            commission.AssignDecisionNumber(DecisionNumbers.Format(DecisionNumberAllocator.DefaultPrefix, year, sequence), commission.DecisionRecordedAt.Value);
            commission.ClearPendingChanges();
        }
    }
}

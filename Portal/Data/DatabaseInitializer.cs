using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>Brings the database to the current schema at start-up and puts it in write-ahead-log mode.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        var mode = await JournalModeAsync(db, "PRAGMA journal_mode=WAL;", cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"The database refused write-ahead logging (journal mode is '{mode}').");
    }

    public static Task<string> JournalModeAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        JournalModeAsync(db, "PRAGMA journal_mode;", cancellationToken);

    private static async Task<string> JournalModeAsync(PortalDbContext db, string pragma, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        return (await command.ExecuteScalarAsync(cancellationToken))?.ToString() ?? "";
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Portal.Domain.Audit;

namespace Portal.Benchmark.Generation;

/// <summary>Chains and stores audit events with one prepared statement, many thousands to a transaction.</summary>
public static class AuditEventLoader
{
    private const int EventsPerTransaction = 50_000;

    private static readonly string[] Columns =
        ["CommissionId", "OccurredAt", "ActorId", "ActorName", "Action", "Summary", "FromState", "ToState", "Trigger", "Reason", "Before", "After",
         "PreviousHash", "Hash"];

    /// <returns>The hash at the head of the chain.</returns>
    public static string Load(SqliteConnection connection, IReadOnlyList<PlannedEvent> events, Action<string> progress)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"AuditEvents\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";
        // Text, as EF Core binds them: a Guid becomes upper-case text and a DateTime 'yyyy-MM-dd HH:mm:ss.FFFFFFF', exactly as the app stores them.
        var parameters = Columns.ToDictionary(c => c, c => command.Parameters.Add("$" + c, SqliteType.Text));
        var previous = AuditEvent.GenesisHash;
        var clock = Stopwatch.StartNew();
        var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        command.Prepare();
        try
        {
            for (var i = 0; i < events.Count; i++)
            {
                var (commissionId, change) = events[i];
                var auditEvent = AuditEvent.Create(previous, commissionId, change.At, change.Actor.UserId, change.Actor.DisplayName,
                    change.Action, change.Summary, change.FromState?.ToString(), change.ToState?.ToString(), change.Trigger?.ToString(),
                    change.Reason, change.Before, change.After);
                Bind(parameters, auditEvent);
                command.ExecuteNonQuery();
                previous = auditEvent.Hash;
                if ((i + 1) % EventsPerTransaction != 0) continue;
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                command.Transaction = transaction;
                if ((i + 1) % (EventsPerTransaction * 4) == 0)
                    progress($"  {i + 1:N0} audit events stored ({(i + 1) / clock.Elapsed.TotalSeconds:N0} a second)");
            }
            transaction.Commit();
        }
        finally
        {
            transaction.Dispose();
        }
        return previous;
    }

    private static void Bind(Dictionary<string, SqliteParameter> parameters, AuditEvent e)
    {
        parameters["CommissionId"].Value = e.CommissionId is { } id ? id : DBNull.Value;
        parameters["OccurredAt"].Value = e.OccurredAt.UtcDateTime;
        parameters["ActorId"].Value = e.ActorId;
        parameters["ActorName"].Value = e.ActorName;
        parameters["Action"].Value = e.Action;
        parameters["Summary"].Value = e.Summary;
        parameters["FromState"].Value = (object?)e.FromState ?? DBNull.Value;
        parameters["ToState"].Value = (object?)e.ToState ?? DBNull.Value;
        parameters["Trigger"].Value = (object?)e.Trigger ?? DBNull.Value;
        parameters["Reason"].Value = (object?)e.Reason ?? DBNull.Value;
        parameters["Before"].Value = (object?)e.Before ?? DBNull.Value;
        parameters["After"].Value = (object?)e.After ?? DBNull.Value;
        parameters["PreviousHash"].Value = e.PreviousHash;
        parameters["Hash"].Value = e.Hash;
    }
}

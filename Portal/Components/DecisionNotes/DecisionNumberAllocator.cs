using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.DecisionNotes;

namespace Portal.Components.DecisionNotes;

/// <summary>
/// Gives a recorded decision the next number in its financial year. Call inside the write transaction that records the
/// decision: it holds SQLite's write lock, so two decisions recorded at the same moment take consecutive numbers, and a
/// save that fails takes none — numbers stay unique and gap-free.
/// </summary>
public static class DecisionNumberAllocator
{
    public const string DefaultPrefix = "SCP-D";

    public static string Prefix(IConfiguration configuration) =>
        configuration["Portal:DecisionNumberPrefix"] is { Length: > 0 } configured ? configured : DefaultPrefix;

    public static async Task AllocateAsync(PortalDbContext db, Commission commission, string prefix, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        var year = DecisionNumbers.FinancialYearStarting(commission.DecisionRecordedAt!.Value);
        var sequence = await db.DecisionNumberSequences.SingleOrDefaultAsync(s => s.FinancialYearStarting == year, cancellationToken);
        if (sequence is null)
        {
            sequence = new DecisionNumberSequence { FinancialYearStarting = year };
            db.DecisionNumberSequences.Add(sequence);
        }
        sequence.LastSequence++;
        commission.AssignDecisionNumber(DecisionNumbers.Format(prefix, year, sequence.LastSequence), at);
    }
}

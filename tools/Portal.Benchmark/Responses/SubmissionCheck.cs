using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;

namespace Portal.Benchmark.Responses;

/// <summary>What the database holds after the submissions, read afresh: the receipts, their times and the commission's count.</summary>
public sealed record SubmissionCheck(int Submissions, int ReceiptsMatched, int DistinctTimes, int OnTime, int TendersReceived)
{
    public static async Task<int> TendersReceivedAsync(IDbContextFactory<PortalDbContext> contexts, Guid commissionId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Commissions.Where(c => c.Id == commissionId).Select(c => c.TendersReceivedCount).SingleAsync();
    }

    public static async Task<SubmissionCheck> RunAsync(IDbContextFactory<PortalDbContext> contexts, InvitationToTender itt, IReadOnlyList<Actor> bidders,
        IReadOnlyList<Guid> receiptIds)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var userIds = bidders.Select(b => b.UserId).ToList();
        var supplierIds = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => u.SupplierOrganisationId).ToListAsync();
        var submissions = await db.Set<ResponseSubmission>().AsNoTracking()
            .Where(s => s.InvitationToTenderId == itt.Id && supplierIds.Contains(s.SupplierId)).ToListAsync();
        return new SubmissionCheck(
            submissions.Count,
            submissions.Count(s => receiptIds.Contains(s.Id)),
            submissions.Select(s => s.ReceivedAt).Distinct().Count(),
            submissions.Count(s => s.ReceivedAt <= itt.TenderDeadline),
            await TendersReceivedAsync(contexts, itt.CommissionId));
    }

    public bool Holds(int receivedBefore, int bidders) =>
        Submissions == bidders && ReceiptsMatched == bidders && DistinctTimes == bidders && OnTime == bidders && TendersReceived == receivedBefore + bidders;

    public string Summary(int receivedBefore, int bidders) =>
        $"In the database: {Submissions} submissions from the {bidders} bidders, {ReceiptsMatched} matching the receipts returned, " +
        $"{DistinctTimes} distinct receipt times, {OnTime} at or before the deadline; TendersReceivedCount {TendersReceived} " +
        $"(was {receivedBefore}) — {(Holds(receivedBefore, bidders) ? "as expected" : "NOT as expected")}";
}

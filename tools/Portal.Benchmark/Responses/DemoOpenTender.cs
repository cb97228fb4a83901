using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Tendering;

namespace Portal.Benchmark.Responses;

/// <summary>The demo's open tender, COM-0003, whose ITT the response benchmarks answer.</summary>
public static class DemoOpenTender
{
    private const int CommissionNumber = 3;

    public static async Task<InvitationToTender> IttAsync(PortalDbContext db)
    {
        var commissionId = await db.Commissions.Where(c => c.Number == CommissionNumber).Select(c => c.Id).SingleAsync();
        return await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.CommissionId == commissionId);
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Performance;
using Portal.Data;
using Portal.Domain.Identity;
using Portal.Domain.Performance;
using Portal.Tests.Integration.Responses;
using Portal.Tests.Integration.Tendering;

namespace Portal.Tests.Integration.Performance;

/// <summary>The demo's reference contract (COM-0001) with its outcomes framework and returns, and the people who work on it.</summary>
internal sealed class PerformanceSteps(PortalAppFactory app)
{
    public readonly ResponseSteps Steps = new(app);

    public static TestBrowserFile Pdf(string name) => new(name, Encoding.ASCII.GetBytes($"%PDF-1.4\n% {name}\n%%EOF\n"), "application/pdf");

    public async Task<Guid> ReferenceCommissionAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.Where(c => c.Number == 1).Select(c => c.Id).SingleAsync();
    }

    public Task<Actor> PathwaysAsync() => Steps.SupplierAsync(ResponseSteps.Pathways);

    public Task<Actor> OfficerAsync() => Steps.OfficeActorAsync(DemoUsers.CommissioningOfficer);

    public async Task<PerformanceView> ViewAsync(Actor actor, Guid commissionId)
    {
        var view = await app.ServiceFor<PerformanceService>(actor).GetAsync(commissionId);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    /// <summary>Takes the last quarter's return out again, as if the supplier had not yet sent it, and returns that period.</summary>
    public async Task<ReportingPeriod> WithoutLastReturnAsync(Guid commissionId)
    {
        await using var db = await app.OpenDbAsync();
        var last = await db.SupplierReturns.Where(r => r.CommissionId == commissionId).OrderByDescending(r => r.PeriodStarts).FirstAsync();
        db.SupplierReturns.Remove(last);
        await db.SaveChangesAsync();
        return last.Period;
    }

    public static ReturnEntry Complete(PerformanceView view, Func<MeasureView, FigureEntry>? figure = null) => new(20, 16, 27, "A steady quarter.",
        "A client moved from a training placement into work.", view.Framework!.Measures.Select(figure ?? (m => new FigureEntry(m.Id, 4, []))).ToList());
}

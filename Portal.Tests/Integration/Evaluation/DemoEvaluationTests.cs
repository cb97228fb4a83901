using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Evaluation;

/// <summary>The demo's COM-0005 is ready to evaluate: at evaluation, its box opened with three sealed responses that unseal and match their receipts.</summary>
public sealed class DemoEvaluationTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task The_demo_commission_in_evaluation_holds_three_opened_bids_priced_around_the_budget_and_no_panel_yet()
    {
        Guid commissionId;
        await using (var db = await app.OpenDbAsync())
        {
            var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Number == 5);
            Assert.Equal(CommissionState.Evaluation, commission.State);
            commissionId = commission.Id;
            Assert.False(await db.TenderEvaluations.AnyAsync(e => e.CommissionId == commissionId));
        }

        var sheet = (await app.Services.GetRequiredService<IModeratedSheetSource>().GetAsync(commissionId))!;

        Assert.Equal(
            [("Pathways to Work CIC", Money.FromPounds(154_500)), ("Second Chance Skills Trust", Money.FromPounds(149_500)),
                ("Midlands Employment Partnership Ltd", Money.FromPounds(159_500))],
            sheet.Bids.Select(b => (b.SupplierName, b.TotalPrice!.Value)));
        Assert.False(sheet.Complete);
        var officer = await new EvaluationSteps(app).OfficerAsync();
        var overview = (await app.ServiceFor<Portal.Components.Evaluation.EvaluationService>(officer).GetOverviewAsync(commissionId)).Value!;
        Assert.Empty(overview.Panel);
        Assert.Equal(["Q1", "Q2", "Q3", "SV"], overview.Criteria.Select(c => c.Key));
    }
}

using Microsoft.Extensions.DependencyInjection;
using System.Net;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Components.Contracts;
using Portal.Data;
using Portal.Domain.Performance;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Contracts;

/// <summary>The office's register of contracts: its filters, performance at a glance, and the same rows as an Excel workbook.</summary>
public sealed class ContractRegisterTests
{
    /// <summary>Stands in for the outcomes framework: every contract's latest quarter has one green, one amber and one unverified red.</summary>
    private sealed class OneQuarterOfReturns : IContractPerformanceSource
    {
        public Task<ContractPerformance> GetAsync(Guid contractId, CancellationToken cancellationToken = default)
        {
            var quarter = ReportingPeriods.QuarterContaining(new DateOnly(2026, 7, 1));
            MeasureFigure Figure(string key, RagRating rating, FigureStatus status) =>
                new(key, key, "people", BetterWhen.Higher, 10, 8, status, rating);
            return Task.FromResult(new ContractPerformance(contractId, 30,
            [
                new PeriodPerformance(quarter, quarter.Ends.AddDays(15), DateTimeOffset.UtcNow, false, 12, 10, 25, "",
                    [Figure("a", RagRating.Green, FigureStatus.Verified), Figure("b", RagRating.Amber, FigureStatus.Verified),
                     Figure("c", RagRating.Red, FigureStatus.SelfReported)]),
            ]));
        }
    }

    [Fact]
    public async Task The_register_lists_live_and_past_contracts_and_filters_them()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var register = app.ServiceFor<OfficeContractRegisterService>(await steps.ProcurementOfficerAsync());

        var live = (await register.ListAsync(new RegisterFilter())).Value!;
        Assert.Equal(["COM-0001", "COM-0006"], live.Rows.Select(r => r.Reference));
        var reference = live.Rows[0];
        Assert.Equal((new DateOnly(2026, 4, 30), null), (reference.CurrentEndsOn, reference.NextOption));
        Assert.StartsWith("Q1 2026/27: 9 green, 2 amber, 0 red", reference.Performance.Describe());
        Assert.Equal("No returns yet", live.Rows[1].Performance.Describe());
        Assert.Equal("Extension option 1", live.Rows[1].NextOption!.Name);

        Assert.Empty((await register.ListAsync(new RegisterFilter(RegisterScope.Past))).Value!.Rows);
        Assert.Equal(["COM-0006"], (await register.ListAsync(new RegisterFilter(Text: "accommodation"))).Value!.Rows.Select(r => r.Reference));
        Assert.Equal(["COM-0001"], (await register.ListAsync(new RegisterFilter(Text: "com-0001"))).Value!.Rows.Select(r => r.Reference));
        var secondChance = Guid.NewGuid();
        Assert.Empty((await register.ListAsync(new RegisterFilter(SupplierId: secondChance))).Value!.Rows);
        Assert.Equal(2, (await register.ListAsync(new RegisterFilter(SupplierId: reference.SupplierId))).Value!.Rows.Count);
        Assert.Empty((await register.ListAsync(new RegisterFilter(DecisionWithinMonths: 6))).Value!.Rows);
        Assert.Equal(["COM-0006"], (await register.ListAsync(new RegisterFilter(DecisionWithinMonths: 36))).Value!.Rows.Select(r => r.Reference));

        var closed = await steps.Contracts(await steps.OwnerAsync()).CloseAsync(reference.CommissionId,
            (await steps.ViewAsync(reference.CommissionId, await steps.OwnerAsync())).ConcurrencyToken, "Term ended");
        Assert.True(closed.Succeeded, closed.Message);
        Assert.Equal(["COM-0001"], (await register.ListAsync(new RegisterFilter(RegisterScope.Past))).Value!.Rows.Select(r => r.Reference));
        Assert.Equal(2, (await register.ListAsync(new RegisterFilter(RegisterScope.All))).Value!.Rows.Count);
    }

    [Fact]
    public async Task Performance_at_a_glance_counts_the_latest_quarters_ratings_and_says_when_figures_are_self_reported()
    {
        await using var app = PortalAppFactory.WithServices(services =>
        {
            services.RemoveAll<IContractPerformanceSource>();
            services.AddSingleton<IContractPerformanceSource, OneQuarterOfReturns>();
        });
        var register = app.ServiceFor<OfficeContractRegisterService>(await new ContractSteps(app).ProcurementOfficerAsync());

        var glance = (await register.ListAsync(new RegisterFilter())).Value!.Rows[0].Performance;

        Assert.Equal((1, 1, 1, true), (glance.Green, glance.Amber, glance.Red, glance.SelfReported));
        Assert.Equal("Q2 2026/27: 1 green, 1 amber, 1 red (self-reported)", glance.Describe());
    }

    [Fact]
    public async Task The_workbook_holds_the_filtered_rows_with_figures_as_numbers_and_dates_as_dates()
    {
        await using var app = new PortalAppFactory();
        var client = await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email);

        var response = await client.GetAsync($"{ContractPaths.RegisterWorkbook}?scope=All&q=COM-0001");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContractRegisterWorkbook.ContentType, response.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(ContractRegisterWorkbook.SheetName);
        Assert.Equal(ContractRegisterWorkbook.Headings, Enumerable.Range(1, ContractRegisterWorkbook.Headings.Length).Select(c => sheet.Cell(4, c).GetString()));
        Assert.Equal("COM-0001", sheet.Cell(5, 1).GetString());
        Assert.True(sheet.Cell(6, 1).IsEmpty());
        Assert.Equal(XLDataType.Number, sheet.Cell(5, 5).DataType);
        Assert.Equal(155_000d, sheet.Cell(5, 5).GetDouble());
        Assert.Equal(77_500d, sheet.Cell(5, 6).GetDouble());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(5, 8).DataType);
        Assert.Equal(new DateTime(2022, 5, 1), sheet.Cell(5, 8).GetDateTime());
        Assert.Equal(new DateTime(2026, 4, 30), sheet.Cell(5, 9).GetDateTime());
        Assert.Contains("All contracts, matching \"COM-0001\"", sheet.Cell(2, 1).GetString());
    }

    [Fact]
    public async Task A_supplier_user_cannot_download_the_register()
    {
        await using var app = new PortalAppFactory();
        var client = await app.SignedInClientAsync(ResponseSteps.EmailOf[ResponseSteps.Pathways]);

        var response = await client.GetAsync(ContractPaths.RegisterWorkbook);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

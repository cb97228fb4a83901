using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Performance;
using static Microsoft.Playwright.Assertions;
using static Portal.E2E.PerformancePages;

namespace Portal.E2E;

/// <summary>The performance journey moves the portal's clock past two quarter ends, so it has an app of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ContractPerformanceCollection : ICollectionFixture<ClockedPortalApp>
{
    public const string Name = "Portal app for contract performance";
}

/// <summary>
/// The demo's awarded contract (COM-0006) managed as a new user would: once mobilised and commenced, the commissioning officer
/// sets up its outcomes framework from the reference set with a target for each quarter; the supplier submits two quarterly
/// returns as the quarters end (its negative count refused on the way); the officer verifies one figure and queries another; the
/// supplier answers with a correction; the officer reads the answer and the trends, and downloads the
/// half-year's board report with its charts.
/// </summary>
[Collection(ContractPerformanceCollection.Name)]
public sealed class ContractPerformanceTests(ClockedPortalApp app)
{
    private static readonly Dictionary<string, int> Targets = new()
    {
        ["Training placements created"] = 6, ["Employment placements created"] = 5, ["Clients referred or selected for placements"] = 20,
        ["Progress against ETE pathway plans"] = 75, ["Clients starting placements"] = 12, ["Clients completing placements"] = 8,
        ["Clients completing community orders"] = 6, ["Clients not reoffending"] = 24, ["Clients continuously employed for 4 weeks"] = 5,
        ["Clients continuously employed for 8 weeks"] = 4, ["Clients continuously employed for 12 weeks"] = 3,
    };

    private static Dictionary<string, int> Figures(double share) => Targets.ToDictionary(t => t.Key, t => (int)Math.Round(t.Value * share));

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(email, DemoUsers.Password);
        await page.WaitForInteractiveAsync();
        return page;
    }

    [Fact]
    public async Task The_office_sets_up_the_framework_the_supplier_submits_two_returns_and_a_queried_figure_is_answered()
    {
        // The demo commences COM-0006's service 36 days after the day it is seeded.
        var today = UkTime.DateOf(DateTimeOffset.UtcNow);
        var periods = ReportingPeriods.Between(today.AddDays(36), today.AddYears(2));
        var commissioning = await MobilisationPages.MobiliseAndCommenceAsync(app);

        await commissioning.GetByTestId("performance-link").ClickAsync();
        await Expect(commissioning.GetByRole(AriaRole.Heading, new() { Name = "Contract performance" })).ToBeVisibleAsync();
        await commissioning.WaitForInteractiveAsync();
        var performanceUrl = commissioning.Url;
        await commissioning.GetByTestId("set-up-framework").ClickAsync();
        await Expect(commissioning.Locator("tr[data-measure]")).ToHaveCountAsync(11);
        await SetTargetsAsync(commissioning, Targets);
        await Expect(commissioning.GetByTestId("framework-settings").GetByLabel("Capacity (clients at a time)")).ToHaveValueAsync("30");
        await commissioning.ScreenshotAsync("performance-framework");

        await app.AdvanceClockAsync(TimeSpan.FromDays(periods[0].Ends.DayNumber + 3 - today.DayNumber));
        var supplier = await SignInAsync(MobilisationPages.SupplierEmail);
        await Expect(ReturnsRow(supplier, DemoDataSeeder.AwardedTitle)).ToContainTextAsync(periods[0].Name);
        await OpenReturnsAsync(supplier, DemoDataSeeder.AwardedTitle);
        await Period(supplier, periods[0].Name).GetByTestId("open-return").ClickAsync();
        await Expect(supplier.GetByTestId("no-personal-data")).ToContainTextAsync("Do not name or otherwise identify anyone");
        var first = Figures(0.9);
        first["Clients not reoffending"] = -1;
        await FillReturnAsync(supplier, first, "The first weeks of the service: referrals came quickly once the pathway opened.");
        await supplier.GetByTestId("save-return").ClickAsync();
        await Expect(supplier.GetByTestId("return-problem")).ToHaveTextAsync("The figure for \"Clients not reoffending\" cannot be negative.");
        await supplier.GetByTestId("return-form").GetByLabel("Clients not reoffending", new() { Exact = true }).FillAsync("20");
        await supplier.GetByTestId("return-form").GetByLabel("Referrals received").FocusAsync();
        await supplier.ScreenshotAsync("supplier-return");
        await supplier.GetByTestId("submit-return").ClickAsync();
        await Expect(Period(supplier, periods[0].Name).GetByTestId("return-stage")).ToHaveTextAsync("Submitted: being verified");
        await Expect(supplier.GetByTestId("submitted-return")).ToBeVisibleAsync();

        await app.AdvanceClockAsync(TimeSpan.FromDays(periods[1].Ends.DayNumber - periods[0].Ends.DayNumber));
        // Months have passed: sign-ins have long expired, so each person signs in again.
        supplier = await SignInAsync(MobilisationPages.SupplierEmail);
        commissioning = await SignInAsync(DemoUsers.CommissioningOfficer.Email);
        await OpenReturnsAsync(supplier, DemoDataSeeder.AwardedTitle);
        await Period(supplier, periods[1].Name).GetByTestId("open-return").ClickAsync();
        await FillReturnAsync(supplier, Figures(1.05), "A full quarter with both support workers: starts and completions ahead of target.");
        await supplier.GetByTestId("submit-return").ClickAsync();
        await Expect(Period(supplier, periods[1].Name).GetByTestId("return-stage")).ToHaveTextAsync("Submitted: being verified");

        await commissioning.GotoAsync(performanceUrl);
        await commissioning.WaitForInteractiveAsync();
        await Period(commissioning, periods[1].Name).GetByTestId("open-return").ClickAsync();
        await Expect(Figure(commissioning, "Clients starting placements").GetByTestId("figure-status")).ToHaveTextAsync("Self-reported");
        await Figure(commissioning, "Training placements created").GetByTestId("verify").ClickAsync();
        await Expect(Figure(commissioning, "Training placements created").GetByTestId("figure-status")).ToHaveTextAsync("Verified");
        await Figure(commissioning, "Clients starting placements").GetByTestId("query").ClickAsync();
        await Figure(commissioning, "Clients starting placements").GetByLabel("Question for the supplier").FillAsync("Thirteen starts: does that include the two deferred from last quarter?");
        await Figure(commissioning, "Clients starting placements").GetByTestId("send-query").ClickAsync();
        await Expect(Figure(commissioning, "Clients starting placements").GetByTestId("figure-status")).ToHaveTextAsync("Queried");
        await Expect(Figure(commissioning, "Training placements created").GetByTestId("rag")).ToHaveTextAsync("Green: on target");
        await commissioning.ScreenshotAsync("return-verification");

        await OpenReturnsAsync(supplier, DemoDataSeeder.AwardedTitle);
        await Expect(Period(supplier, periods[1].Name).GetByTestId("return-stage")).ToHaveTextAsync("Queried: awaiting answer");
        await Period(supplier, periods[1].Name).GetByTestId("open-return").ClickAsync();
        var queried = Figure(supplier, "Clients starting placements");
        await Expect(queried.GetByTestId("query-thread")).ToContainTextAsync("does that include the two deferred");
        await queried.GetByLabel("Your answer").FillAsync("It did: this quarter's own starts were eleven.");
        await queried.GetByLabel("Corrected figure (optional)").FillAsync("11");
        await queried.GetByTestId("send-answer").ClickAsync();
        await Expect(queried.GetByTestId("figure-status")).ToHaveTextAsync("Self-reported");
        await Expect(queried.GetByTestId("actual")).ToHaveTextAsync("11");

        await commissioning.ReloadAsync();
        await commissioning.WaitForInteractiveAsync();
        await Period(commissioning, periods[1].Name).GetByTestId("open-return").ClickAsync();
        await Expect(Figure(commissioning, "Clients starting placements").GetByTestId("answer")).ToContainTextAsync("Corrected from 13 to 11");
        await commissioning.GetByRole(AriaRole.Tab, new() { Name = "Trends" }).ClickAsync();
        await Expect(commissioning.Locator(".trend-chart")).ToHaveCountAsync(11);
        await Expect(commissioning.Locator(".trend-chart svg").First).ToBeVisibleAsync();
        await commissioning.ScreenshotAsync("performance-trends");

        // The half-year's report for the Reducing Reoffending Board, with this contract's two quarters in it.
        await commissioning.OpenBoardReportAsync();
        await commissioning.GetByRole(AriaRole.Combobox, new() { Name = "Contracts" }).ClickAsync();
        await commissioning.GetByRole(AriaRole.Option, new() { Name = $"COM-0006 · {DemoDataSeeder.AwardedTitle}" }).ClickAsync();
        await Expect(commissioning.GetByTestId("report-contract")).ToHaveCountAsync(1);
        await Expect(commissioning.GetByTestId("report-half")).ToHaveTextAsync(HalfYear.Containing(periods[1].Starts).Label);
        await Expect(commissioning.GetByTestId("measure-chart").First.Locator("svg").First).ToBeVisibleAsync();
        await commissioning.ScreenshotAsync("board-report-contract");
        var (_, boardPdf) = await commissioning.DownloadBoardReportPdfAsync();
        Assert.Contains("Training placements created: target and actual", boardPdf);
        Assert.Contains(periods[1].Name, boardPdf);
        var (_, boardWorkbook, boardWorkbookPath) = await commissioning.DownloadBoardReportWorkbookAsync();
        boardWorkbook.Dispose();
        using (var workbookPackage = SpreadsheetDocument.Open(boardWorkbookPath, false))
            Assert.NotEmpty(workbookPackage.WorkbookPart!.WorksheetParts.SelectMany(w => w.DrawingsPart?.ChartParts ?? []));

        // The reference contract's two years of returns, from the dashboard's call to verify the latest of them.
        await commissioning.GotoAsync("/");
        await commissioning.WaitForInteractiveAsync();
        await commissioning.GetByTestId("waiting-items").Locator(".mud-list-item")
            .Filter(new() { HasText = "Verify the supplier's performance return" }).Filter(new() { HasText = "COM-0001" }).ClickAsync();
        await Expect(commissioning.GetByRole(AriaRole.Heading, new() { Name = "Contract performance" })).ToBeVisibleAsync();
        await commissioning.WaitForInteractiveAsync();
        await Expect(Period(commissioning, "Q3 2022/23").GetByTestId("late")).ToBeVisibleAsync();
        await commissioning.GetByRole(AriaRole.Tab, new() { Name = "Trends" }).ClickAsync();
        await Expect(commissioning.Locator(".trend-chart")).ToHaveCountAsync(11);
        await commissioning.ScreenshotAsync("performance-trends-reference");
    }
}

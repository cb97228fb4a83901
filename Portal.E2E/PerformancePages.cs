using System.Text;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// The steps of a mobilisation plan as its people take them in the browser, shared by the tests that mobilise the demo's awarded
/// contract (COM-0006) and those that go on to manage it.
/// </summary>
public static class MobilisationPages
{
    public static readonly string[] SupplierItems =
    [
        "Risk and safeguarding information reaches the provider before it starts work with a service user",
        "Staff recruited and vetted",
        "Referral pathway agreed with probation and youth offending services",
        "Insurance certificates provided",
    ];

    public static readonly string[] OfficeItems = ["DPIA completed", "Information-sharing agreement signed", "KPI baselines and targets agreed"];

    public const string SupplierEmail = "bids@pathwaystowork.test";

    public static ILocator Item(IPage page, string title) => page.Locator($"[data-item=\"{title}\"]");

    public static async Task SetStatusAsync(IPage page, string title, string status)
    {
        var item = Item(page, title);
        var select = item.GetByRole(AriaRole.Combobox, new() { Name = "Status" });
        await select.ClickAsync();
        var option = page.GetByRole(AriaRole.Option, new() { Name = status, Exact = true });
        await option.ClickAsync();
        // The select closes its list before it takes the value: a Save clicked in between would save the old status.
        await Expect(option).ToBeHiddenAsync();
        await Expect(select).ToHaveTextAsync(status);
        await item.GetByTestId("save-item").ClickAsync();
    }

    /// <summary>Uploads an item's evidence and marks it done.</summary>
    public static async Task CompleteAsync(IPage page, string title)
    {
        var item = Item(page, title);
        var fileName = $"{new string(title.Where(char.IsLetter).Take(24).ToArray())}.pdf";
        var file = new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {title}\n%%EOF\n") };
        await item.Locator("input[type=file]").SetInputFilesAsync(file);
        // A file chosen while the page's interactive render replaces the prerendered one is lost with the old input: choose it again.
        try
        {
            await Expect(item.GetByTestId("evidence-link").First).ToBeVisibleAsync(new() { Timeout = 5_000 });
        }
        catch (PlaywrightException)
        {
            await item.Locator("input[type=file]").SetInputFilesAsync(file);
        }
        await Expect(item.GetByTestId("evidence-link").First).ToHaveTextAsync(fileName);
        await SetStatusAsync(page, title, "Done");
        await Expect(item).ToHaveAttributeAsync("data-status", "Done");
    }

    /// <summary>The procurement officer opens the plan from the dashboard's overdue items, on the plan's page.</summary>
    public static async Task<IPage> OpenPlanFromDashboardAsync(PortalApp app)
    {
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await officer.WaitForInteractiveAsync();
        await officer.GetByTestId("waiting-items").GetByText("Chase overdue mobilisation items").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Mobilisation plan", Exact = true })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        return officer;
    }

    /// <summary>The supplier signs in and opens its part of the plan from its dashboard.</summary>
    public static async Task<IPage> SupplierOpensPlanAsync(PortalApp app)
    {
        var supplier = await app.NewPageAsync();
        await supplier.SignInAsync(SupplierEmail, DemoUsers.Password);
        await supplier.WaitForInteractiveAsync();
        await supplier.GetByTestId("supplier-mobilisation").GetByRole(AriaRole.Link, new() { Name = "Mobilisation plan" }).ClickAsync();
        await Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "Mobilisation plan", Exact = true })).ToBeVisibleAsync();
        await supplier.WaitForInteractiveAsync();
        return supplier;
    }

    /// <summary>The commissioning officer starts mobilisation and commences the service from the commission's page, where it is left.</summary>
    public static async Task StartAndCommenceAsync(IPage commissioning, string reference)
    {
        await commissioning.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await commissioning.WaitForInteractiveAsync();
        await commissioning.Locator("[data-trigger=StartMobilisation]").ClickAsync();
        await Expect(commissioning.Locator("[data-trigger=CommenceService]")).ToBeEnabledAsync();
        await commissioning.Locator("[data-trigger=CommenceService]").ClickAsync();
        await Expect(commissioning.GetByText("Done: Commence service.")).ToBeVisibleAsync();
    }

    /// <summary>
    /// COM-0006 mobilised end to end: the procurement officer records the signed contract, the supplier completes its items, the
    /// commissioning officer the rest, then starts mobilisation and commences the service. Returns the commissioning officer's page,
    /// on the commission.
    /// </summary>
    public static async Task<IPage> MobiliseAndCommenceAsync(PortalApp app)
    {
        var officer = await OpenPlanFromDashboardAsync(app);
        await CompleteAsync(officer, "Contract signed");
        var supplier = await SupplierOpensPlanAsync(app);
        foreach (var title in SupplierItems) await CompleteAsync(supplier, title);
        var commissioning = await app.NewPageAsync();
        await commissioning.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await commissioning.GotoAsync(officer.Url);
        await commissioning.WaitForInteractiveAsync();
        foreach (var title in OfficeItems) await CompleteAsync(commissioning, title);
        await StartAndCommenceAsync(commissioning, "COM-0006");
        return commissioning;
    }
}

/// <summary>The steps of a contract's outcomes framework and returns, as the office and the supplier take them.</summary>
public static class PerformancePages
{
    public static ILocator Figure(IPage page, string measure) => page.Locator($"[data-figure=\"{measure}\"]");

    public static ILocator Period(IPage page, string name) => page.Locator($"[data-period=\"{name}\"]");

    /// <summary>Sets every measure's target for every quarter: the first quarter's box, then the arrow that copies it across.</summary>
    public static async Task SetTargetsAsync(IPage officer, IReadOnlyDictionary<string, int> targets)
    {
        foreach (var (measure, target) in targets)
        {
            var row = officer.Locator($"tr[data-measure=\"{measure}\"]");
            await row.GetByTestId("target").First.FillAsync(target.ToString());
            await row.GetByTestId("target").First.DispatchEventAsync("change");
            await row.GetByTestId("copy-across").ClickAsync();
            await Expect(row.GetByTestId("target").Last).ToHaveValueAsync(target.ToString());
        }
        await officer.GetByTestId("save-targets").ClickAsync();
        await Expect(officer.GetByTestId("targets-saved")).ToBeVisibleAsync();
    }

    /// <summary>The supplier opens its returns for the contract of that title from its dashboard.</summary>
    public static async Task OpenReturnsAsync(IPage supplier, string contractTitle)
    {
        await supplier.GotoAsync("/supplier");
        await supplier.WaitForInteractiveAsync();
        await ReturnsRow(supplier, contractTitle).GetByRole(AriaRole.Link, new() { Name = "Returns" }).ClickAsync();
        await Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "Performance returns", Exact = true })).ToBeVisibleAsync();
        await supplier.WaitForInteractiveAsync();
    }

    /// <summary>The contract's line in the returns list on the supplier's dashboard.</summary>
    public static ILocator ReturnsRow(IPage supplier, string contractTitle) =>
        supplier.GetByTestId("supplier-returns").GetByRole(AriaRole.Row).Filter(new() { HasText = contractTitle });

    /// <summary>Fills in a return's figures (each measure's figure in turn from <paramref name="figures"/>), referrals, caseload and narrative.</summary>
    public static async Task FillReturnAsync(IPage supplier, IReadOnlyDictionary<string, int> figures, string narrative)
    {
        var form = supplier.GetByTestId("return-form");
        await form.GetByLabel("Referrals received").FillAsync("18");
        await form.GetByLabel("Referrals accepted").FillAsync("15");
        await form.GetByLabel("Current caseload").FillAsync("24");
        foreach (var (measure, value) in figures)
            await form.Locator($"[data-measure=\"{measure}\"]").GetByLabel(measure, new() { Exact = true }).FillAsync(value.ToString());
        await form.GetByLabel("Narrative: how the quarter went").FillAsync(narrative);
        await form.GetByLabel("Case studies (anonymised: do not identify anyone)")
            .FillAsync("A man referred by probation completed a forklift course and started work in a warehouse.");
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>What a person does on any page of the portal: sign in, wait for a page to respond, keep a picture of it.</summary>
public static class PortalPages
{
    private static readonly string ScreenshotFolder = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    /// <summary>
    /// A procurement officer, signed in on <paramref name="officer"/>, invites a person to join a supplier of the demo
    /// framework from its Users panel, and sees the invitation sent; returns the panel.
    /// </summary>
    public static async Task<ILocator> InviteToSupplierAsync(this IPage officer, string supplier, string email, string name)
    {
        await officer.WaitForInteractiveAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Frameworks", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Probation Rehabilitation Services (demo)" }).ClickAsync();
        await Expect(officer.GetByTestId("framework-name")).ToHaveTextAsync("Probation Rehabilitation Services (demo)");
        await officer.WaitForInteractiveAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = $"Users of {supplier}" }).First.ClickAsync();
        var people = officer.GetByTestId("supplier-people");
        await Expect(people.GetByRole(AriaRole.Heading, new() { Name = $"People who sign in for {supplier}" })).ToBeVisibleAsync();
        await people.Locator("#invite-email").FillAsync(email);
        await people.Locator("#invite-name").FillAsync(name);
        await people.GetByTestId("invite-send").ClickAsync();
        await Expect(people.GetByTestId("people-notice")).ToHaveTextAsync($"Invitation sent to {email}.");
        return people;
    }

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>
    /// Waits until the page's Blazor circuit is connected and has rendered. The server prerenders the page, so it looks
    /// ready before it is: text typed or a click made earlier is lost when the interactive render replaces the markup.
    /// The circuit API (Blazor.disconnect) appears once the circuit starts, and the interactive renderer marks each
    /// component it places with an empty "!" comment, which prerendered markup never holds.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) => page.WaitForFunctionAsync("""
        () => typeof window.Blazor?.disconnect === 'function'
            && document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT, { acceptNode: c => c.data === '!' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP }).nextNode() !== null
        """);

    /// <summary>Opens a MudSelect by its label and picks an option by its text.</summary>
    public static async Task ChooseAsync(this IPage page, string label, string option)
    {
        var select = page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(select).ToHaveTextAsync(option);
    }

    /// <summary>
    /// Notices (MudBlazor snackbars) fade out within seconds, but a picture taken just after an action catches them stacked over
    /// the top of the page, hiding what they confirm; the page itself is what the picture is for.
    /// </summary>
    private const string WithoutNotices = ".mud-snackbar { visibility: hidden !important; }";

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        // A full-page picture draws fixed and sticky parts (the app bar, a page's toolbar) where the scrolled window has
        // them, part-way down a long page; from the top they sit where a person first sees them.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true, Style = WithoutNotices });
    }

    /// <summary>A picture of one part of a page, such as a chart, scrolled into view.</summary>
    public static async Task ScreenshotAsync(this ILocator element, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await element.ScrollIntoViewIfNeededAsync();
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), Style = WithoutNotices });
    }

    /// <summary>Screenshots go to the repository's TestResults folder, beside the test reports, wherever the tests run from.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Portal.sln above {AppContext.BaseDirectory}.");
    }
}

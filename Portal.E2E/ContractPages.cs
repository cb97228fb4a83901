using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>What the office does to bring the demo's awarded contract (COM-0006) into management, and on the contract page.</summary>
public static class ContractPages
{
    /// <summary>From the mobilisation plan page: every item done with a PDF as its evidence.</summary>
    public static async Task CompleteEveryMobilisationItemAsync(this IPage officer)
    {
        await Expect(officer.Locator(".mobilisation-item")).ToHaveCountAsync(8);
        foreach (var title in await officer.Locator(".mobilisation-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)"))
            await MobilisationPages.CompleteAsync(officer, title);
    }

    /// <summary>On the commission page: makes a move and waits for the page to confirm it.</summary>
    public static async Task MoveAsync(this IPage page, string trigger, string label)
    {
        await page.Locator($"[data-trigger={trigger}]").ClickAsync();
        await Expect(page.GetByText($"Done: {label}.")).ToBeVisibleAsync();
    }

    public static ILocator Option(this IPage page, int number) => page.Locator($"tr[data-option=\"{number}\"]");
}

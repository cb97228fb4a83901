using System.Text;
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
        {
            var item = officer.Locator($"[data-item=\"{title}\"]");
            var fileName = $"{new string(title.Where(char.IsLetter).Take(20).ToArray())}.pdf";
            await item.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = fileName, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {title}\n%%EOF\n"),
            });
            await Expect(item.GetByTestId("evidence-link")).ToHaveTextAsync(fileName);
            await item.GetByRole(AriaRole.Combobox, new() { Name = "Status" }).ClickAsync();
            await officer.GetByRole(AriaRole.Option, new() { Name = "Done", Exact = true }).ClickAsync();
            await item.GetByTestId("save-item").ClickAsync();
            await Expect(item).ToHaveAttributeAsync("data-status", "Done");
        }
    }

    /// <summary>On the commission page: makes a move and waits for the page to confirm it.</summary>
    public static async Task MoveAsync(this IPage page, string trigger, string label)
    {
        await page.Locator($"[data-trigger={trigger}]").ClickAsync();
        await Expect(page.GetByText($"Done: {label}.")).ToBeVisibleAsync();
    }

    public static ILocator Option(this IPage page, int number) => page.Locator($"tr[data-option=\"{number}\"]");
}

using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

[Collection(PortalAppCollection.Name)]
public sealed class SignInTests(PortalApp app)
{
    [Fact]
    public async Task A_wrong_password_keeps_the_person_on_the_sign_in_page_with_a_plain_message()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("login");

        await page.SignInAsync(DemoUsers.CommissioningOfficer.Email, "not-the-password-2026");

        await Expect(page.GetByText("The email or password is not right.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, "/account/login").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToHaveCountAsync(0);
    }
}

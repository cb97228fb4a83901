using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>A procurement officer invites a new person to a supplier; they follow the emailed link, choose a password and are in.</summary>
[Collection(PortalAppCollection.Name)]
public sealed partial class SupplierJoinTests(PortalApp app)
{
    private const string Supplier = "Pathways to Work CIC";
    private const string Password = "Pathways-join-2026";

    [Fact]
    public async Task An_invited_person_joins_pathways_to_work_by_the_emailed_link()
    {
        var email = $"mentor-{Guid.NewGuid().ToString("N")[..8]}@pathwaystowork.test";

        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        var people = await officer.InviteToSupplierAsync(Supplier, email, "Maya Patel");
        await Expect(people.GetByTestId("people-notice")).ToHaveTextAsync($"Invitation sent to {email}.");
        await Expect(people.GetByTestId("open-invitation").Filter(new() { HasText = email })).ToContainTextAsync("Tom Fielding");
        await officer.ScreenshotAsync("supplier-invite");

        var link = await app.LinkEmailedToAsync(email, JoinLink());
        var joiner = await app.NewPageAsync();
        await joiner.GotoAsync(link);
        await Expect(joiner.GetByRole(AriaRole.Heading, new() { Name = $"Join {Supplier}" })).ToBeVisibleAsync();
        await Expect(joiner.GetByTestId("join-email")).ToHaveTextAsync(email);
        await Expect(joiner.Locator("#display-name")).ToHaveValueAsync("Maya Patel");
        await joiner.ScreenshotAsync("supplier-join");

        await joiner.Locator("#password").FillAsync("too-short");
        await joiner.Locator("#confirm-password").FillAsync("too-short");
        await joiner.GetByRole(AriaRole.Button, new() { Name = "Join and sign in" }).ClickAsync();
        await Expect(joiner.GetByTestId("join-problems")).ToContainTextAsync("at least 12 characters");
        await Expect(joiner.Locator("#display-name")).ToHaveValueAsync("Maya Patel");

        await joiner.Locator("#password").FillAsync(Password);
        await joiner.Locator("#confirm-password").FillAsync(Password);
        await joiner.GetByRole(AriaRole.Button, new() { Name = "Join and sign in" }).ClickAsync();
        await Expect(joiner).ToHaveURLAsync(new Regex("/supplier$"));
        await Expect(joiner.GetByTestId("supplier-name")).ToHaveTextAsync(Supplier);
        await Expect(joiner.GetByRole(AriaRole.Heading, new() { Name = "Invitations to tender" })).ToBeVisibleAsync();
        await Expect(joiner.GetByTestId("invitation").First).ToBeVisibleAsync();

        await joiner.WaitForInteractiveAsync();
        await joiner.GetByRole(AriaRole.Link, new() { Name = "People and invitations" }).ClickAsync();
        await Expect(joiner.GetByTestId("supplier-user").Filter(new() { HasText = email })).ToContainTextAsync("Maya Patel");
        await Expect(joiner.GetByTestId("open-invitation").Filter(new() { HasText = email })).ToHaveCountAsync(0);
        await joiner.ScreenshotAsync("supplier-people");

        var reused = await app.NewPageAsync();
        await reused.GotoAsync(link);
        await Expect(reused.GetByTestId("join-dead-link")).ToContainTextAsync("already been used");
        await reused.ScreenshotAsync("supplier-join-used");
    }

    [GeneratedRegex(@"https?://\S+/account/join/[A-Za-z0-9_-]+")]
    internal static partial Regex JoinLink();
}

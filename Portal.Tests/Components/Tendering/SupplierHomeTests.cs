using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Identity;

namespace Portal.Tests.Components.Tendering;

/// <summary>The supplier's home page lists its invitations to tender, each counting down to its next deadline.</summary>
public sealed class SupplierHomeTests : PortalComponentTest, IClassFixture<ComponentDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public SupplierHomeTests(ComponentDatabase database) : base(database)
    {
        // The page's organisation panel reads the signed-in user through Identity's user manager.
        Services.AddScoped(_ => database.CreateDbContext());
        Services.AddIdentityCore<ApplicationUser>().AddEntityFrameworkStores<PortalDbContext>();
        Services.AddScoped<SupplierHomeService>();
        Services.AddScoped<Portal.Components.Award.BidderOutcomeService>();
    }

    [Fact]
    public async Task An_invitation_shows_its_stage_its_next_deadline_counting_down_and_the_addenda_to_acknowledge()
    {
        var tender = await Database.IssuedTenderAsync("Employment support for people on probation");

        var invitation = RenderHomeFor(tender.Us).WaitForElement("[data-testid='invitation']", Patience);

        Assert.Contains("Employment support for people on probation", invitation.TextContent);
        Assert.Contains("Lot 1: Employment, training and education (West Midlands)", invitation.TextContent);
        Assert.Matches(@"COM-\d{4}", invitation.TextContent);
        Assert.Equal("Open for questions", invitation.QuerySelector("[data-testid='tender-stage']")!.TextContent.Trim());
        Assert.Equal("Questions close in 3 days 4 hours on 14 May 2026, 14:00 (UK time)", Squash(invitation.QuerySelector("[data-testid='countdown']")!.TextContent));
        Assert.Equal("1 addendum to acknowledge", invitation.QuerySelector("[data-testid='addenda-badge']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_countdown_moves_on_every_minute_without_a_reload()
    {
        var tender = await Database.IssuedTenderAsync();
        var page = RenderHomeFor(tender.Us);
        page.WaitForElement("[data-testid='countdown']", Patience);

        Clock.Advance(TimeSpan.FromMinutes(61));

        page.WaitForAssertion(() => Assert.StartsWith("Questions close in 3 days 2 hours", Squash(page.Find("[data-testid='countdown']").TextContent)), Patience);
    }

    [Fact]
    public async Task When_questions_close_the_invitation_moves_on_to_tenders()
    {
        var tender = await Database.IssuedTenderAsync();
        Clock.SetUtcNow(tender.ClarificationDeadline.AddSeconds(-30));
        var page = RenderHomeFor(tender.Us);
        page.WaitForElement("[data-testid='countdown']", Patience);
        Assert.StartsWith("Questions close in less than a minute", Squash(page.Find("[data-testid='countdown']").TextContent));

        Clock.Advance(TimeSpan.FromMinutes(1));

        page.WaitForAssertion(() => Assert.Equal("Open for tenders", page.Find("[data-testid='tender-stage']").TextContent.Trim()), Patience);
        Assert.StartsWith("Tenders close in 13 days 21 hours", Squash(page.Find("[data-testid='countdown']").TextContent));
    }

    [Fact]
    public async Task With_no_invitations_the_page_says_what_will_appear_there()
    {
        var supplier = await Database.SupplierWithoutInvitationsAsync();

        var empty = RenderHomeFor(supplier).WaitForElement("[data-testid='no-invitations']", Patience);

        Assert.Contains("You have no invitations to tender yet.", empty.TextContent);
        Assert.Contains("When the office invites your organisation to bid", empty.TextContent);
    }

    private IRenderedComponent<SupplierHome> RenderHomeFor(Actor supplier)
    {
        SignInAs(supplier);
        return Render<SupplierHome>();
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

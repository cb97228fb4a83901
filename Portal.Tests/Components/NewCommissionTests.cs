using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Components.Commissions;

namespace Portal.Tests.Components;

/// <summary>Creating a commission from the form: invalid entries are caught on the page and nothing is stored.</summary>
public sealed class NewCommissionTests(ComponentDatabase database) : PortalComponentTest(database), IClassFixture<ComponentDatabase>
{
    [Fact]
    public async Task Empty_title_shows_the_message_and_saves_nothing()
    {
        var countBefore = await Database.CommissionCountAsync();
        var page = RenderNewCommission();

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Give the commission a title.", page.Markup));
        Assert.Equal(countBefore, await Database.CommissionCountAsync());
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Upper_value_typed_below_the_lower_one_shows_the_message_and_saves_nothing()
    {
        var countBefore = await Database.CommissionCountAsync();
        var page = RenderNewCommission();

        page.Find("#title").Change("Mentoring for young adults");
        page.Find("#annual-low").Change("80000");
        page.Find("#annual-high").Change("75000");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("The upper annual value must not be below the lower one.", page.Markup));
        Assert.Equal(countBefore, await Database.CommissionCountAsync());
    }

    [Fact]
    public async Task Valid_title_creates_the_commission_and_opens_it()
    {
        var countBefore = await Database.CommissionCountAsync();
        var page = RenderNewCommission();

        page.Find("#title").Change("Mentoring for young adults");
        page.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/commissions/[0-9a-f-]{36}$", navigation.Uri));
        Assert.Equal(countBefore + 1, await Database.CommissionCountAsync());
    }

    private IRenderedComponent<NewCommission> RenderNewCommission()
    {
        SignInAs(People.CommissioningOfficer);
        Render<MudPopoverProvider>();
        return Render<NewCommission>();
    }
}

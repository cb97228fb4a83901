using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Suppliers;
using Portal.Domain.Frameworks;
using Portal.Infrastructure;
using Portal.Tests.Integration;

namespace Portal.Tests.Components.Suppliers;

/// <summary>The invite form says what is wrong with the address or name beside the field, and only a good one reaches the service.</summary>
public sealed class InviteSupplierUserFormTests(ComponentDatabase database) : PortalComponentTest(database), IClassFixture<ComponentDatabase>
{
    private async Task<SupplierOrganisation> OrganisationAsync()
    {
        var organisation = new SupplierOrganisation($"Lantern Trust {Guid.NewGuid():N}", "Lee Ward", "lee@lantern.test", "Leek");
        await using var db = Database.CreateDbContext();
        db.SupplierOrganisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    private async Task<IRenderedComponent<InviteSupplierUserForm>> RenderFormAsync(Action<string> onInvited)
    {
        Services.AddSingleton(new OfficeIdentity(OfficeIdentity.DefaultName));
        Services.AddScoped<SupplierUserInvitationService>();
        SignInAs(TestActors.ProcurementOfficer);
        var organisation = await OrganisationAsync();
        return Render<InviteSupplierUserForm>(p => p
            .Add(x => x.OrganisationId, organisation.Id)
            .Add(x => x.OrganisationName, organisation.Name)
            .Add(x => x.OnInvited, onInvited));
    }

    private async Task<int> InvitationCountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.SupplierUserInvitations.CountAsync();
    }

    [Fact]
    public async Task A_missing_or_malformed_address_is_explained_beside_its_field_and_nothing_is_sent()
    {
        var invited = new List<string>();
        var cut = await RenderFormAsync(invited.Add);
        var before = await InvitationCountAsync();

        await cut.Find("[data-testid=invite-send]").ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Contains("Enter the email address of the person to invite.", cut.Markup));
        Assert.Contains("The name is required.", cut.Markup);

        cut.Find("#invite-email").Change("ann.example.org");
        cut.Find("#invite-name").Change("Ann Example");
        await cut.Find("[data-testid=invite-send]").ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Contains("\"ann.example.org\" is not a valid email address.", cut.Markup));
        Assert.DoesNotContain("The name is required.", cut.Markup);

        Assert.Empty(invited);
        Assert.Equal(before, await InvitationCountAsync());
    }

    [Fact]
    public async Task A_good_address_is_invited_and_the_form_clears()
    {
        var invited = new List<string>();
        var cut = await RenderFormAsync(invited.Add);
        var before = await InvitationCountAsync();

        cut.Find("#invite-email").Change(" ann@example.org ");
        cut.Find("#invite-name").Change("Ann Example");
        await cut.Find("[data-testid=invite-send]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(["ann@example.org"], invited));
        Assert.Equal(before + 1, await InvitationCountAsync());
        Assert.Empty(cut.Find("#invite-email").GetAttribute("value") ?? "");
    }
}

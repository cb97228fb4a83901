using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Tests.Integration;

/// <summary>Who may open which page, checked over HTTP with the real sign-in cookie.</summary>
public sealed class PageAccessByRoleTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Supplier = "bids@pathwaystowork.test";

    [Theory]
    [InlineData("/")]
    [InlineData("/commissions")]
    [InlineData("/admin/audit")]
    public async Task Anonymous_visitor_is_sent_to_sign_in(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.LocationPath());
    }

    [Fact]
    public async Task Wrong_password_keeps_the_visitor_on_the_form_with_a_message()
    {
        var response = await app.AnonymousClient().SubmitLoginAsync(DemoUsers.CommissioningOfficer.Email, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Supplier_sign_in_lands_on_the_supplier_home()
    {
        var response = await app.AnonymousClient().SubmitLoginAsync(Supplier, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/supplier", response.LocationPath());
    }

    [Fact]
    public async Task Supplier_is_refused_every_office_page()
    {
        var client = await app.SignedInClientAsync(Supplier);
        var commissionId = await AnyCommissionIdAsync();

        foreach (var path in new[] { "/", "/commissions", $"/commissions/{commissionId}", $"/commissions/{commissionId}/itt", "/commissions/new", "/admin/audit" })
        {
            var response = await client.GetAsync(path);
            AssertRefused(response, path);
        }
    }

    [Fact]
    public async Task Supplier_sees_only_its_own_organisation()
    {
        var client = await app.SignedInClientAsync(Supplier);

        var response = await client.GetAsync("/supplier");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pathways to Work CIC", html);
        Assert.DoesNotContain("Second Chance Skills Trust", html);
    }

    [Fact]
    public async Task Commissioning_officer_opens_the_dashboard_and_list_but_not_the_audit_check()
    {
        var client = await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/commissions")).StatusCode);
        AssertRefused(await client.GetAsync("/admin/audit"), "/admin/audit");
        AssertRefused(await client.GetAsync("/supplier"), "/supplier");
    }

    [Fact]
    public async Task Procurement_officer_may_read_a_commission_but_not_create_one()
    {
        var client = await app.SignedInClientAsync(DemoUsers.ProcurementOfficer.Email);
        var commissionId = await AnyCommissionIdAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/commissions/{commissionId}")).StatusCode);
        AssertRefused(await client.GetAsync("/commissions/new"), "/commissions/new");
    }

    [Fact]
    public async Task Administrator_opens_the_audit_check()
    {
        var client = await app.SignedInClientAsync(DemoUsers.Administrator.Email);

        var response = await client.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Audit trail check", await response.Content.ReadAsStringAsync());
    }

    private static void AssertRefused(HttpResponseMessage response, string path)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden) return;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered {(int)response.StatusCode}, not a refusal.");
        Assert.StartsWith("/account/access-denied", response.LocationPath());
    }

    private async Task<Guid> AnyCommissionIdAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.Select(c => c.Id).FirstAsync();
    }
}

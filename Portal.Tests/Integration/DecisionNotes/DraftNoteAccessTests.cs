using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Components.DecisionNotes;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.DecisionNotes;

/// <summary>A supplier user reads no decision note, least of all a draft, whether through the service or over HTTP.</summary>
public sealed class DraftNoteAccessTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string SupplierEmail = "bids@pathwaystowork.test";
    private const string DraftTitle = "Draft note a supplier must never read";

    private readonly DecisionSteps _steps = new(app);

    [Fact]
    public async Task The_service_refuses_a_supplier_every_view_of_the_note_and_any_change()
    {
        var id = await _steps.Commissions.CreateAsync(DraftTitle);
        var page = await app.ServiceFor<DecisionNoteService>(TestActors.CommissioningOfficer).GetAsync(id);
        var notes = app.ServiceFor<DecisionNoteService>(TestActors.Supplier);

        var read = await notes.GetAsync(id);
        var version = await notes.GetVersionAsync(id, 1);
        var compared = await notes.CompareAsync(id, 1, 1);
        var saved = await notes.SaveAsync(id, page.Value!.ConcurrencyToken, page.Value.Content with { Title = "Rewritten by a bidder" });

        Assert.Equal(OperationOutcome.Forbidden, read.Outcome);
        Assert.Null(read.Value);
        Assert.Equal(OperationOutcome.Forbidden, version.Outcome);
        Assert.Null(version.Value);
        Assert.Equal(OperationOutcome.Forbidden, compared.Outcome);
        Assert.Null(compared.Value);
        Assert.Equal(OperationOutcome.Forbidden, saved.Outcome);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(DraftTitle, await db.Commissions.Where(c => c.Id == id).Select(c => c.Title).SingleAsync());
    }

    [Fact]
    public async Task An_office_user_reads_the_same_draft()
    {
        var id = await _steps.Commissions.CreateAsync(DraftTitle + " (office copy)");

        var read = await app.ServiceFor<DecisionNoteService>(TestActors.ProcurementOfficer).GetAsync(id);

        Assert.True(read.Succeeded, read.Message);
        Assert.Equal(DraftTitle + " (office copy)", read.Value!.Content.Title);
        Assert.False(read.Value.CanEdit);
    }

    [Fact]
    public async Task A_signed_in_supplier_is_refused_the_commission_page_holding_the_draft()
    {
        var id = await _steps.Commissions.CreateAsync(DraftTitle + " (over HTTP)");
        var client = await app.SignedInClientAsync(SupplierEmail);

        var response = await client.GetAsync($"/commissions/{id}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(DraftTitle, body);
        if (response.StatusCode == HttpStatusCode.Forbidden) return;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.LocationPath());
    }
}

using System.Net;
using Portal.Data;
using Portal.Domain.Equality;

namespace Portal.Tests.Integration.Documents;

/// <summary>The office's PDFs of a decision note and its EIA, and who may have them.</summary>
public sealed class DecisionNotePdfTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Office_user_downloads_the_decision_note_as_the_offices_form()
    {
        var id = await app.CommissionIdAsync(1);
        var client = await app.SignedInClientAsync(DemoUsers.ProcurementOfficer.Email);

        var response = await client.GetAsync($"/commissions/{id}/decision-note.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("COM-0001-decision-note.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        await DocumentClients.KeepAsync("COM-0001.pdf", bytes);
        var pdf = PdfText.Read(bytes);
        Assert.True(pdf.PageCount >= 3, $"The note printed on {pdf.PageCount} page(s).");
        Assert.True(pdf.Contains("Request for decision by the Commissioner"), pdf.Flat[..200]);
        Assert.True(pdf.Contains(ReferenceCommission.Title));
        Assert.True(pdf.Contains("SCP-D-202122-001"), "The decision number is missing.");
        Assert.True(pdf.Contains("£300,000 – £320,000"), "The full-term value is missing.");
        Assert.True(pdf.Contains("The service meets a need identified by the Reducing Reoffending Board"), "The Commissioner's rationale is missing.");
        Assert.True(pdf.Contains("ORIGINATING OFFICER DECLARATION"));
        Assert.True(pdf.Contains($"Page {pdf.PageCount} of {pdf.PageCount}"));
    }

    [Fact]
    public async Task Supplier_and_anonymous_visitor_are_refused_the_decision_note()
    {
        var id = await app.CommissionIdAsync(1);

        var anonymous = await app.AnonymousClient().GetAsync($"/commissions/{id}/decision-note.pdf");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.LocationPath());

        var supplier = await app.SignedInClientAsync(DocumentClients.Supplier);
        DocumentClients.AssertRefused(await supplier.GetAsync($"/commissions/{id}/decision-note.pdf"));
        DocumentClients.AssertRefused(await supplier.GetAsync($"/commissions/{id}/equality-assessment.pdf"));
    }

    [Fact]
    public async Task A_version_that_does_not_exist_is_not_found()
    {
        var id = await app.CommissionIdAsync(1);
        var client = await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email);

        var response = await client.GetAsync($"/commissions/{id}/decision-note.pdf?version=99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Office_user_downloads_the_eia_with_all_nine_characteristics()
    {
        var id = await app.CommissionIdAsync(1);
        var client = await app.SignedInClientAsync(DemoUsers.EqualityLead.Email);

        var response = await client.GetAsync($"/commissions/{id}/equality-assessment.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        await DocumentClients.KeepAsync("COM-0001-eia.pdf", bytes);
        var pdf = PdfText.Read(bytes);
        Assert.True(pdf.Contains("Equality Impact Assessment"));
        Assert.True(pdf.Contains("Commissioning of Offender Employment Support Service"));
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
            Assert.True(pdf.Contains($"6.{(int)characteristic + 1} {characteristic.Describe()}"), $"{characteristic.Describe()} is missing from the conclusions.");
        Assert.True(pdf.Contains("Women-only sessions on request"), "The mitigation for sex is missing.");
        Assert.True(pdf.Contains("Passed quality assurance"));
    }
}

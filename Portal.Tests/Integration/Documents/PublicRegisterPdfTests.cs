using System.Net;
using System.Text;
using Portal.Components.PublicRegister;
using Portal.Data;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;

namespace Portal.Tests.Integration.Documents;

/// <summary>The public register's PDFs: only published notes, with their redactions applied, for anyone.</summary>
public sealed class PublicRegisterPdfTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string SecretConsultation = "Confidential soundings with Tamworth providers on pricing";

    [Fact]
    public async Task A_deferred_note_has_no_public_pdf()
    {
        // The reference note defers publication until the contract is awarded; this one has only just been approved.
        var id = await app.ApprovedNoteAsync(TestActors.CompleteNote("Deferred outreach service"));

        var response = await app.AnonymousClient().GetAsync($"/register/decisions/{id}.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_published_note_prints_redacted_sections_as_redacted_and_never_their_text()
    {
        var note = TestActors.CompleteNote("Łódź exchange mentoring pilot") with
        {
            ConsultationAndEngagement = SecretConsultation,
            Deferral = PublicationDeferral.NotDeferred,
            PublicAccessAllowed = true,
            RedactNote = true,
            RedactedSections = ["consultation"],
        };
        var id = await app.ApprovedNoteAsync(note);

        var response = await app.AnonymousClient().GetAsync($"/register/decisions/{id}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var pdf = PdfText.Read(bytes);
        await DocumentClients.KeepAsync("redacted.pdf", bytes);
        Assert.True(pdf.Contains("Łódź exchange mentoring pilot"), "The title (drawn with Unicode glyphs) is missing.");
        Assert.True(pdf.Contains("4. Consultation and engagement undertaken " + PublicRegisterService.RedactedText), "The redacted section is not marked as redacted.");
        Assert.False(pdf.Contains("Tamworth"), "The redacted text is in the public PDF.");
        Assert.DoesNotContain("Tamworth", Encoding.Latin1.GetString(bytes));
        Assert.True(pdf.Contains(TestActors.CompleteNote("x").ServiceAims[..60]), "An unredacted section is missing.");

        // The office's own PDF of the same note still carries the text, marked for redaction on publication.
        var office = await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email);
        var full = PdfText.Read(await office.GetByteArrayAsync($"/commissions/{id}/decision-note.pdf"));
        Assert.True(full.Contains(SecretConsultation));
        Assert.True(full.Contains("To be redacted when the note is published."));
    }

    [Fact]
    public async Task The_published_eia_is_public_and_an_unpublished_one_is_not_found()
    {
        var published = await app.CommissionIdAsync(1);
        var live = await app.CommissionIdAsync(2);
        var anonymous = app.AnonymousClient();

        var response = await anonymous.GetAsync($"/register/equality/{published}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
            Assert.True(pdf.Contains(characteristic.Describe()), $"{characteristic.Describe()} is missing.");
        Assert.False(pdf.Contains("Amira Haddad"), "The public EIA names the equality lead.");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/register/equality/{live}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/register/decisions/{live}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/register/decisions/{Guid.NewGuid()}.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_seeded_published_note_downloads_for_anyone()
    {
        var id = await app.CommissionIdAsync(1);

        var response = await app.AnonymousClient().GetAsync($"/register/decisions/{id}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.True(pdf.Contains(ReferenceCommission.Title));
        Assert.True(pdf.Contains("published on the public register"));
        Assert.True(pdf.Contains("Page 1 of"));
    }
}

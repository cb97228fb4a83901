using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.DecisionNotes;
using Portal.Data;
using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Integration.Documents;

/// <summary>Uploading papers to a decision note and downloading them again, over HTTP as the page does.</summary>
public sealed class AttachmentTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private string FilesFolder => Path.Combine(app.DataFolder, "files");

    [Fact]
    public async Task An_upload_is_stored_under_a_server_chosen_name_with_its_hash_and_downloads_byte_for_byte()
    {
        var id = await new CommissionSteps(app).CreateAsync("Attachment storage service");
        var (client, token) = await (await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email)).UploaderAsync();
        var content = DocumentClients.SamplePdf("Service specification for the attachment storage service");

        var response = await client.UploadAsync(token, id, "../Service spec (final).pdf", content, "ServiceSpecification");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = (await response.Content.ReadFromJsonAsync<AttachmentView>())!;
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        Assert.Equal(sha, view.Sha256);
        Assert.Equal("Service spec (final).pdf", view.OriginalName);
        await using (var db = await app.OpenDbAsync())
        {
            var row = await db.DecisionNoteAttachments.SingleAsync(a => a.Id == view.Id);
            Assert.Equal(content.Length, row.Size);
            Assert.Equal("application/pdf", row.ContentType);
            Assert.True(Guid.TryParseExact(row.StoredName, "N", out _), $"The stored name {row.StoredName} is not one the server chose.");
            var stored = Path.Combine(FilesFolder, row.StoredName);
            Assert.True(File.Exists(stored));
            Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(stored))));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.CommissionId == id && e.Action == "AttachmentUploaded"), "No audit event for the upload.");
        }
        Assert.Empty(Directory.GetFiles(FilesFolder, "*.uploading"));

        var download = await client.GetAsync($"/commissions/{id}/attachments/{view.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Service spec (final).pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());

        var supplier = await app.SignedInClientAsync(DocumentClients.Supplier);
        DocumentClients.AssertRefused(await supplier.GetAsync($"/commissions/{id}/attachments/{view.Id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.AnonymousClient().GetAsync($"/commissions/{id}/attachments/{view.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("setup.pdf", "MZ\u0090\0 This program cannot be run in DOS mode", "is not really a PDF file")]
    [InlineData("budget.xlsx", "PK\u0003\u0004 not really a spreadsheet", "is not really a XLSX file")]
    [InlineData("setup.exe", "MZ\u0090\0 This program cannot be run in DOS mode", "is not a kind of file the portal accepts")]
    [InlineData("empty.pdf", "", "is empty")]
    public async Task A_file_that_is_not_what_it_claims_is_refused_with_a_reason_and_nothing_is_stored(string name, string body, string message)
    {
        var id = await new CommissionSteps(app).CreateAsync("Refused upload service " + name);
        var (client, token) = await (await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email)).UploaderAsync();
        var before = Directory.GetFiles(FilesFolder).Length;

        var response = await client.UploadAsync(token, id, name, Encoding.Latin1.GetBytes(body), contentType: "application/pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<Portal.Components.Documents.UploadProblem>())!.Message);
        Assert.Equal(before, Directory.GetFiles(FilesFolder).Length);
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.DecisionNoteAttachments.AnyAsync(a => a.CommissionId == id));
    }

    [Fact]
    public async Task Only_a_commissioning_officer_with_the_pages_token_may_upload_and_only_while_the_note_is_open()
    {
        var open = await new CommissionSteps(app).CreateAsync("Upload permission service");
        var decided = await app.CommissionIdAsync(1);
        var content = DocumentClients.SamplePdf("A paper");

        var (officer, token) = await (await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email)).UploaderAsync();
        var noToken = await officer.UploadAsync(null, open, "paper.pdf", content);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("security token", await noToken.Content.ReadAsStringAsync());

        var closed = await officer.UploadAsync(token, decided, "paper.pdf", content);
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);
        Assert.Contains("only while the decision note is in draft", await closed.Content.ReadAsStringAsync());

        var (procurement, procurementToken) = await (await app.SignedInClientAsync(DemoUsers.ProcurementOfficer.Email)).UploaderAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.UploadAsync(procurementToken, open, "paper.pdf", content)).StatusCode);

        var supplier = await app.SignedInClientAsync(DocumentClients.Supplier);
        DocumentClients.AssertRefused(await supplier.UploadAsync(null, open, "paper.pdf", content));
        Assert.Equal(HttpStatusCode.Redirect, (await app.AnonymousClient().UploadAsync(null, open, "paper.pdf", content)).StatusCode);

        await using var db = await app.OpenDbAsync();
        Assert.False(await db.DecisionNoteAttachments.AnyAsync(a => a.CommissionId == open || a.CommissionId == decided));
    }

    [Fact]
    public async Task The_panels_upload_script_is_served_and_sends_the_antiforgery_header()
    {
        var script = await app.AnonymousClient().GetStringAsync("/js/file-upload.js");

        Assert.Contains("export function upload", script);
        Assert.Contains("RequestVerificationToken", script);
    }

    [Fact]
    public async Task An_appendix_of_a_published_note_downloads_from_the_register()
    {
        var content = DocumentClients.SamplePdf("Action plan appendix");
        var appendixId = Guid.Empty;
        var note = TestActors.CompleteNote("Published appendix service") with { Deferral = PublicationDeferral.NotDeferred, PublicAccessAllowed = true };
        var id = await app.ApprovedNoteAsync(note, async commissionId =>
        {
            var (client, token) = await (await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email)).UploaderAsync();
            var response = await client.UploadAsync(token, commissionId, "action plan.pdf", content, "ActionPlan", isAppendix: true);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            appendixId = (await response.Content.ReadFromJsonAsync<AttachmentView>())!.Id;
        });

        var download = await app.AnonymousClient().GetAsync($"/register/decisions/{id}/appendices/{appendixId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("action plan.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.NotFound, (await app.AnonymousClient().GetAsync($"/register/decisions/{id}/appendices/{Guid.NewGuid()}")).StatusCode);
    }
}

/// <summary>The size limit comes from configuration and is enforced by the server while the upload streams in.</summary>
public sealed class AttachmentSizeLimitTests : IAsyncLifetime
{
    private readonly PortalAppFactory _parent = new();
    private WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _app = _parent.WithWebHostBuilder(builder => builder.UseSetting("Portal:Attachments:MaxBytes", "4096"));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused_with_the_limit_and_nothing_is_stored()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitLoginAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password)).StatusCode);
        var (uploader, token) = await client.UploaderAsync();
        Guid id;
        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
            id = await db.Commissions.Where(c => c.Number == 2).Select(c => c.Id).SingleAsync();
        var files = Path.Combine(_parent.DataFolder, "files");
        var before = Directory.GetFiles(files).ToHashSet();
        var small = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        var large = small.Concat(new byte[5000]).ToArray();

        var refused = await uploader.UploadAsync(token, id, "large.pdf", large);
        var accepted = await uploader.UploadAsync(token, id, "small.pdf", small);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("larger than the 4 KB limit", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Single(Directory.GetFiles(files), f => !before.Contains(f));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _parent.DisposeAsync();
    }
}

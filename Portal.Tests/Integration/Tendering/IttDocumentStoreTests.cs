using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Tendering;
using Portal.Infrastructure;
using Portal.Tests.Integration.Documents;

namespace Portal.Tests.Integration.Tendering;

/// <summary>
/// The ITT's document files: streamed to disk under a server-chosen name with their SHA-256, checked by their own bytes,
/// added to the ITT as documents and versions, and downloaded by the office only.
/// </summary>
public sealed class IttDocumentStoreTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly TenderSteps _steps = new(app);

    private string FilesFolder => Path.Combine(app.DataFolder, "files");

    private async Task<(Guid Id, Guid Token)> StartedIttAsync(string title)
    {
        var id = await _steps.InIttPreparationAsync(title);
        var content = new IttContent
        {
            LotId = await _steps.LotWithActiveSuppliersAsync(),
            PriceWeightingPercent = 50,
            Timetable = [new(TimetablePhase.TenderDeadline, new DateOnly(2027, 3, 12), new TimeOnly(12, 0))],
        };
        var saved = await _steps.Itt(TestActors.ProcurementOfficer).SaveAsync(id, null, content);
        Assert.True(saved.Succeeded, saved.Message);
        return (id, (await _steps.ViewAsync(id)).ConcurrencyToken);
    }

    private async Task<IttDocumentFile> StoredFileAsync(Guid fileId)
    {
        await using var db = await app.OpenDbAsync();
        return await db.IttDocumentFiles.AsNoTracking().SingleAsync(f => f.Id == fileId);
    }

    [Fact]
    public async Task A_pdf_is_stored_under_a_server_chosen_name_with_its_sha256_and_each_upload_is_a_new_version()
    {
        var (id, token) = await StartedIttAsync("ITT documents stored");
        var pdf = DocumentClients.SamplePdf("Service specification: employment mentoring for prison leavers");
        var store = _steps.Store(TestActors.ProcurementOfficer);

        var added = await store.AddDocumentAsync(id, token, IttDocumentKind.Specification, "Service specification", new TestBrowserFile("../Spec (final).pdf", pdf));

        Assert.True(added.Succeeded, added.Message);
        var document = Assert.Single((await _steps.ViewAsync(id)).Documents);
        Assert.Equal(IttDocumentKind.Specification, document.Kind);
        var first = Assert.Single(document.Versions);
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal((1, "Spec (final).pdf", pdf.LongLength, sha, "Pat Procurement"), (first.Number, first.FileName, first.SizeBytes, first.Sha256, first.AddedByName));
        var row = await StoredFileAsync(first.AttachmentId);
        Assert.Equal((id, "application/pdf", sha, "test-procurement"), (row.CommissionId, row.ContentType, row.Sha256, row.UploadedByUserId));
        Assert.True(Guid.TryParseExact(row.StoredName, "N", out _), $"The stored name {row.StoredName} is not one the server chose.");
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(FilesFolder, row.StoredName)))));
        Assert.Empty(Directory.GetFiles(FilesFolder, "*.uploading"));

        var revised = DocumentClients.SamplePdf("Service specification, revised after market engagement");
        var versioned = await store.AddVersionAsync(id, (await _steps.ViewAsync(id)).ConcurrencyToken, document.Id, new TestBrowserFile("spec-v2.pdf", revised));

        Assert.True(versioned.Succeeded, versioned.Message);
        var versions = Assert.Single((await _steps.ViewAsync(id)).Documents).Versions;
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(revised)), versions[1].Sha256);
        Assert.NotEqual(versions[0].AttachmentId, versions[1].AttachmentId);
    }

    [Theory]
    [InlineData("specification.pdf", "MZ\u0090\0 This program cannot be run in DOS mode", "\"specification.pdf\" is not really a PDF file")]
    [InlineData("pricing.xlsx", "PK\u0003\u0004 not really a spreadsheet", "\"pricing.xlsx\" is not really a XLSX file")]
    [InlineData("questionnaire.exe", "MZ\u0090\0 This program cannot be run in DOS mode", "is not a kind of file the portal accepts")]
    [InlineData("empty.pdf", "", "\"empty.pdf\" is empty.")]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_kept(string name, string body, string message)
    {
        var (id, token) = await StartedIttAsync("ITT refused file " + name);
        var before = Directory.GetFiles(FilesFolder).Length;

        var result = await _steps.Store(TestActors.ProcurementOfficer)
            .AddDocumentAsync(id, token, IttDocumentKind.PricingSchedule, "Pricing schedule", new TestBrowserFile(name, Encoding.Latin1.GetBytes(body), "application/pdf"));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains(message, result.Message);
        Assert.Equal(before, Directory.GetFiles(FilesFolder).Length);
        Assert.Empty((await _steps.ViewAsync(id)).Documents);
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.IttDocumentFiles.AnyAsync(f => f.CommissionId == id));
    }

    [Fact]
    public async Task An_upload_from_a_stale_page_is_a_conflict_and_its_file_goes_again()
    {
        var (id, stale) = await StartedIttAsync("ITT upload from a stale page");
        Assert.True((await _steps.Itt(TestActors.ProcurementOfficer).SaveAsync(id, stale, (await _steps.ViewAsync(id)).Content with { PriceWeightingPercent = 60 })).Succeeded);
        var before = Directory.GetFiles(FilesFolder).Length;

        var result = await _steps.Store(TestActors.ProcurementOfficer)
            .AddDocumentAsync(id, stale, IttDocumentKind.Terms, "Terms and conditions", new TestBrowserFile("terms.pdf", DocumentClients.SamplePdf("Terms")));

        Assert.Equal(OperationOutcome.Conflict, result.Outcome);
        Assert.Equal(before, Directory.GetFiles(FilesFolder).Length);
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.IttDocumentFiles.AnyAsync(f => f.CommissionId == id));
    }

    [Fact]
    public async Task Only_a_procurement_officer_may_upload_and_a_supplier_user_is_forbidden()
    {
        var (id, token) = await StartedIttAsync("ITT upload by the wrong people");
        var file = new TestBrowserFile("spec.pdf", DocumentClients.SamplePdf("Specification"));

        Assert.Equal(OperationOutcome.Forbidden,
            (await _steps.Store(TestActors.Supplier).AddDocumentAsync(id, token, IttDocumentKind.Specification, "Specification", file)).Outcome);
        Assert.Equal(OperationOutcome.Forbidden,
            (await _steps.Store(TestActors.CommissioningOfficer).AddDocumentAsync(id, token, IttDocumentKind.Specification, "Specification", file)).Outcome);
        Assert.Empty((await _steps.ViewAsync(id)).Documents);
    }

    [Fact]
    public async Task Office_users_download_the_file_byte_for_byte_and_supplier_users_and_strangers_are_refused()
    {
        var (id, token) = await StartedIttAsync("ITT file downloads");
        var pdf = DocumentClients.SamplePdf("Call-off terms and conditions");
        Assert.True((await _steps.Store(TestActors.ProcurementOfficer)
            .AddDocumentAsync(id, token, IttDocumentKind.Terms, "Terms and conditions", new TestBrowserFile("terms.pdf", pdf))).Succeeded);
        var fileId = Assert.Single((await _steps.ViewAsync(id)).Documents).Current.AttachmentId;
        var url = $"/commissions/{id}/itt/files/{fileId}";

        foreach (var email in new[] { DemoUsers.ProcurementOfficer.Email, DemoUsers.CommissioningOfficer.Email })
        {
            var download = await (await app.SignedInClientAsync(email)).GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("terms.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }

        DocumentClients.AssertRefused(await (await app.SignedInClientAsync(DocumentClients.Supplier)).GetAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await app.AnonymousClient().GetAsync(url)).StatusCode);
        var office = await app.SignedInClientAsync(DemoUsers.ProcurementOfficer.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/commissions/{id}/itt/files/{Guid.NewGuid()}")).StatusCode);
        var other = await _steps.InIttPreparationAsync("ITT of another commission");
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/commissions/{other}/itt/files/{fileId}")).StatusCode);
    }
}

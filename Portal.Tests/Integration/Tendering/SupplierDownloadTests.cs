using System.Net;
using Portal.Data;
using Portal.Domain.Tendering;
using Portal.Tests.Integration.Documents;

namespace Portal.Tests.Integration.Tendering;

/// <summary>An invited supplier downloads the ITT's documents and its timetable; no one else gets them, however they ask.</summary>
public sealed class SupplierDownloadTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly TenderSteps _steps = new(app);

    private async Task<(Guid IttId, Guid FileId, byte[] Pdf)> IssuedWithRealDocumentAsync(string title)
    {
        var id = await _steps.InIttPreparationAsync(title);
        var officer = _steps.Itt(TestActors.ProcurementOfficer);
        Assert.True((await officer.SaveAsync(id, null, _steps.Complete(await _steps.LotWithActiveSuppliersAsync()))).Succeeded);
        var pdf = DocumentClients.SamplePdf("Service specification");
        var added = await _steps.Store(TestActors.ProcurementOfficer).AddDocumentAsync(id, (await _steps.ViewAsync(id)).ConcurrencyToken,
            IttDocumentKind.Specification, "Service specification", new TestBrowserFile("specification.pdf", pdf));
        Assert.True(added.Succeeded, added.Message);
        Assert.True((await _steps.Tenders(TestActors.ProcurementOfficer).IssueAsync(id, null)).Succeeded);
        var view = await _steps.TenderAsync(id);
        return (view.IttId, Assert.Single(view.Documents).Current.AttachmentId, pdf);
    }

    [Fact]
    public async Task An_invited_supplier_downloads_the_document_and_the_calendar_and_an_uninvited_one_gets_neither()
    {
        var (ittId, fileId, pdf) = await IssuedWithRealDocumentAsync("Supplier downloads");
        var invited = await app.SignedInClientAsync("bids@pathwaystowork.test");
        var uninvited = await app.SignedInClientAsync("hello@bridgetraining.test");

        var download = await invited.GetAsync($"/tenders/{ittId}/documents/{fileId}");
        var calendar = await invited.GetAsync($"/tenders/{ittId}/timetable.ics");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("specification.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Contains("Tender deadline", await calendar.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await uninvited.GetAsync($"/tenders/{ittId}/documents/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await uninvited.GetAsync($"/tenders/{ittId}/timetable.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.AnonymousClient().GetAsync($"/tenders/{ittId}/documents/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task A_file_of_another_ITT_is_not_found_even_for_an_invited_supplier()
    {
        var (ittId, _, _) = await IssuedWithRealDocumentAsync("Supplier downloads, first ITT");
        var (_, otherFileId, _) = await IssuedWithRealDocumentAsync("Supplier downloads, second ITT");
        var invited = await app.SignedInClientAsync("bids@pathwaystowork.test");

        Assert.Equal(HttpStatusCode.NotFound, (await invited.GetAsync($"/tenders/{ittId}/documents/{otherFileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await invited.GetAsync($"/tenders/{ittId}/documents/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await invited.GetAsync($"/tenders/{Guid.NewGuid()}/timetable.ics")).StatusCode);
    }

    [Fact]
    public async Task A_new_version_uploaded_after_issue_is_an_addendum_the_supplier_can_download_and_a_renamed_file_is_refused()
    {
        var (ittId, firstFileId, _) = await IssuedWithRealDocumentAsync("Specification revised after issue");
        var commissionId = (await app.ServiceFor<Portal.Components.Tendering.SupplierTenderService>(await _steps.SupplierUserAsync("Pathways to Work CIC")).GetAsync(ittId)).Value!.CommissionId;
        var view = await _steps.TenderAsync(commissionId);
        var store = _steps.Store(TestActors.ProcurementOfficer);
        var revised = DocumentClients.SamplePdf("Service specification, version 2");

        var refused = await store.PublishAsync(commissionId, view.IttToken, view.Documents[0].Id, IttDocumentKind.Specification, null,
            new TestBrowserFile("specification-v2.pdf", "plain text, not a PDF"u8.ToArray()), "Referral volumes added.", null);
        var published = await store.PublishAsync(commissionId, view.IttToken, view.Documents[0].Id, IttDocumentKind.Specification, null,
            new TestBrowserFile("specification-v2.pdf", revised), "Referral volumes added.", null);

        Assert.Equal(Portal.Infrastructure.OperationOutcome.Refused, refused.Outcome);
        Assert.Contains("is not really a PDF file", refused.Message);
        Assert.True(published.Succeeded, published.Message);
        var after = await _steps.TenderAsync(commissionId);
        Assert.Equal("Service specification: version 2 (specification-v2.pdf) replaces version 1", Assert.Single(Assert.Single(after.Addenda).Changes));
        var current = after.Documents[0].Current.AttachmentId;
        Assert.NotEqual(firstFileId, current);
        var invited = await app.SignedInClientAsync("bids@pathwaystowork.test");
        Assert.Equal(revised, await (await invited.GetAsync($"/tenders/{ittId}/documents/{current}")).Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync($"/tenders/{ittId}/documents/{firstFileId}")).StatusCode);
    }
}

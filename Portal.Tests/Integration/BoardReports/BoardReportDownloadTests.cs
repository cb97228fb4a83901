using System.Net;
using Portal.Data;
using Portal.Tests.Integration.Documents;
using Portal.Tests.Integration.Meetings;

namespace Portal.Tests.Integration.BoardReports;

/// <summary>The downloads over HTTP with the real sign-in cookie: the office has them; a supplier has neither the report nor a data pack.</summary>
public sealed class BoardReportDownloadTests
{
    private const string Supplier = "bids@pathwaystowork.test";

    [Fact]
    public async Task An_officer_downloads_the_report_and_a_data_pack_and_the_contracts_supplier_gets_neither()
    {
        await using var app = MeetingSteps.AppWithReturns();
        var steps = new MeetingSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var meetingId = (await steps.ViewAsync(await steps.OfficerAsync(), commissionId)).Meetings[^1].Id;
        var officer = await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email);
        var supplier = await app.SignedInClientAsync(Supplier);

        var pdf = await officer.GetAsync($"/board-reports/report.pdf?half=2023-H2&contract={commissionId}");
        var xlsx = await officer.GetAsync("/board-reports/report.xlsx?half=2023-H2");
        var pack = await officer.GetAsync($"/commissions/{commissionId}/meetings/{meetingId}/data-pack.pdf");

        Assert.Equal((HttpStatusCode.OK, "application/pdf"), (pdf.StatusCode, pdf.Content.Headers.ContentType?.MediaType));
        Assert.Equal("board-report-2023-H2-COM-0001.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
        Assert.True(PdfText.Read(await pdf.Content.ReadAsByteArrayAsync()).Contains("H2 2023/24 (October 2023 to March 2024)"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.True(PdfText.Read(await pack.Content.ReadAsByteArrayAsync()).Contains("Data pack"));

        Assert.NotEqual(HttpStatusCode.OK, (await supplier.GetAsync("/board-reports/report.pdf?half=2023-H2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync($"/commissions/{commissionId}/meetings/{meetingId}/data-pack.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/board-reports/report.pdf?half=2030-H1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/board-reports/report.pdf?half=first-half")).StatusCode);
    }
}

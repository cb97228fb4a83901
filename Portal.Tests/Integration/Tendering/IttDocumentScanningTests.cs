using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Uploads;
using Portal.Data;
using Portal.Domain.Tendering;
using Portal.Infrastructure;
using Portal.Tests.Integration.Documents;

namespace Portal.Tests.Integration.Tendering;

/// <summary>Every invited supplier downloads the ITT's documents, so each goes through the virus scanner: one it finds something in is refused and not kept.</summary>
public sealed class IttDocumentScanningTests
{
    [Fact]
    public async Task An_infected_ITT_document_is_refused_and_neither_its_file_nor_its_row_is_kept()
    {
        await using var app = PortalAppFactory.WithServices(services => services.AddSingleton<IVirusScanner, ScannerThatFindsEverything>());
        var steps = new TenderSteps(app);
        var id = await steps.InIttPreparationAsync("ITT document with a virus");
        var saved = await steps.Itt(TestActors.ProcurementOfficer).SaveAsync(id, null, steps.Complete(await steps.LotWithActiveSuppliersAsync()));
        Assert.True(saved.Succeeded, saved.Message);
        var folder = app.Started.GetRequiredService<PortalStorage>().FilesFolder;
        var filesBefore = Directory.GetFiles(folder).Length;

        var result = await steps.Store(TestActors.ProcurementOfficer).AddDocumentAsync(id, (await steps.ViewAsync(id)).ConcurrencyToken,
            IttDocumentKind.Specification, "Service specification", new TestBrowserFile("specification.pdf", DocumentClients.SamplePdf("Specification")));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains(ScannerThatFindsEverything.Signature, result.Message);
        Assert.Empty((await steps.ViewAsync(id)).Documents);
        Assert.Equal(filesBefore, Directory.GetFiles(folder).Length);
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.IttDocumentFiles.AnyAsync(f => f.CommissionId == id));
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Mobilisation;
using Portal.Components.Uploads;
using Portal.Data;
using Portal.Infrastructure;
using Portal.Tests.Integration.Documents;
using Portal.Tests.Integration.Tendering;

namespace Portal.Tests.Integration.MobilisationPlans;

/// <summary>Mobilisation evidence goes through the portal's virus scanner: a file it finds something in is refused and not kept.</summary>
public sealed class MobilisationEvidenceScanningTests
{
    [Fact]
    public async Task An_infected_evidence_file_is_refused_and_nothing_is_recorded()
    {
        await using var app = PortalAppFactory.WithServices(services => services.AddSingleton<IVirusScanner, ScannerThatFindsEverything>());
        Guid commissionId;
        await using (var db = await app.OpenDbAsync())
            commissionId = await db.Commissions.Where(c => c.Number == 6).Select(c => c.Id).SingleAsync();
        var service = app.ServiceFor<MobilisationService>(TestActors.CommissioningOfficer);
        var item = (await service.GetAsync(commissionId)).Value!.Items.First(i => i.Evidence.Count == 0);
        var folder = app.Started.GetRequiredService<PortalStorage>().FilesFolder;
        var filesBefore = Directory.GetFiles(folder).Length;

        var result = await service.UploadEvidenceAsync(commissionId, item.Id,
            new TestBrowserFile("dpia.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n% dpia\n%%EOF\n"), "application/pdf"));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains(ScannerThatFindsEverything.Signature, result.Message);
        Assert.Empty((await service.GetAsync(commissionId)).Value!.Items.Single(i => i.Id == item.Id).Evidence);
        Assert.Equal(filesBefore, Directory.GetFiles(folder).Length);
    }
}

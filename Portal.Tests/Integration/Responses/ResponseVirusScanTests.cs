using System.Net;
using System.Net.Sockets;
using System.Text;
using Portal.Tests.Uploads;

namespace Portal.Tests.Integration.Responses;

/// <summary>
/// Response uploads scanned by a real clamd over TCP: a file it flags is refused with the threat named, and when the
/// scanner cannot be reached the upload is refused too, since a file not checked is not known to be safe.
/// </summary>
public sealed class ResponseVirusScanTests(ClamdFixture clamd) : IClassFixture<ClamdFixture>
{
    [Fact]
    public async Task A_pdf_the_scanner_flags_is_refused_naming_the_threat_and_nothing_is_kept()
    {
        await using var app = ScannedBy(clamd.Port);
        var steps = new ResponseSteps(app);
        var (_, ittId) = await steps.IssuedTenderAsync("Infected upload refused");
        var (client, token) = await steps.UploaderAsync(ResponseSteps.Pathways, ittId);
        var infected = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {ClamdFixture.Marker}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

        var refused = await ResponseSteps.UploadAsync(client, token, ittId, "infected.pdf", infected);
        var clean = await ResponseSteps.UploadAsync(client, token, ittId, "clean.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n% Method statement\n%%EOF\n"));

        Assert.StartsWith($"This file was refused: the virus scanner found {ClamdFixture.MarkerSignatureName}", await ResponseSteps.RefusalAsync(refused));
        Assert.Equal(HttpStatusCode.Created, clean.StatusCode);
        var file = Assert.Single((await steps.ViewAsync(ittId, await steps.SupplierAsync(ResponseSteps.Pathways))).Files);
        Assert.Equal("clean.pdf", file.Name);
        Assert.Single(steps.FilesOnDisk(ittId));
    }

    [Fact]
    public async Task When_the_scanner_cannot_be_reached_the_upload_is_refused_as_not_checked()
    {
        await using var app = ScannedBy(PortWhereNothingListens());
        var steps = new ResponseSteps(app);
        var (_, ittId) = await steps.IssuedTenderAsync("Scanner unreachable");
        var (client, token) = await steps.UploaderAsync(ResponseSteps.Pathways, ittId);

        var refused = await ResponseSteps.UploadAsync(client, token, ittId, "method.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n% Method statement\n%%EOF\n"));

        Assert.Contains("could not be checked for viruses", await ResponseSteps.RefusalAsync(refused));
        Assert.Empty(steps.FilesOnDisk(ittId));
        Assert.Empty((await steps.ViewAsync(ittId, await steps.SupplierAsync(ResponseSteps.Pathways))).Files);
    }

    private static PortalAppFactory ScannedBy(int port) => PortalAppFactory.WithSettings(new Dictionary<string, string?>
    {
        ["Portal:VirusScan:Clamd:Host"] = "127.0.0.1",
        ["Portal:VirusScan:Clamd:Port"] = port.ToString(),
        ["Portal:VirusScan:TimeoutSeconds"] = "20",
    });

    private static int PortWhereNothingListens()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Components.Uploads;

namespace Portal.Tests.Uploads;

/// <summary>Which scanner the configuration gives, and what a refusal tells the person uploading.</summary>
public sealed class VirusScanningSetupTests
{
    [Fact]
    public async Task With_no_clamd_configured_files_are_accepted_unscanned_and_start_up_says_so()
    {
        using var app = Build();

        var scanner = app.Services.GetRequiredService<IVirusScanner>();

        Assert.IsType<NoVirusScanner>(scanner);
        Assert.True((await scanner.ScanAsync(new MemoryStream([1, 2, 3]), CancellationToken.None)).IsClean);
        Assert.Contains(app.Services.GetServices<IHostedService>(), service => service is ScanningOffWarning);
    }

    [Fact]
    public void A_socket_path_is_preferred_to_a_host()
    {
        var clamd = VirusScanningSetup.ClamdEndPoint(Configuration(("Portal:VirusScan:Clamd:SocketPath", "/run/clamav/clamd.ctl"),
            ("Portal:VirusScan:Clamd:Host", "scanner")));

        Assert.Equal("/run/clamav/clamd.ctl", Assert.IsType<UnixDomainSocketEndPoint>(clamd).ToString());
    }

    [Fact]
    public void A_host_without_a_port_is_clamds_usual_port()
    {
        var clamd = Assert.IsType<DnsEndPoint>(VirusScanningSetup.ClamdEndPoint(Configuration(("Portal:VirusScan:Clamd:Host", "scanner"))));

        Assert.Equal(("scanner", VirusScanningSetup.DefaultClamdPort), (clamd.Host, clamd.Port));
    }

    [Fact]
    public void A_configured_clamd_is_the_scanner_and_nothing_warns_that_scanning_is_off()
    {
        using var app = Build(("Portal:VirusScan:Clamd:Host", "127.0.0.1"), ("Portal:VirusScan:Clamd:Port", "3310"));

        Assert.Equal("clamd at 127.0.0.1:3310", Assert.IsType<ClamdScanner>(app.Services.GetRequiredService<IVirusScanner>()).ToString());
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), service => service is ScanningOffWarning);
    }

    [Fact]
    public void Only_a_clean_result_has_no_message_for_the_user()
    {
        Assert.Null(VirusScanResult.Clean.UserMessage);
        Assert.Equal("This file was refused: the virus scanner found Eicar-Test-Signature in it.", VirusScanResult.Infected("Eicar-Test-Signature").UserMessage);
        Assert.Equal("This file could not be checked for viruses just now, so it was not accepted. Try again in a few minutes; if it keeps happening, contact the commissioning team.",
            VirusScanResult.Failed("clamd is down").UserMessage);
        Assert.False(VirusScanResult.Failed("clamd is down").IsClean);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    private static WebApplication Build(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        foreach (var (key, value) in settings) builder.Configuration[key] = value;
        builder.AddVirusScanning();
        return builder.Build();
    }
}

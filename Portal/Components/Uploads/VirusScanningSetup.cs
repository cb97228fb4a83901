using System.Net;
using System.Net.Sockets;

namespace Portal.Components.Uploads;

public static class VirusScanningSetup
{
    public const int DefaultClamdPort = 3310;
    public const int DefaultTimeoutSeconds = 60;

    /// <summary>
    /// Registers the <see cref="IVirusScanner"/>: clamd when Portal:VirusScan:Clamd names its unix socket (SocketPath) or
    /// its Host (and Port), waiting Portal:VirusScan:TimeoutSeconds for a verdict; otherwise none, said at start-up.
    /// </summary>
    public static void AddVirusScanning(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        if (ClamdEndPoint(configuration) is { } clamd)
        {
            var seconds = configuration.GetValue("Portal:VirusScan:TimeoutSeconds", DefaultTimeoutSeconds);
            var timeout = TimeSpan.FromSeconds(seconds > 0 ? seconds : DefaultTimeoutSeconds);
            services.AddSingleton<IVirusScanner>(new ClamdScanner(clamd, timeout));
        }
        else
        {
            services.AddSingleton<IVirusScanner, NoVirusScanner>();
            services.AddHostedService<ScanningOffWarning>();
        }
    }

    /// <summary>The unix socket when one is named, as it needs no network; otherwise the host and port, if a host is named.</summary>
    internal static EndPoint? ClamdEndPoint(IConfiguration configuration)
    {
        if (configuration["Portal:VirusScan:Clamd:SocketPath"] is { Length: > 0 } socketPath) return new UnixDomainSocketEndPoint(socketPath);
        if (configuration["Portal:VirusScan:Clamd:Host"] is { Length: > 0 } host)
            return new DnsEndPoint(host, configuration.GetValue("Portal:VirusScan:Clamd:Port", DefaultClamdPort));
        return null;
    }
}

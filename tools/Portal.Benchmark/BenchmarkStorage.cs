using Microsoft.Extensions.Hosting;
using Portal.Data;

namespace Portal.Benchmark;

public static class BenchmarkStorage
{
    /// <summary>The portal's own storage rules over a data folder, so the benchmark opens the very file and connection string the app would.</summary>
    public static PortalStorage For(string dataFolder)
    {
        var host = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        host.Configuration["Portal:DataFolder"] = dataFolder;
        return new PortalStorage(host.Configuration, host.Environment);
    }
}

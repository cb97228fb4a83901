using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Infrastructure;

namespace Portal.Benchmark.Responses;

/// <summary>
/// The portal composed and started as Program.cs does it (AddPortal, the database migrated and the demo seeded, hosted
/// services running), inside this process so the benchmark can call its services as a page would, on a clock it moves.
/// </summary>
public sealed class InProcessPortal(WebApplication app) : IAsyncDisposable
{
    public IServiceProvider Services => app.Services;

    public static async Task<InProcessPortal> StartAsync(string dataFolder, TimeProvider clock)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ApplicationName = "Portal",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataFolder"] = dataFolder,
            ["Portal:SeedDemoData"] = "true",
            // The scheduler would close the tender period at the deadline, under the benchmark's feet.
            ["Portal:Scheduler:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            // EF Core warns, per query shape, of loading two collections in one query; the figures are easier to read without it.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        });
        builder.AddPortal();
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton(clock);
        // Nothing is asked of it over HTTP; a free loopback port lets it start as it would in service.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        await app.InitialiseDatabaseAsync();
        await app.StartAsync();
        return new InProcessPortal(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

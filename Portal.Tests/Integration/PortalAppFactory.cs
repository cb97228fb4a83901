using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Portal.Data;

namespace Portal.Tests.Integration;

/// <summary>
/// The real app over its own SQLite file in a temporary data folder, migrated and (by default) seeded with
/// the demo data, the scheduler off and the clock a <see cref="FakeTimeProvider"/> the test moves by hand.
/// Disposing it deletes the folder unless the folder was handed in (a restart over the same data).
/// </summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDataFolder;
    private readonly bool _seedDemoData;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public PortalAppFactory() : this(TestFolders.Create(), ownsDataFolder: true, startAt: null, seedDemoData: true) { }

    /// <summary>The app with some settings of the test's own on top, e.g. smaller upload limits or a virus scanner.</summary>
    public static PortalAppFactory WithSettings(IReadOnlyDictionary<string, string?> settings) =>
        new(TestFolders.Create(), ownsDataFolder: true, startAt: null, seedDemoData: true, settings);

    /// <summary>The app with services of the test's own, e.g. a stand-in for a part of the portal that another stage provides.</summary>
    public static PortalAppFactory WithServices(Action<IServiceCollection> services) =>
        new(TestFolders.Create(), ownsDataFolder: true, startAt: null, seedDemoData: true, services: services);

    private PortalAppFactory(string dataFolder, bool ownsDataFolder, DateTimeOffset? startAt, bool seedDemoData,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        DataFolder = dataFolder;
        _ownsDataFolder = ownsDataFolder;
        _seedDemoData = seedDemoData;
        _settings = settings ?? new Dictionary<string, string?>();
        Clock = new FakeTimeProvider(startAt ?? DateTimeOffset.UtcNow);
    }

    /// <summary>The app over a data folder the caller owns and cleans up, e.g. to start it again over the same database.</summary>
    public static PortalAppFactory OverFolder(string dataFolder, DateTimeOffset startAt, bool seedDemoData = true) =>
        new(dataFolder, ownsDataFolder: false, startAt, seedDemoData);

    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Starts the app (migrating and seeding the database) if it has not started yet.</summary>
    public IServiceProvider Started => Services;

    public async Task<PortalDbContext> OpenDbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataFolder", DataFolder);
        builder.UseSetting("Portal:SeedDemoData", _seedDemoData ? "true" : "false");
        builder.UseSetting("Portal:Scheduler:Enabled", "false");
        builder.UseSetting("ConnectionStrings:Portal", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            _services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestFolders.Release(DataFolder, delete: _ownsDataFolder);
    }
}

public static class TestFolders
{
    public static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Closes pooled connections to the folder's database, then deletes the folder if asked.</summary>
    public static void Release(string folder, bool delete)
    {
        var database = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "portal.db"), DefaultTimeout = 30 }.ToString();
        using (var connection = new SqliteConnection(database)) SqliteConnection.ClearPool(connection);
        if (!delete) return;
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; the test's result does not depend on it.
        }
    }
}

using Microsoft.Data.Sqlite;

namespace Portal.Data;

/// <summary>Where the portal keeps everything it stores: one data folder holding the database and all files.</summary>
public sealed class PortalStorage
{
    public PortalStorage(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Portal:DataFolder"];
        DataFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? "data" : folder, environment.ContentRootPath);
        Directory.CreateDirectory(DataFolder);
        FilesFolder = Path.Combine(DataFolder, "files");
        Directory.CreateDirectory(FilesFolder);
        var keys = configuration["Portal:KeysFolder"];
        KeysFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(keys) ? Path.Combine(DataFolder, "keys") : keys, environment.ContentRootPath);
        Directory.CreateDirectory(KeysFolder);
        var configured = configuration.GetConnectionString("Portal");
        ConnectionString = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataFolder, "portal.db"), DefaultTimeout = 30 }.ToString()
            : configured;
    }

    public string DataFolder { get; }
    public string FilesFolder { get; }

    /// <summary>The Data Protection key ring (sign-in cookies, antiforgery), kept so sign-ins survive a restart.</summary>
    public string KeysFolder { get; }
    public string ConnectionString { get; }
}

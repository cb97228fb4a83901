using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Portal.Benchmark;

/// <summary>What else the machine is doing, and tidying up after a run.</summary>
public static class Machine
{
    /// <summary>Other work on the machine slows every query; the load average says how much there was.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg")
        ? "load average " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "load average unknown";

    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>Deletes a temporary data folder once its pooled database connections are closed.</summary>
    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"Could not remove {folder}: {ex.Message}");
        }
    }
}

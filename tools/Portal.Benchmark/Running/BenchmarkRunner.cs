using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Audit;
using Portal.Data;

namespace Portal.Benchmark.Running;

/// <summary>
/// The run command: the app's own services over a generated database, timed call by call as a user would wait
/// for them, context creation included.
/// </summary>
public static class BenchmarkRunner
{
    private const int WarmUpRounds = 3;

    public static async Task<int> RunAsync(string dataFolder, int iterations)
    {
        var storage = BenchmarkStorage.For(dataFolder);
        if (!File.Exists(Path.Combine(storage.DataFolder, "portal.db")))
        {
            Console.Error.WriteLine($"No portal database in {storage.DataFolder}: run the generate command first.");
            return 1;
        }
        // As the app registers it (PortalSetup), without logging: the figures are the queries' own.
        await using var provider = new ServiceCollection()
            .AddDbContextFactory<PortalDbContext>(options => options.UseSqlite(storage.ConnectionString))
            .BuildServiceProvider();
        var contexts = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var scenarios = await Scenarios.CreateAsync(contexts, TimeProvider.System);
        Console.WriteLine($"Timing {scenarios.Count} queries over {storage.DataFolder}: {WarmUpRounds} warm-up rounds, then {iterations} rounds, " +
            $"on {Environment.ProcessorCount} cores; {Machine.LoadAverage()}");

        var timings = scenarios.Select(s => new Timings(s.Name)).ToList();
        for (var round = -WarmUpRounds; round < iterations; round++)
        {
            // Round-robin, so every query meets the cache as the others left it, as on a busy server.
            for (var i = 0; i < scenarios.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await scenarios[i].Run();
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (round < 0) continue;
                timings[i].Add(elapsed);
                timings[i].Result = result;
            }
        }
        Console.WriteLine();
        Timings.PrintTable(timings);
        Console.WriteLine();
        Console.WriteLine($"Peak working set while timing: {Machine.PeakWorkingSetMb():N0} MB; {Machine.LoadAverage()}");
        var passed = timings.All(t => t.Passes);
        Console.WriteLine(passed
            ? $"PASS: every median is under {Timings.TargetMedianMs} ms"
            : $"FAIL: {string.Join(", ", timings.Where(t => !t.Passes).Select(t => t.Name))} over {Timings.TargetMedianMs} ms");

        var verifying = Stopwatch.StartNew();
        var chain = await AuditVerificationService.VerifyChainAsync(contexts);
        Console.WriteLine($"Audit chain verification (informational): {chain.EventsChecked:N0} events in {verifying.Elapsed.TotalSeconds:N1} s " +
            $"({chain.EventsChecked / verifying.Elapsed.TotalSeconds:N0} a second), peak working set now {Machine.PeakWorkingSetMb():N0} MB. {chain.Message}");
        return passed && chain.IsIntact ? 0 : 1;
    }
}

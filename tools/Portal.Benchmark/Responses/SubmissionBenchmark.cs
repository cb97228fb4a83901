using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmark.Running;
using Portal.Components.Responses;
using Portal.Data;
using Portal.Domain.Tendering;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Benchmark.Responses;

/// <summary>
/// The submissions command: many bidders put complete responses in the box at once, in the tender's last minute, through
/// TenderResponseService.SubmitAsync (the tender's IMMEDIATE write transaction, the answers sealed with the ITT's key,
/// the deadline read inside it). Each submit is timed from the call to its result; the database is checked afterwards.
/// </summary>
public static class SubmissionBenchmark
{
    public const double TargetP95Ms = 2_000;
    private static readonly TimeSpan BeforeDeadline = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(int bidders)
    {
        var dataFolder = Directory.CreateTempSubdirectory("portal-submissions-").FullName;
        try
        {
            var clock = new ShiftedClock();
            await using var portal = await InProcessPortal.StartAsync(dataFolder, clock);
            var contexts = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            InvitationToTender itt;
            await using (var db = await contexts.CreateDbContextAsync()) itt = await DemoOpenTender.IttAsync(db);
            var deadline = itt.TenderDeadline ?? throw new InvalidOperationException("The demo's open tender has no deadline.");

            var preparing = Stopwatch.StartNew();
            var actors = await BenchmarkBidders.AddAsync(portal.Services, itt, bidders, clock.GetUtcNow());
            foreach (var actor in actors) await CompleteResponse.PrepareAsync(portal.Services, itt.Id, actor);
            var before = await SubmissionCheck.TendersReceivedAsync(contexts, itt.CommissionId);
            Console.WriteLine($"{bidders} bidders invited to {itt.Id} with complete drafts and pricing schedules in {preparing.Elapsed.TotalSeconds:N1} s");

            clock.Set(deadline - BeforeDeadline);
            Console.WriteLine($"Clock set to {BeforeDeadline.TotalSeconds:N0} s before the deadline ({deadline:u}); releasing {bidders} submissions together " +
                $"on {Environment.ProcessorCount} cores; {Machine.LoadAverage()}");
            var outcomes = await SubmitTogetherAsync(portal.Services, itt.Id, actors);

            var timings = new Timings("Submit");
            foreach (var outcome in outcomes) timings.Add(outcome.Elapsed);
            var receipted = outcomes.Count(o => o.ReceiptId is not null);
            foreach (var refused in outcomes.Where(o => o.ReceiptId is null)) Console.WriteLine($"  Not receipted: {refused.Message}");
            Console.WriteLine($"Receipted {receipted} of {bidders}; lost or refused {bidders - receipted}");
            Console.WriteLine($"Submit latency: p50 {Ms(timings.Median)} ms, p95 {Ms(timings.P95)} ms, max {Ms(timings.Max)} ms; " +
                $"all {bidders} done {Ms(outcomes.Max(o => o.Elapsed.TotalMilliseconds))} ms after release; {Machine.LoadAverage()}");

            var check = await SubmissionCheck.RunAsync(contexts, itt, actors, outcomes.Where(o => o.ReceiptId is not null).Select(o => o.ReceiptId!.Value).ToList());
            Console.WriteLine(check.Summary(before, bidders));
            var passed = receipted == bidders && timings.P95 < TargetP95Ms && check.Holds(before, bidders);
            Console.WriteLine(passed
                ? $"PASS: all {bidders} receipted, none lost, p95 under {TargetP95Ms:N0} ms"
                : $"FAIL: target is all {bidders} receipted and in the box, none lost, p95 under {TargetP95Ms:N0} ms");
            return passed ? 0 : 1;
        }
        finally
        {
            Machine.DeleteFolder(dataFolder);
        }
    }

    public sealed record Outcome(TimeSpan Elapsed, Guid? ReceiptId, string? Message);

    /// <summary>Every bidder's submit starts on its own thread-pool task at the same signal, as requests arriving together would.</summary>
    private static async Task<Outcome[]> SubmitTogetherAsync(IServiceProvider services, Guid ittId, IReadOnlyList<Actor> actors)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var submits = actors.Select(actor => Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var responses = ActivatorUtilities.CreateInstance<TenderResponseService>(scope.ServiceProvider, new FixedActor(actor));
            await release.Task;
            var started = Stopwatch.GetTimestamp();
            try
            {
                var result = await responses.SubmitAsync(ittId);
                return new Outcome(Stopwatch.GetElapsedTime(started), result.Succeeded ? result.Value : null, result.Message);
            }
            catch (Exception ex)
            {
                return new Outcome(Stopwatch.GetElapsedTime(started), null, $"{ex.GetType().Name}: {ex.Message}");
            }
        })).ToArray();
        // Give every task time to reach the gate before it opens.
        await Task.Delay(500);
        release.SetResult();
        return await Task.WhenAll(submits);
    }

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}

using Portal.Benchmark;
using Portal.Benchmark.Generation;
using Portal.Benchmark.Responses;
using Portal.Benchmark.Running;

// The portal's performance benchmarks, run from bench/run.sh and bench/responses.sh and described in docs/performance.md:
//   generate --data-folder DIR [--commissions 10000] [--events 1000000]   builds a large database with the app's own schema
//   run --data-folder DIR [--iterations 50]                                times the dashboard and list queries over it
//   upload                                                                 a 100 MB upload through Chromium to the running portal
//   submissions [--bidders 50]                                             bidders submitting together in the tender's last minute
try
{
    var options = CommandLine.Parse(args);
    return options.Command switch
    {
        "generate" => await DataGenerator.RunAsync(options.DataFolder, options.Int("--commissions", 10_000), options.Int("--events", 1_000_000)),
        "run" => await BenchmarkRunner.RunAsync(options.DataFolder, options.Int("--iterations", 50)),
        "upload" => await UploadBenchmark.RunAsync(),
        "submissions" => await SubmissionBenchmark.RunAsync(options.Int("--bidders", 50)),
        _ => CommandLine.Usage($"Unknown command '{options.Command}'."),
    };
}
catch (CommandLineException ex)
{
    return CommandLine.Usage(ex.Message);
}

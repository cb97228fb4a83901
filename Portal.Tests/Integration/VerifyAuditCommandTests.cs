namespace Portal.Tests.Integration;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineCollection
{
    /// <summary>These tests start the program itself and capture the console, so they run alone.</summary>
    public const string Name = "Command line";
}

/// <summary>The verify-audit command an operator runs from the shell: exit code 0 when intact, 1 when broken.</summary>
[Collection(CommandLineCollection.Name)]
public sealed class VerifyAuditCommandTests
{
    [Fact]
    public async Task Verify_audit_exits_zero_on_the_seeded_trail_and_one_after_an_event_is_edited()
    {
        await using var app = new PortalAppFactory();
        _ = app.Started;

        var (intactCode, intactOutput) = await RunProgramAsync("verify-audit", $"--Portal:DataFolder={app.DataFolder}");
        var edited = await AuditChainVerificationTests.EditOneEventBehindTheAppAsync(app);
        var (brokenCode, brokenOutput) = await RunProgramAsync("verify-audit", $"--Portal:DataFolder={app.DataFolder}");

        Assert.Equal(0, intactCode);
        Assert.Contains("The audit trail is intact", intactOutput);
        Assert.Equal(1, brokenCode);
        Assert.Contains($"Event {edited} has been altered", brokenOutput);
    }

    private static async Task<(int ExitCode, string Output)> RunProgramAsync(params string[] args)
    {
        string[] quiet = ["--Portal:Scheduler:Enabled=false", "--Logging:LogLevel:Default=Warning"];
        var entryPoint = typeof(Program).Assembly.EntryPoint!;
        var console = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var exitCode = await Task.Run(() => (int)entryPoint.Invoke(null, [args.Concat(quiet).ToArray()])!);
            return (exitCode, output.ToString());
        }
        finally
        {
            Console.SetOut(console);
        }
    }
}

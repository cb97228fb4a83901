using System.Text.RegularExpressions;
using Portal.Domain.Commissions;
using Stateless.Graph;

namespace Portal.Tests.Domain;

/// <summary>Keeps the picture of the lifecycle in docs/workflow.md the same as the machine the code builds.</summary>
public partial class WorkflowGraphTests
{
    private const string Introduction = """
        # The commission workflow

        Every commission moves through the states below. Each arrow is a move a person (or the portal's
        scheduler, for deadlines) can make; the words in brackets are the conditions that must hold before the
        move is allowed. The picture is drawn from the state machine in `Portal.Domain`, and a test fails
        whenever the two disagree, so this page is always the workflow the code runs.

        Who may make each move, and what it asks for (a reason, a date), is in
        `Portal.Domain/Commissions/TriggerPolicy.cs`; the moves and their conditions are in `CommissionRules.cs`.
        Cancelling is possible from every state before the award, with a reason.
        """;

    [GeneratedRegex(@"```mermaid\n(?<graph>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    private static string Normalise(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd())).Trim('\n');

    private static string RenderGraph()
    {
        var state = CommissionState.DecisionNoteDraft;
        return Normalise(MermaidGraph.Format(Commission.BuildMachine(() => state, s => state = s).GetInfo()));
    }

    [Fact]
    public void Rendering_the_graph_twice_gives_the_same_text()
    {
        Assert.Equal(RenderGraph(), RenderGraph());
    }

    [Fact]
    public void The_graph_shows_every_state_and_every_move()
    {
        var graph = RenderGraph();

        Assert.All(Enum.GetNames<CommissionState>(), state => Assert.Contains(state, graph));
        Assert.All(Enum.GetNames<CommissionTrigger>(), trigger => Assert.Contains(trigger, graph));
    }

    [Fact]
    public void The_documented_workflow_matches_the_state_machine()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "workflow.md");
        var graph = RenderGraph();
        var documented = File.Exists(path) ? MermaidBlock().Match(File.ReadAllText(path).ReplaceLineEndings("\n")) : null;

        if (documented is { Success: true } && Normalise(documented.Groups["graph"].Value) == graph) return;

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"{Introduction}\n\n```mermaid\n{graph}\n```\n");
        Assert.Fail($"The workflow graph drifted from {path}, so the file was rewritten. Review and commit the new docs/workflow.md.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Portal.sln above {AppContext.BaseDirectory}.");
    }
}

namespace Portal.Benchmark.Generation;

/// <summary>The stages in which a commission collects many routine audit events besides its moves.</summary>
public enum BusyStage { Drafting, EqualityAssessment, IttPreparation, Clarifications, Tendering, Evaluation, Mobilisation }

/// <summary>
/// Hands a lifecycle the number of routine events to record at each busy stage it passes. The first, dry pass
/// hands out none and only notes the stages; the second hands out the share of the event total planned for each.
/// </summary>
public sealed class BusySlots(IReadOnlyList<int>? planned)
{
    private readonly List<BusyStage> _taken = [];

    public IReadOnlyList<BusyStage> Taken => _taken;

    public int Take(BusyStage stage)
    {
        var count = planned is null ? 0 : planned[_taken.Count];
        _taken.Add(stage);
        return count;
    }

    /// <summary>
    /// Shares the routine events out over every busy stage of every commission, weighted by how much a stage
    /// produces in practice (clarification questions and evaluation far more than drafting), with some jitter.
    /// </summary>
    public static int[][] Allocate(IReadOnlyList<IReadOnlyList<BusyStage>> slots, long routineEvents, Random random)
    {
        var weights = slots.Select(s => s.Select(stage => Weight(stage) * (0.5 + random.NextDouble())).ToArray()).ToArray();
        var total = weights.Sum(w => w.Sum());
        if (total == 0 && routineEvents > 0) throw new InvalidOperationException("No commission passes a stage that records routine events.");
        var plan = weights.Select(w => w.Select(x => (int)(routineEvents * x / total)).ToArray()).ToArray();
        var remainder = routineEvents - plan.Sum(p => (long)p.Sum());
        // Rounding down leaves fewer events over than there are slots; hand them out one a slot so the total is exact.
        for (var i = 0; remainder > 0; i = (i + 1) % plan.Length)
        {
            for (var j = 0; j < plan[i].Length && remainder > 0; j++, remainder--) plan[i][j]++;
        }
        return plan;
    }

    private static double Weight(BusyStage stage) => stage switch
    {
        BusyStage.Drafting => 0.3,
        BusyStage.EqualityAssessment => 0.3,
        BusyStage.IttPreparation => 1.5,
        BusyStage.Clarifications => 4,
        BusyStage.Tendering => 4,
        BusyStage.Evaluation => 3,
        _ => 2,
    };
}

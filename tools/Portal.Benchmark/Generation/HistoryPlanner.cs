using Portal.Domain.Commissions;

namespace Portal.Benchmark.Generation;

/// <summary>One audit event to store: a change the aggregate recorded, for the commission it belongs to.</summary>
public readonly record struct PlannedEvent(Guid CommissionId, CommissionChange Change);

public sealed record GeneratedHistory(IReadOnlyList<Commission> Commissions, IReadOnlyList<PlannedEvent> Events);

/// <summary>
/// Builds every commission's history through the domain, in two passes over the same seeds. The dry pass learns
/// how many events each history records by its moves alone, where its busy stages are, and how long it lasts; the
/// routine events that bring the total to exactly the number asked for are then shared over those stages, and the
/// second pass builds each history again so it ends now.
/// </summary>
public sealed class HistoryPlanner(Staff staff, int seed)
{
    private sealed record DryRun(CommissionState Target, int Moves, IReadOnlyList<BusyStage> Slots, TimeSpan Length);

    public GeneratedHistory Build(int commissionCount, long eventCount, DateTimeOffset now, Action<string> progress)
    {
        var targets = new Random(seed);
        var dryRuns = Enumerable.Range(0, commissionCount).Select(i => Dry(i, StateMix.PickTarget(targets), now)).ToArray();
        var moves = dryRuns.Sum(d => (long)d.Moves);
        if (moves > eventCount)
            throw new CommandLineException($"{commissionCount:N0} commissions record {moves:N0} events by their moves alone; ask for at least that many events.");
        var plan = BusySlots.Allocate(dryRuns.Select(d => d.Slots).ToList(), eventCount - moves, new Random(seed + 1));
        progress($"Planned {commissionCount:N0} histories: {moves:N0} events from moves, {eventCount - moves:N0} routine events");

        // Numbers follow the order the commissions were created in, as the app hands them out.
        var creationOrder = Enumerable.Range(0, commissionCount).OrderByDescending(i => dryRuns[i].Length).ToArray();
        var commissions = new List<Commission>(commissionCount);
        var events = new List<(long Ticks, int Number, int Sequence, PlannedEvent Event)>((int)eventCount);
        foreach (var (index, number) in creationOrder.Select((index, n) => (index, n + 1)))
        {
            var dry = dryRuns[index];
            var lifecycle = Lifecycle(index, new BusySlots(plan[index]));
            var commission = lifecycle.Build(number, dry.Target, now - dry.Length);
            if (lifecycle.At != now || commission.PendingChanges.Count != dry.Moves + plan[index].Sum())
                throw new InvalidOperationException($"The history of {Commission.FormatReference(number)} came out differently on its second pass.");
            events.AddRange(commission.PendingChanges.Select((change, sequence) =>
                (change.At.UtcTicks, number, sequence, new PlannedEvent(commission.Id, change))));
            commission.ClearPendingChanges();
            commissions.Add(commission);
        }
        // The app appends events as changes commit, so the chain interleaves commissions in time order.
        events.Sort((a, b) => a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks)
            : a.Number != b.Number ? a.Number.CompareTo(b.Number) : a.Sequence.CompareTo(b.Sequence));
        return new GeneratedHistory(commissions, events.Select(e => e.Event).ToList());
    }

    private DryRun Dry(int index, CommissionState target, DateTimeOffset origin)
    {
        var slots = new BusySlots(null);
        var lifecycle = Lifecycle(index, slots);
        var commission = lifecycle.Build(0, target, origin);
        return new DryRun(target, commission.PendingChanges.Count, slots.Taken, lifecycle.At - origin);
    }

    private CommissionLifecycle Lifecycle(int index, BusySlots slots) =>
        new(staff, new Random(unchecked(seed * 31 + index)), new Random(unchecked(seed * 17 + index) ^ 0x2545F491), slots);
}

using System.Reflection;
using Portal.Domain.Audit;

namespace Portal.Tests.Domain;

public class AuditChainTests
{
    private static readonly Guid CommissionId = Guid.Parse("5d1c1f7e-3a40-4b8e-9a3e-2f6c8d9b0a11");

    private static List<AuditEvent> Chain(int length)
    {
        var events = new List<AuditEvent>();
        var previous = AuditEvent.GenesisHash;
        for (var i = 0; i < length; i++)
        {
            var e = AuditEvent.Create(previous, CommissionId, CommissionBuilder.Start.AddMinutes(i), "co-1", "Cara Commissioning",
                "Transition", $"Move {i}", fromState: $"State{i}", toState: $"State{i + 1}", trigger: $"Trigger{i}", reason: $"Reason {i}");
            events.Add(e);
            previous = e.Hash;
        }
        return events;
    }

    private static ChainVerification Verify(IEnumerable<AuditEvent> events)
    {
        var verifier = new AuditChainVerifier();
        foreach (var e in events) verifier.Check(e);
        return verifier.Result();
    }

    /// <summary>Edits a stored field in place, as someone with write access to the database could.</summary>
    private static void Tamper(AuditEvent auditEvent, string property, object? value) =>
        typeof(AuditEvent).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(auditEvent, value);

    [Fact]
    public void Each_event_carries_the_hash_of_the_one_before()
    {
        var events = Chain(3);

        Assert.Equal(AuditEvent.GenesisHash, events[0].PreviousHash);
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        Assert.All(events, e => Assert.Equal(e.ComputeHash(), e.Hash));
        Assert.Equal(3, events.Select(e => e.Hash).Distinct().Count());
    }

    [Fact]
    public void The_hash_is_the_same_for_the_same_instant_in_any_offset()
    {
        var utc = AuditEvent.Create(AuditEvent.GenesisHash, null, new DateTimeOffset(2026, 7, 1, 11, 0, 0, TimeSpan.Zero), "a", "A", "X", "S");
        var bst = AuditEvent.Create(AuditEvent.GenesisHash, null, new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.FromHours(1)), "a", "A", "X", "S");

        Assert.Equal(utc.Hash, bst.Hash);
        Assert.Equal(TimeSpan.Zero, bst.OccurredAt.Offset);
    }

    [Fact]
    public void Every_recorded_field_is_covered_by_the_hash()
    {
        var baseline = AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "S", "F", "T", "G", "R", "B", "Z");
        AuditEvent[] variants =
        [
            AuditEvent.Create(Chain(1)[0].Hash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "S", "F", "T", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, null, CommissionBuilder.Start, "a", "A", "X", "S", "F", "T", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start.AddTicks(1), "a", "A", "X", "S", "F", "T", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "b", "A", "X", "S", "F", "T", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "B", "X", "S", "F", "T", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "Y", "S", "F", "T", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "s", "F", "T", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "S", "f", "T", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "S", "F", "t", "G", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "S", "F", "T", "g", "R", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "S", "F", "T", "G", "r", "B", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "S", "F", "T", "G", "R", "b", "Z"),
            AuditEvent.Create(AuditEvent.GenesisHash, CommissionId, CommissionBuilder.Start, "a", "A", "X", "S", "F", "T", "G", "R", "B", "z"),
        ];

        Assert.All(variants, v => Assert.NotEqual(baseline.Hash, v.Hash));
    }

    [Fact]
    public void An_untouched_chain_is_reported_intact()
    {
        var result = Verify(Chain(5));

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EventsChecked);
        Assert.Null(result.FirstBrokenEventId);
        Assert.Equal("The audit trail is intact: 5 events checked.", result.Message);
    }

    [Theory]
    [InlineData(nameof(AuditEvent.Summary), "Nothing to see here")]
    [InlineData(nameof(AuditEvent.Reason), "A different reason")]
    [InlineData(nameof(AuditEvent.ActorId), "someone-else")]
    [InlineData(nameof(AuditEvent.ToState), "Cancelled")]
    public void A_field_edited_in_place_is_caught_at_that_event(string property, string value)
    {
        var events = Chain(5);
        Tamper(events[2], property, value);

        var result = Verify(events);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.EventsChecked);
        Assert.EndsWith("has been altered since it was recorded.", result.Message);
    }

    [Fact]
    public void An_event_replaced_by_a_rehashed_forgery_is_caught_at_the_next_event()
    {
        var events = Chain(5);
        var original = events[2];
        events[2] = AuditEvent.Create(original.PreviousHash, original.CommissionId, original.OccurredAt, original.ActorId,
            original.ActorName, original.Action, "Nothing to see here", original.FromState, original.ToState, original.Trigger,
            original.Reason);

        var result = Verify(events);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.EventsChecked);
        Assert.EndsWith("does not follow the event before it: an event was removed, inserted or reordered.", result.Message);
    }

    [Fact]
    public void A_removed_event_is_caught()
    {
        var events = Chain(5);
        events.RemoveAt(2);

        var result = Verify(events);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.EventsChecked);
        Assert.Contains("removed, inserted or reordered", result.Message);
    }

    [Fact]
    public void Removing_the_first_event_is_caught_too()
    {
        var result = Verify(Chain(3).Skip(1));

        Assert.False(result.IsIntact);
        Assert.Equal(1, result.EventsChecked);
    }

    [Fact]
    public void A_reordered_event_is_caught()
    {
        var events = Chain(5);
        (events[1], events[2]) = (events[2], events[1]);

        var result = Verify(events);

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.EventsChecked);
        Assert.Contains("removed, inserted or reordered", result.Message);
    }

    [Fact]
    public void The_verifier_reports_the_first_break_and_stops_there()
    {
        var events = Chain(5);
        Tamper(events[1], nameof(AuditEvent.Summary), "edited");
        events.RemoveAt(3);
        var verifier = new AuditChainVerifier();

        foreach (var e in events) verifier.Check(e);

        Assert.True(verifier.Failed);
        Assert.Equal(2, verifier.Result().EventsChecked);
        Assert.Contains("altered", verifier.Result().Message);
    }
}

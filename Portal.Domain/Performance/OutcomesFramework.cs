using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;

namespace Portal.Domain.Performance;

/// <summary>
/// What a live contract is measured against: its capacity, its measures each with a unit, a direction and a target per
/// reporting period, and the thresholds that turn a figure into red, amber or green. Set up by the office once the service has
/// commenced; every change returns its words for the audit trail.
/// </summary>
public sealed class OutcomesFramework
{
    public const int MaxMeasures = 40;
    public const int NameMaxLength = 200;
    public const int UnitMaxLength = 60;
    public const int MaxCapacity = 10_000;

    private readonly List<OutcomeMeasure> _measures = [];

    private OutcomesFramework() { }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public int Capacity { get; private set; }
    public decimal GreenFromPercent { get; private set; }
    public decimal AmberFromPercent { get; private set; }

    /// <summary>How many days after a period ends its return is due; fixed when the framework is set up, so due dates do not move.</summary>
    public int ReturnDueDays { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public Guid ConcurrencyToken { get; private set; }
    public IReadOnlyList<OutcomeMeasure> Measures => _measures;

    public RagThresholds Thresholds => new(GreenFromPercent, AmberFromPercent);

    /// <summary>A framework with the reference measures and no targets yet.</summary>
    public static OutcomesFramework FromReferenceSet(Contract contract, int capacity, RagThresholds thresholds, int returnDueDays, Actor actor, DateTimeOffset at)
    {
        RequireOfficeManager(actor);
        if (returnDueDays is < 1 or > 90) throw new DomainRuleException("A return must fall due between 1 and 90 days after its period ends.");
        var framework = new OutcomesFramework
        {
            Id = Guid.NewGuid(),
            CommissionId = contract.CommissionId,
            ContractId = contract.Id,
            SupplierId = contract.SupplierId,
            SupplierName = contract.SupplierName,
            ReturnDueDays = returnDueDays,
            CreatedAt = at,
            ConcurrencyToken = Guid.NewGuid(),
        };
        framework.SetCapacity(capacity, actor);
        framework.SetThresholds(thresholds, actor);
        foreach (var reference in ReferenceMeasures.All)
            framework._measures.Add(new OutcomeMeasure(framework._measures.Count + 1, reference.Key, reference.Name, reference.Unit,
                reference.BetterWhen, reference.AllowsBreakdown));
        return framework;
    }

    public static void RequireOfficeManager(Actor actor)
    {
        if (!actor.IsContractManager) throw new DomainRuleException("Only a commissioning or procurement officer can change an outcomes framework.");
    }

    public DateOnly ReturnDueOn(ReportingPeriod period) => ReturnDueOn(period, ReturnDueDays);

    /// <summary>How long after its period a return falls due when nothing else is set.</summary>
    public const int DefaultReturnDueDays = 15;

    /// <summary>A period's return falls due this many days after the period ends.</summary>
    public static DateOnly ReturnDueOn(ReportingPeriod period, int returnDueDays) => period.Ends.AddDays(returnDueDays);

    public OutcomeMeasure Measure(Guid measureId) =>
        _measures.SingleOrDefault(m => m.Id == measureId) ?? throw new DomainRuleException("That measure is not in this contract's outcomes framework.");

    public string SetCapacity(int capacity, Actor actor)
    {
        RequireOfficeManager(actor);
        if (capacity is < 1 or > MaxCapacity) throw new DomainRuleException($"The capacity is the number of clients supported at a time: between 1 and {MaxCapacity}.");
        if (capacity == Capacity) return "";
        var change = Capacity == 0 ? $"capacity {capacity}" : $"capacity {Capacity} → {capacity}";
        Capacity = capacity;
        Touch();
        return change;
    }

    public string SetThresholds(RagThresholds thresholds, Actor actor)
    {
        RequireOfficeManager(actor);
        var valid = RagThresholds.Of(thresholds.GreenFromPercent, thresholds.AmberFromPercent);
        if (valid == Thresholds) return "";
        var change = $"green from {valid.GreenFromPercent:0.##}%, amber from {valid.AmberFromPercent:0.##}%";
        GreenFromPercent = valid.GreenFromPercent;
        AmberFromPercent = valid.AmberFromPercent;
        Touch();
        return change;
    }

    public OutcomeMeasure AddMeasure(string name, string unit, BetterWhen betterWhen, bool allowsBreakdown, Actor actor)
    {
        RequireOfficeManager(actor);
        name = name.Trim();
        unit = unit.Trim();
        if (name.Length == 0) throw new DomainRuleException("Give the measure a name.");
        if (name.Length > NameMaxLength) throw new DomainRuleException($"Keep the measure's name to {NameMaxLength} characters.");
        if (unit.Length == 0) throw new DomainRuleException("Give the measure a unit, such as people or placements.");
        if (unit.Length > UnitMaxLength) throw new DomainRuleException($"Keep the unit to {UnitMaxLength} characters.");
        if (!Enum.IsDefined(betterWhen)) throw new DomainRuleException("Say whether higher or lower is better.");
        if (_measures.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new DomainRuleException($"The framework already has a measure called \"{name}\".");
        if (_measures.Count >= MaxMeasures) throw new DomainRuleException($"A framework can hold up to {MaxMeasures} measures.");
        var measure = new OutcomeMeasure(_measures.Count + 1, $"custom-{Guid.NewGuid():N}"[..15], name, unit, betterWhen, allowsBreakdown);
        _measures.Add(measure);
        Touch();
        return measure;
    }

    /// <summary>Sets the measures' targets for the contract's periods; a null target clears it.</summary>
    /// <returns>What changed, in words for the audit trail; empty when nothing did.</returns>
    public string SetTargets(IReadOnlyList<(Guid MeasureId, DateOnly PeriodStarts, decimal? Target)> targets, IReadOnlyList<ReportingPeriod> periods, Actor actor)
    {
        RequireOfficeManager(actor);
        var changes = new List<string>();
        foreach (var (measureId, periodStarts, target) in targets)
        {
            var measure = Measure(measureId);
            var period = periods.SingleOrDefault(p => p.Starts == periodStarts)
                ?? throw new DomainRuleException("That period is not one of this contract's reporting periods.");
            if (target < 0) throw new DomainRuleException($"The target for \"{measure.Name}\" in {period.Name} cannot be negative.");
            if (measure.TargetFor(period) == target) continue;
            measure.SetTarget(period.Starts, target);
            changes.Add($"{measure.Name}, {period.Name}: {(target is { } t ? t.ToString("0.##") : "no target")}");
        }
        if (changes.Count > 0) Touch();
        return string.Join("; ", changes);
    }

    private void Touch() => ConcurrencyToken = Guid.NewGuid();
}

public sealed class OutcomeMeasure
{
    private readonly List<MeasureTarget> _targets = [];

    private OutcomeMeasure() { }

    internal OutcomeMeasure(int position, string key, string name, string unit, BetterWhen betterWhen, bool allowsBreakdown)
    {
        Id = Guid.NewGuid();
        Position = position;
        Key = key;
        Name = name;
        Unit = unit;
        BetterWhen = betterWhen;
        AllowsBreakdown = allowsBreakdown;
    }

    public Guid Id { get; private set; }
    public int Position { get; private set; }

    /// <summary>Stable across contracts for the reference measures ("employed-12-weeks"), so reports can compare like with like.</summary>
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public BetterWhen BetterWhen { get; private set; }

    /// <summary>Whether the measure counts people, and so may be broken down by protected characteristic.</summary>
    public bool AllowsBreakdown { get; private set; }

    public IReadOnlyList<MeasureTarget> Targets => _targets;

    public decimal? TargetFor(ReportingPeriod period) => _targets.SingleOrDefault(t => t.PeriodStarts == period.Starts)?.Value;

    internal void SetTarget(DateOnly periodStarts, decimal? value)
    {
        var existing = _targets.SingleOrDefault(t => t.PeriodStarts == periodStarts);
        if (value is not { } target) _targets.RemoveAll(t => t.PeriodStarts == periodStarts);
        else if (existing is not null) existing.Value = target;
        else _targets.Add(new MeasureTarget(periodStarts, target));
    }
}

/// <summary>A measure's target for the reporting period starting on <see cref="PeriodStarts"/>.</summary>
public sealed class MeasureTarget
{
    private MeasureTarget() { }

    internal MeasureTarget(DateOnly periodStarts, decimal value)
    {
        PeriodStarts = periodStarts;
        Value = value;
    }

    public DateOnly PeriodStarts { get; private set; }
    public decimal Value { get; internal set; }
}

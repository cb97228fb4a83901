using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Performance;

/// <summary>
/// A contract's outcomes framework and returns: seen by the office and by the awarded supplier's users; the framework set up and
/// changed, and figures verified or queried, only by a commissioning or procurement officer. Refusals are logged and audited.
/// </summary>
public sealed class PerformanceService(
    IDbContextFactory<PortalDbContext> contexts,
    PerformanceAccess access,
    PerformanceWriter writer,
    IConfiguration configuration,
    ICurrentActor currentActor,
    TimeProvider clock)
{
    public const int DefaultCapacity = 30;

    /// <summary>How many days after a period ends its return falls due (Portal:Performance:ReturnDueDays).</summary>
    public int ReturnDueDays => configuration.GetValue("Portal:Performance:ReturnDueDays", OutcomesFramework.DefaultReturnDueDays) is > 0 and var days
        ? days : OutcomesFramework.DefaultReturnDueDays;

    public async Task<OperationResult<PerformanceView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await access.LoadAsync(db, actor, commissionId, cancellationToken);
        if (refusal is not null) return OperationResult<PerformanceView>.From(refusal);
        var returns = scope!.Framework is { } framework
            ? await db.SupplierReturns.AsNoTracking().Where(r => r.FrameworkId == framework.Id).ToListAsync(cancellationToken)
            : [];
        return OperationResult<PerformanceView>.Ok(PerformanceViewBuilder.Build(scope, returns, !actor.IsOfficeUser,
            actor.IsContractManager, UkTime.DateOf(clock.GetUtcNow())));
    }

    public async Task<OperationResult> SetUpAsync(Guid commissionId, int capacity, decimal greenFrom, decimal amberFrom, CancellationToken cancellationToken = default)
    {
        var (actor, refusal) = await ManagerAsync(commissionId, "setting up the outcomes framework", cancellationToken);
        if (refusal is not null) return refusal;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var state = await db.Commissions.AsNoTracking().Where(c => c.Id == commissionId).Select(c => c.State).SingleAsync(cancellationToken);
            if (state != CommissionState.ContractManagement)
                return OperationResult.Refused("The outcomes framework is set up once the service has commenced and the contract is being managed.");
        }
        return await writer.SetUpAsync(commissionId, actor, (contract, at) =>
            OutcomesFramework.FromReferenceSet(contract, capacity, RagThresholds.Of(greenFrom, amberFrom), ReturnDueDays, actor, at), cancellationToken);
    }

    public async Task<OperationResult> UpdateSettingsAsync(Guid commissionId, Guid token, int capacity, decimal greenFrom, decimal amberFrom,
        CancellationToken cancellationToken = default)
    {
        var (actor, refusal) = await ManagerAsync(commissionId, "changing the outcomes framework", cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeFrameworkAsync(commissionId, token, actor, (framework, _) =>
        {
            var thresholds = RagThresholds.Of(greenFrom, amberFrom);
            return string.Join("; ", new[] { framework.SetCapacity(capacity, actor), framework.SetThresholds(thresholds, actor) }.Where(c => c.Length > 0));
        }, cancellationToken);
    }

    public async Task<OperationResult> AddMeasureAsync(Guid commissionId, Guid token, string name, string unit, BetterWhen betterWhen, bool allowsBreakdown,
        CancellationToken cancellationToken = default)
    {
        var (actor, refusal) = await ManagerAsync(commissionId, "changing the outcomes framework", cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeFrameworkAsync(commissionId, token, actor, (framework, _) =>
        {
            var measure = framework.AddMeasure(name, unit, betterWhen, allowsBreakdown, actor);
            return $"measure \"{measure.Name}\" added ({measure.Unit}, {measure.BetterWhen.Describe().ToLowerInvariant()}" +
                $"{(measure.AllowsBreakdown ? ", broken down by protected characteristic" : "")})";
        }, cancellationToken);
    }

    public async Task<OperationResult> SetTargetsAsync(Guid commissionId, Guid token, IReadOnlyList<(Guid MeasureId, DateOnly PeriodStarts, decimal? Target)> targets,
        CancellationToken cancellationToken = default)
    {
        var (actor, refusal) = await ManagerAsync(commissionId, "changing the outcomes framework's targets", cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeFrameworkAsync(commissionId, token, actor,
            (framework, periods) => framework.SetTargets(targets, periods, actor) is { Length: > 0 } changes ? $"targets set: {changes}" : "", cancellationToken);
    }

    public async Task<OperationResult> VerifyAsync(Guid commissionId, DateOnly periodStarts, Guid token, Guid measureId, CancellationToken cancellationToken = default)
    {
        var (actor, refusal) = await ManagerAsync(commissionId, "verifying a supplier's figure", cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeReturnAsync(commissionId, periodStarts, token, actor, (framework, supplierReturn, period, at) =>
        {
            if (supplierReturn is null) throw new DomainRuleException("The supplier has not started this return yet.");
            supplierReturn.Verify(measureId, actor, at);
            var figure = supplierReturn.FigureFor(measureId)!;
            return (supplierReturn, new PerformanceChange("ReturnFigureVerified",
                $"\"{framework.Measure(measureId).Name}\" verified at {figure.Actual:0.##}"));
        }, cancellationToken);
    }

    public async Task<OperationResult> QueryAsync(Guid commissionId, DateOnly periodStarts, Guid token, Guid measureId, string question,
        CancellationToken cancellationToken = default)
    {
        var (actor, refusal) = await ManagerAsync(commissionId, "querying a supplier's figure", cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeReturnAsync(commissionId, periodStarts, token, actor, (framework, supplierReturn, period, at) =>
        {
            if (supplierReturn is null) throw new DomainRuleException("The supplier has not started this return yet.");
            supplierReturn.Query(measureId, question, actor, at);
            var name = framework.Measure(measureId).Name;
            return (supplierReturn, new PerformanceChange("ReturnFigureQueried", $"\"{name}\" queried: {question.Trim()}", Tell.Supplier,
                $"A question on your {period.Name} return",
                $"The commissioner's office has a question about \"{name}\" in your {period.Name} return: {question.Trim()}\n\nAnswer it in the portal; you may correct the figure.",
                $"/supplier/contracts/{commissionId}/returns"));
        }, cancellationToken);
    }

    /// <summary>The actor, if a commissioning or procurement officer who may see this contract; anyone else is refused and audited.</summary>
    private async Task<(Actor Actor, OperationResult? Refusal)> ManagerAsync(Guid commissionId, string what, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (_, refusal) = await access.LoadAsync(db, actor, commissionId, cancellationToken);
        if (refusal is not null) return (actor, refusal);
        if (actor.IsContractManager) return (actor, null);
        await access.RecordRefusedAsync(actor, what, commissionId);
        return (actor, OperationResult.Refused(actor.IsSupplier
            ? "A supplier cannot verify, query or change the measures of its own contract: the commissioner's office does."
            : "Only a commissioning or procurement officer can do this."));
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Contracts;

public enum RegisterScope { Live, Past, All }

/// <summary>The register's filters; the page's address and the workbook's both carry them.</summary>
public sealed record RegisterFilter(RegisterScope Scope = RegisterScope.Live, Guid? SupplierId = null, string? Text = null, int? DecisionWithinMonths = null);

/// <summary>The latest period with a return: how many measures are green, amber and red, and whether unverified figures are among them.</summary>
public sealed record PerformanceGlance(string? PeriodName, int Green, int Amber, int Red, bool SelfReported)
{
    public bool HasReturns => PeriodName is not null;

    public string Describe() => HasReturns
        ? $"{PeriodName}: {Green} green, {Amber} amber, {Red} red{(SelfReported ? " (self-reported)" : "")}"
        : "No returns yet";

    public static PerformanceGlance From(ContractPerformance performance)
    {
        if (performance.Latest is not { } latest) return new(null, 0, 0, 0, false);
        var rated = latest.Figures.Where(f => f.Rating != RagRating.NotRated).ToList();
        return new(latest.Period.Name, rated.Count(f => f.Rating == RagRating.Green), rated.Count(f => f.Rating == RagRating.Amber),
            rated.Count(f => f.Rating == RagRating.Red), rated.Any(f => f.Status != FigureStatus.Verified));
    }
}

public sealed record ContractRegisterRow(Guid CommissionId, string Reference, string Title, Guid SupplierId, string SupplierName,
    CommissionState State, Money Value, Money AnnualValue, Money MaximumValue, DateOnly CallOffEffectiveDate, DateOnly CurrentEndsOn,
    ExtensionOption? NextOption, PerformanceGlance Performance)
{
    public bool IsLive => State != CommissionState.Closed;
}

public sealed record SupplierChoice(Guid Id, string Name);

public sealed record ContractRegisterView(IReadOnlyList<ContractRegisterRow> Rows, IReadOnlyList<SupplierChoice> Suppliers, DateOnly Today);

/// <summary>
/// The office's register of every contract it manages, live (awarded, mobilising, in contract management) and past (closed), with the
/// next decision due and the latest performance at a glance. Supplier users are refused, and the attempt audited.
/// </summary>
public sealed class OfficeContractRegisterService(
    IDbContextFactory<PortalDbContext> contexts,
    IContractPerformanceSource performance,
    ContractSettings settings,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<OfficeContractRegisterService> logger)
{
    private static readonly CommissionState[] LiveStates = [CommissionState.Awarded, CommissionState.Mobilisation, CommissionState.ContractManagement];

    public async Task<OperationResult<ContractRegisterView>> ListAsync(RegisterFilter filter, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, "the contract register") is { } refusal)
        {
            await refusals.RecordAsync(actor, "the office's contract register");
            return OperationResult<ContractRegisterView>.From(refusal);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var states = filter.Scope switch
        {
            RegisterScope.Live => LiveStates,
            RegisterScope.Past => [CommissionState.Closed],
            _ => [.. LiveStates, CommissionState.Closed],
        };
        var found = await (from contract in db.Contracts.AsNoTracking()
                           join commission in db.Commissions.AsNoTracking() on contract.CommissionId equals commission.Id
                           where states.Contains(commission.State)
                           select new { contract, commission.Number, commission.State }).ToListAsync(cancellationToken);
        var suppliers = found.Select(f => new SupplierChoice(f.contract.SupplierId, f.contract.SupplierName)).DistinctBy(s => s.Id)
            .OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var today = UkTime.DateOf(clock.GetUtcNow());
        var shown = found.OrderBy(f => f.Number)
            .Select(f => (f.contract, f.State, Reference: Commission.FormatReference(f.Number),
                Next: f.State == CommissionState.Closed ? null : f.contract.NextOption(today, settings.NoticeMonths, settings.ReminderMonths)))
            .Where(f => filter.SupplierId is not { } supplier || f.contract.SupplierId == supplier)
            .Where(f => Matches(filter.Text, f.Reference, f.contract.Title))
            .Where(f => filter.DecisionWithinMonths is not { } months || (f.Next is not null && f.Next.DecideBy <= today.AddMonths(months)))
            .ToList();
        var performances = await performance.GetManyAsync(shown.Select(f => f.contract.Id).ToList(), cancellationToken);
        var rows = shown.Select(f => new ContractRegisterRow(f.contract.CommissionId, f.Reference, f.contract.Title, f.contract.SupplierId,
            f.contract.SupplierName, f.State, f.contract.Value, f.contract.AnnualValue, f.contract.MaximumValue, f.contract.CallOffEffectiveDate,
            f.contract.CurrentEndsOn, f.Next, PerformanceGlance.From(performances[f.contract.Id]))).ToList();
        return OperationResult<ContractRegisterView>.Ok(new ContractRegisterView(rows, suppliers, today));
    }

    private static bool Matches(string? text, string reference, string title) =>
        string.IsNullOrWhiteSpace(text)
        || reference.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || title.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase);
}

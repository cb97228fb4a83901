using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Frameworks;

/// <summary>
/// The register of frameworks, their lots and the suppliers on each lot. Every office user may read it; only
/// procurement officers and administrators change it; supplier users get nothing here.
/// </summary>
public sealed class FrameworkService(
    IDbContextFactory<PortalDbContext> contexts,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<FrameworkService> logger)
{
    public async Task<OperationResult<IReadOnlyList<FrameworkListItem>>> ListAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, "the framework register") is { } refusal)
            return OperationResult<IReadOnlyList<FrameworkListItem>>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Lots).ToListAsync(cancellationToken);
        return OperationResult<IReadOnlyList<FrameworkListItem>>.Ok(frameworks
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Select(f => new FrameworkListItem(f.Id, f.Name, f.ContractingAuthority, f.StartsOn, f.EndsOn, f.Lots.Count,
                f.Lots.SelectMany(l => l.Members).Select(m => m.SupplierId).Distinct().Count()))
            .ToList());
    }

    public async Task<OperationResult<FrameworkView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, "the framework register") is { } refusal) return OperationResult<FrameworkView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Lots).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (framework is null) return OperationResult<FrameworkView>.From(OperationResult.NotFound("framework"));
        var supplierIds = framework.Lots.SelectMany(l => l.Members).Select(m => m.SupplierId).Distinct().ToList();
        var suppliers = await db.SupplierOrganisations.AsNoTracking().Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var lots = framework.Lots.OrderBy(l => l.Number).Select(l => new LotView(l.Id, l.Number, l.Name, l.Region,
            l.Members.Select(m => (Member: m, Supplier: suppliers[m.SupplierId]))
                .OrderBy(x => x.Supplier.Name, StringComparer.OrdinalIgnoreCase)
                .Select(x => new LotSupplierView(x.Supplier.Id, x.Supplier.Name, x.Supplier.ContactName, x.Supplier.ContactEmail,
                    x.Supplier.ContactPhone, x.Supplier.Town, x.Member.Status, x.Member.StatusReason))
                .ToList())).ToList();
        return OperationResult<FrameworkView>.Ok(new FrameworkView(framework.Id, framework.Name, framework.ContractingAuthority,
            framework.StartsOn, framework.EndsOn, lots, CanManage(actor)));
    }

    public async Task<OperationResult<Guid>> AddFrameworkAsync(NewFramework details, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseChange(actor) is { } refusal) return OperationResult<Guid>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Framework framework;
        try
        {
            framework = new Framework(details.Name, details.ContractingAuthority, details.StartsOn, details.EndsOn);
        }
        catch (DomainRuleException ex)
        {
            return OperationResult<Guid>.From(OperationResult.Refused(ex.Message));
        }
        db.Frameworks.Add(framework);
        await AuditTrail.AppendAsync(db, actor, clock.GetUtcNow(), "FrameworkAdded",
            $"Added the framework {framework.Name} ({framework.ContractingAuthority}, {framework.StartsOn:d MMM yyyy} to {framework.EndsOn:d MMM yyyy})", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OperationResult<Guid>.Ok(framework.Id);
    }

    public Task<OperationResult> AddLotAsync(Guid frameworkId, NewLot details, CancellationToken cancellationToken = default) =>
        ChangeFrameworkAsync(frameworkId, (db, framework) =>
        {
            var lot = framework.AddLot(details.Number, details.Name, details.Region);
            db.Lots.Add(lot);
            return Task.FromResult(("LotAdded", $"Added {lot.Describe()} to the framework {framework.Name}"));
        }, cancellationToken);

    /// <summary>Puts an organisation on a lot: one already in the portal under that name (any case) is reused, otherwise it is created.</summary>
    public Task<OperationResult> AddSupplierAsync(Guid frameworkId, int lotNumber, SupplierContact contact, CancellationToken cancellationToken = default) =>
        ChangeFrameworkAsync(frameworkId, async (db, framework) =>
        {
            var lot = framework.FindLot(lotNumber) ?? throw new DomainRuleException($"This framework has no lot {lotNumber}.");
            var organisations = await OrganisationsByNameAsync(db, cancellationToken);
            var supplier = organisations.GetValueOrDefault(contact.Name.Trim());
            if (supplier is null)
            {
                supplier = new SupplierOrganisation(contact.Name, contact.ContactName, contact.ContactEmail, contact.Town, contact.ContactPhone);
                db.SupplierOrganisations.Add(supplier);
            }
            lot.AddSupplier(supplier);
            return ("SupplierAddedToLot", $"Added {supplier.Name} to {lot.Describe()} of the framework {framework.Name}");
        }, cancellationToken);

    public Task<OperationResult> SuspendSupplierAsync(Guid frameworkId, int lotNumber, Guid supplierId, string reason, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(frameworkId, lotNumber, supplierId, SupplierStatus.Suspended, reason, cancellationToken);

    public Task<OperationResult> ReactivateSupplierAsync(Guid frameworkId, int lotNumber, Guid supplierId, string reason, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(frameworkId, lotNumber, supplierId, SupplierStatus.Active, reason, cancellationToken);

    private Task<OperationResult> ChangeStatusAsync(Guid frameworkId, int lotNumber, Guid supplierId, SupplierStatus status, string reason,
        CancellationToken cancellationToken) =>
        ChangeFrameworkAsync(frameworkId, async (db, framework) =>
        {
            var lot = framework.FindLot(lotNumber) ?? throw new DomainRuleException($"This framework has no lot {lotNumber}.");
            if (status == SupplierStatus.Suspended) lot.SuspendSupplier(supplierId, reason);
            else lot.ReactivateSupplier(supplierId, reason);
            var name = await db.SupplierOrganisations.Where(s => s.Id == supplierId).Select(s => s.Name).SingleAsync(cancellationToken);
            var verb = status == SupplierStatus.Suspended ? "Suspended" : "Reactivated";
            return ($"Supplier{verb}", $"{verb} {name} on {lot.Describe()} of the framework {framework.Name}: {reason.Trim()}");
        }, cancellationToken);

    /// <summary>What importing the file would do, row by row. Changes nothing.</summary>
    public async Task<OperationResult<SupplierImportPreview>> PreviewImportAsync(Guid frameworkId, Stream csv, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseChange(actor) is { } refusal) return OperationResult<SupplierImportPreview>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Lots).SingleOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        if (framework is null) return OperationResult<SupplierImportPreview>.From(OperationResult.NotFound("framework"));
        return OperationResult<SupplierImportPreview>.Ok(Preview(framework, SupplierCsv.Read(csv), await OrganisationsByNameAsync(db, cancellationToken)));
    }

    /// <summary>
    /// Reads and checks the file again and, only when every row is valid, puts every supplier on its lot in one
    /// transaction. Otherwise nothing is imported and the row-by-row report comes back with the refusal.
    /// </summary>
    public async Task<OperationResult<SupplierImportPreview>> ImportAsync(Guid frameworkId, Stream csv, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseChange(actor) is { } refusal) return OperationResult<SupplierImportPreview>.From(refusal);
        var file = SupplierCsv.Read(csv);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var framework = await db.Frameworks.Include(f => f.Lots).SingleOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        if (framework is null) return OperationResult<SupplierImportPreview>.From(OperationResult.NotFound("framework"));
        var organisations = await OrganisationsByNameAsync(db, cancellationToken);
        var preview = Preview(framework, file, organisations);
        if (!preview.CanImport)
        {
            logger.LogInformation("Refused a supplier import onto framework {FrameworkId} from {UserId}: {Errors} rows with errors",
                frameworkId, actor.UserId, preview.ErrorCount);
            return new OperationResult<SupplierImportPreview>(OperationOutcome.Refused, preview,
                preview.FileError ?? "Nothing was imported: fix the rows marked in the preview and upload the file again.");
        }
        foreach (var row in preview.Rows.Select(r => r.Row))
        {
            var lot = framework.FindLot(int.Parse(row.LotNumber.Trim(), System.Globalization.CultureInfo.InvariantCulture))!;
            var supplier = organisations.GetValueOrDefault(row.SupplierName.Trim());
            if (supplier is null)
            {
                supplier = new SupplierOrganisation(row.SupplierName, row.ContactName, row.ContactEmail, row.Town, row.Phone);
                db.SupplierOrganisations.Add(supplier);
                organisations[supplier.Name] = supplier;
            }
            lot.AddSupplier(supplier, ParseStatus(row.Status)!.Value);
        }
        await AuditTrail.AppendAsync(db, actor, clock.GetUtcNow(), "SuppliersImported",
            $"Imported {preview.Rows.Count} supplier{(preview.Rows.Count == 1 ? "" : "s")} from a CSV file onto the framework {framework.Name}: " +
            string.Join("; ", preview.Rows.Select(r => $"{r.Row.SupplierName.Trim()} on lot {r.Row.LotNumber.Trim()}")), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Supplier import onto framework {FrameworkId} clashed with another change", frameworkId);
            return OperationResult<SupplierImportPreview>.From(OperationResult.Refused(
                "Someone changed this framework's suppliers while you were importing. Nothing was imported; upload the file again."));
        }
        await transaction.CommitAsync(cancellationToken);
        return OperationResult<SupplierImportPreview>.Ok(preview);
    }

    private static SupplierImportPreview Preview(Framework framework, SupplierCsvFile file, IReadOnlyDictionary<string, SupplierOrganisation> organisations)
    {
        if (file.FileError is not null) return new SupplierImportPreview(file.FileError, []);
        var seen = new Dictionary<(int Lot, string Name), int>();
        var rows = new List<SupplierImportRow>();
        foreach (var row in file.Rows)
        {
            var problems = new List<string>();
            Lot? lot = null;
            if (string.IsNullOrWhiteSpace(row.LotNumber)) problems.Add("The lot number is missing.");
            else if (!int.TryParse(row.LotNumber.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                     || (lot = framework.FindLot(number)) is null)
                problems.Add($"Unknown lot \"{row.LotNumber.Trim()}\": this framework has lots {string.Join(", ", framework.Lots.OrderBy(l => l.Number).Select(l => l.Number))}.");
            var existing = organisations.GetValueOrDefault(row.SupplierName.Trim());
            if (existing is null)
                problems.AddRange(FrameworkRules.SupplierProblems(row.SupplierName, row.ContactName, row.ContactEmail, row.Phone, row.Town));
            else if (!string.IsNullOrWhiteSpace(row.ContactEmail) && !FrameworkRules.IsValidEmail(row.ContactEmail))
                problems.Add($"\"{row.ContactEmail.Trim()}\" is not a valid email address.");
            if (ParseStatus(row.Status) is null)
                problems.Add($"Unknown status \"{row.Status.Trim()}\": use Active or Suspended.");
            if (lot is not null && !string.IsNullOrWhiteSpace(row.SupplierName))
            {
                var key = (lot.Number, row.SupplierName.Trim().ToUpperInvariant());
                if (seen.TryGetValue(key, out var firstLine))
                    problems.Add($"Duplicate within the file: line {firstLine} already puts this supplier on lot {lot.Number}.");
                else seen[key] = row.Line;
                if (existing is not null && lot.Includes(existing.Id))
                    problems.Add($"Already on lot {lot.Number} (duplicate).");
            }
            rows.Add(new SupplierImportRow(row, problems, existing is not null));
        }
        return new SupplierImportPreview(null, rows);
    }

    /// <summary>A blank status means active.</summary>
    private static SupplierStatus? ParseStatus(string text) =>
        string.IsNullOrWhiteSpace(text) ? SupplierStatus.Active
        : Enum.TryParse<SupplierStatus>(text.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(text, out _) ? status
        : null;

    private static async Task<Dictionary<string, SupplierOrganisation>> OrganisationsByNameAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        (await db.SupplierOrganisations.ToListAsync(cancellationToken))
            .ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    private async Task<OperationResult> ChangeFrameworkAsync(Guid frameworkId,
        Func<PortalDbContext, Framework, Task<(string Action, string Summary)>> change, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseChange(actor) is { } refusal) return refusal;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var framework = await db.Frameworks.Include(f => f.Lots).SingleOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        if (framework is null) return OperationResult.NotFound("framework");
        try
        {
            var (action, summary) = await change(db, framework);
            await AuditTrail.AppendAsync(db, actor, clock.GetUtcNow(), action, summary, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused a framework change from {UserId}: {Reason}", actor.UserId, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "A framework change clashed with another on {FrameworkId}", frameworkId);
            return OperationResult.Refused("Someone changed this framework at the same time. Reload and try again.");
        }
        await transaction.CommitAsync(cancellationToken);
        return OperationResult.Ok();
    }

    public static bool CanManage(Actor actor) => actor.IsInRole(Roles.ProcurementOfficer) || actor.IsInRole(Roles.Administrator);

    private OperationResult? RefuseChange(Actor actor)
    {
        if (CanManage(actor)) return null;
        logger.LogWarning("Refused a framework change to {UserId}, who is neither a procurement officer nor an administrator", actor.UserId);
        return OperationResult.Forbidden();
    }
}

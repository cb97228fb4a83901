using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.PublicRegister;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Infrastructure;

namespace Portal.Components.OpenData;

/// <summary>
/// A commission's OCDS release package: for anyone, once the contract is awarded (and then only what the public register
/// already shows: the decision if it is published, with its redactions, and nothing of any bid but the count and the
/// winner's awarded value); for the office, at whatever stage the commission has reached.
/// </summary>
public sealed class OpenDataService(
    IDbContextFactory<PortalDbContext> contexts,
    ICurrentActor currentActor,
    PublicRegisterService register,
    RefusedAccessLog refusals,
    OpenDataSettings settings,
    OfficeIdentity office,
    ILogger<OpenDataService> logger)
{
    public const string NothingYetMessage = "There is nothing to publish yet: a commission's open data starts when its decision is approved.";

    private static readonly CommissionState[] AwardedOrLater =
        [CommissionState.Awarded, CommissionState.Mobilisation, CommissionState.ContractManagement, CommissionState.Closed];

    public static string PublicPath(string reference) => $"/register/contracts/{reference}/ocds.json";

    public static string OfficePath(Guid commissionId) => $"/commissions/{commissionId}/ocds.json";

    /// <summary>The public export of an awarded contract; null for any other reference, so an unawarded one looks unknown.</summary>
    /// <param name="baseUrl">The portal's address as the request reached it (forwarded headers applied), for the package's links.</param>
    public async Task<OcdsPackage?> PublishedPackageAsync(string reference, string baseUrl, CancellationToken cancellationToken = default)
    {
        if (!TryParseReference(reference, out var number)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Number == number && AwardedOrLater.Contains(c.State), cancellationToken);
        if (commission is null || !await db.Contracts.AnyAsync(c => c.CommissionId == commission.Id, cancellationToken)) return null;
        var published = await register.GetDecisionAsync(commission.Id, cancellationToken);
        var facts = await OpenDataFactsReader.ReadAsync(db, commission, published, baseUrl, publicOnly: true, cancellationToken);
        return OcdsReleasePackageBuilder.Build(facts, Publication(baseUrl + PublicPath(commission.Reference)));
    }

    public async Task<OperationResult<OcdsPackage>> OfficePackageAsync(Guid commissionId, string baseUrl, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOfficeUser)
        {
            await refusals.RecordAsync(actor, "the office's open-data export of a commission");
            return OperationResult<OcdsPackage>.From(OperationResult.Forbidden());
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null) return OperationResult<OcdsPackage>.From(OperationResult.NotFound());
        var published = await register.GetDecisionAsync(commission.Id, cancellationToken);
        var facts = await OpenDataFactsReader.ReadAsync(db, commission, published, baseUrl, publicOnly: false, cancellationToken);
        var package = OcdsReleasePackageBuilder.Build(facts, Publication(baseUrl + OfficePath(commission.Id)));
        if (package.Releases.Count == 0) return OperationResult<OcdsPackage>.From(OperationResult.Refused(NothingYetMessage));
        logger.LogInformation("{UserId} exported the open data of {Reference}", actor.UserId, commission.Reference);
        return OperationResult<OcdsPackage>.Ok(package);
    }

    private OcdsPublication Publication(string packageUri) => new(settings.OcidPrefix, office.Name, packageUri, settings.License);

    /// <summary>"COM-0001" (any case) to 1; anything else is no reference.</summary>
    public static bool TryParseReference(string reference, out int number)
    {
        number = 0;
        return reference.StartsWith("COM-", StringComparison.OrdinalIgnoreCase) && reference.Length <= 14
            && int.TryParse(reference.AsSpan(4), System.Globalization.NumberStyles.None, null, out number) && number > 0;
    }
}

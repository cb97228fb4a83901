using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Mobilisation;
using Portal.Infrastructure;

namespace Portal.Components.Mobilisation;

public sealed record MobilisationTemplateView(IReadOnlyList<MobilisationTemplateItem> Items, Guid? ConcurrencyToken, string? LastChangedByName,
    DateTimeOffset? LastChangedAt, bool CanEdit);

/// <summary>The template the office keeps for new mobilisation plans. Until first saved it is the default checklist.</summary>
public sealed class MobilisationTemplateService(
    IDbContextFactory<PortalDbContext> contexts,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<MobilisationTemplateService> logger)
{
    public const string StaleTemplateMessage = "The template was changed by someone else while you were editing it — reload to see the latest version.";

    public async Task<OperationResult<MobilisationTemplateView>> GetAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOfficeUser)
        {
            await refusals.RecordAsync(actor, "the mobilisation template");
            return OperationResult<MobilisationTemplateView>.From(OperationResult.Forbidden());
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.MobilisationTemplates.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return OperationResult<MobilisationTemplateView>.Ok(template is null
            ? new MobilisationTemplateView(MobilisationTemplate.DefaultItems, null, null, null, MobilisationTemplate.CanEdit(actor))
            : new MobilisationTemplateView(template.Items, template.ConcurrencyToken, template.LastChangedByName, template.LastChangedAt, MobilisationTemplate.CanEdit(actor)));
    }

    /// <param name="expectedToken">The token of the template the page showed; null when it showed the default, never saved.</param>
    public async Task<OperationResult> SaveAsync(IReadOnlyList<MobilisationTemplateItem> items, Guid? expectedToken, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!MobilisationTemplate.CanEdit(actor))
        {
            await refusals.RecordAsync(actor, "a change to the mobilisation template");
            return OperationResult.Forbidden();
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var at = clock.GetUtcNow();
        var template = await db.MobilisationTemplates.FirstOrDefaultAsync(cancellationToken);
        if (template?.ConcurrencyToken != expectedToken) return OperationResult.Refused(StaleTemplateMessage);
        if (template is null)
        {
            template = MobilisationTemplate.CreateDefault(at);
            db.MobilisationTemplates.Add(template);
        }
        try
        {
            template.Replace(items, actor, at);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId}'s mobilisation template: {Reason}", actor.UserId, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, actor, at, "MobilisationTemplateChanged",
            $"Mobilisation template saved: {template.Items.Count} items ({string.Join("; ", template.Items.Select(i => i.Title))})", cancellationToken);
        return await db.TrySaveAndCommitAsync(transaction, cancellationToken) ? OperationResult.Ok() : OperationResult.Refused(StaleTemplateMessage);
    }
}

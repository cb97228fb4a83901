using Microsoft.EntityFrameworkCore;
using Portal.Components.Commissions;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.DecisionNotes;

/// <summary>Reading, editing and comparing a commission's decision note. Office users read it; commissioning officers edit it.</summary>
public sealed class DecisionNoteService(
    IDbContextFactory<PortalDbContext> contexts,
    CommissionWriter writer,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<DecisionNoteService> logger)
{
    public async Task<OperationResult<DecisionNoteView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (Refuse(actor) is { } refusal) return OperationResult<DecisionNoteView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null) return OperationResult<DecisionNoteView>.From(OperationResult.NotFound());
        var eia = await db.EqualityAssessments.AsNoTracking().Where(e => e.CommissionId == commissionId)
            .Select(e => (Portal.Domain.Equality.EiaStatus?)e.Status).SingleOrDefaultAsync(cancellationToken);
        var attachments = await db.DecisionNoteAttachments.AsNoTracking().Where(a => a.CommissionId == commissionId)
            .OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentView(a.Id, a.Kind, a.OriginalName, a.Size, a.Sha256, a.IsAppendix, a.UploadedByName, a.UploadedAt))
            .ToListAsync(cancellationToken);
        var commissioner = await CommissionerNameAsync(db, commissionId, cancellationToken);
        return OperationResult<DecisionNoteView>.Ok(ToView(commission, actor, eia, attachments, commissioner));
    }

    public async Task<OperationResult<DecisionNoteContent>> GetVersionAsync(Guid commissionId, int version, CancellationToken cancellationToken = default)
    {
        if (Refuse(await currentActor.GetAsync()) is { } refusal) return OperationResult<DecisionNoteContent>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var found = commission?.NoteVersions.FirstOrDefault(v => v.Number == version);
        return found is null
            ? OperationResult<DecisionNoteContent>.From(OperationResult.NotFound("version of the decision note"))
            : OperationResult<DecisionNoteContent>.Ok(found.Content);
    }

    public Task<OperationResult> SaveAsync(Guid commissionId, Guid token, DecisionNoteContent content) =>
        ChangeAsync(commissionId, token, (c, actor, at) => c.UpdateDecisionNote(content, actor, at));

    public async Task<OperationResult<VersionComparison>> CompareAsync(Guid commissionId, int from, int to, CancellationToken cancellationToken = default)
    {
        if (Refuse(await currentActor.GetAsync()) is { } refusal) return OperationResult<VersionComparison>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null) return OperationResult<VersionComparison>.From(OperationResult.NotFound());
        var older = commission.NoteVersions.FirstOrDefault(v => v.Number == from);
        var newer = commission.NoteVersions.FirstOrDefault(v => v.Number == to);
        if (older is null || newer is null)
            return OperationResult<VersionComparison>.From(OperationResult.NotFound("version of the decision note"));
        var changes = DecisionNoteChanges.Between(older.Content, newer.Content)
            .Select(c => new FieldChange(DecisionNoteFieldLabels.For(c.Key), c.Value.Before, c.Value.After)).ToList();
        return OperationResult<VersionComparison>.Ok(new VersionComparison(commission.Reference, from, to, changes));
    }

    private async Task<OperationResult> ChangeAsync(Guid commissionId, Guid token, Action<Commission, Actor, DateTimeOffset> change)
    {
        var actor = await currentActor.GetAsync();
        if (Refuse(actor) is { } refusal) return refusal;
        return await writer.ChangeAsync(commissionId, token, actor, (c, at) => change(c, actor, at));
    }

    private OperationResult? Refuse(Actor actor) => OfficeAccess.Refuse(actor, logger, "a decision note");

    private static async Task<string?> CommissionerNameAsync(PortalDbContext db, Guid commissionId, CancellationToken cancellationToken) =>
        await db.AuditEvents.AsNoTracking()
            .Where(e => e.CommissionId == commissionId && (e.Trigger == nameof(CommissionTrigger.Approve) || e.Trigger == nameof(CommissionTrigger.Decline)))
            .OrderByDescending(e => e.Id).Select(e => e.ActorName).FirstOrDefaultAsync(cancellationToken);

    private DecisionNoteView ToView(Commission c, Actor actor, Portal.Domain.Equality.EiaStatus? eia, IReadOnlyList<AttachmentView> attachments, string? commissioner)
    {
        var note = c.DecisionNote;
        var signedVersions = c.SignOffs.Select(s => s.NoteVersion).ToHashSet();
        return new DecisionNoteView(c.Id, c.Reference, c.State, c.ConcurrencyToken, c.OwnerName, note, c.DecisionNoteVersion,
            c.NoteVersions.OrderByDescending(v => v.Number)
                .Select(v => new NoteVersionView(v.Number, v.SavedByName, v.SavedAt, v.ContentHash, v.Number == c.DecisionNoteVersion, signedVersions.Contains(v.Number)))
                .ToList(),
            c.SignOffs.OrderBy(s => s.SignedAt)
                .Select(s => new NoteSignOffView(s.Position, s.SignerName, s.Comment, s.NoteVersion, s.ContentHash, s.SignedAt, s.NoteVersion != c.DecisionNoteVersion))
                .ToList(),
            DecisionNoteSections.Missing(note), ValueOf(note), c.DecisionNumber, c.DecisionRecordedAt, c.DecisionRationale, commissioner, eia, attachments,
            actor.IsInRole(Roles.CommissioningOfficer) && c.State is CommissionState.DecisionNoteDraft or CommissionState.AwaitingDecision);
    }

    private ValueSummary ValueOf(DecisionNoteContent note)
    {
        var fullMonths = note.Details.FullTermMonths();
        var today = UkTime.DateOf(clock.GetUtcNow());
        return new ValueSummary(ContractValue.OverMonths(note.AnnualValueLow, note.InitialTermMonths), ContractValue.OverMonths(note.AnnualValueHigh, note.InitialTermMonths),
            ContractValue.OverMonths(note.AnnualValueLow, fullMonths), ContractValue.OverMonths(note.AnnualValueHigh, fullMonths), fullMonths, note.InitialTermEndsOn, note.FullTermEndsOn,
            ProcurementThresholds.Assess(note, today));
    }
}

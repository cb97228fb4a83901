using Portal.Components.Tendering;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Commissions;

/// <summary>The office's work on commissions: listing, reading, creating and moving them. Suppliers get nothing here.</summary>
public sealed class CommissionService(
    IDbContextFactory<PortalDbContext> contexts,
    CommissionWriter writer,
    IttIssuer issuer,
    Mobilisation.MobilisationWriter mobilisation,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<CommissionService> logger)
{
    public const int MaxPageSize = 100;
    private const int HistoryShown = 200;

    public async Task<OperationResult<PagedResult<CommissionListItem>>> ListAsync(CommissionQuery query, CancellationToken cancellationToken = default)
    {
        if (await RefuseNonOfficeAsync() is { } refusal) return OperationResult<PagedResult<CommissionListItem>>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commissions = db.Commissions.AsNoTracking();
        if (query.State is { } state) commissions = commissions.Where(c => c.State == state);
        if (!string.IsNullOrWhiteSpace(query.OwnerId)) commissions = commissions.Where(c => c.OwnerId == query.OwnerId);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var pattern = $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            var number = ParseReferenceNumber(text);
            commissions = commissions.Where(c => EF.Functions.Like(c.Title, pattern, "\\") || c.Number == number);
        }
        var total = await commissions.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var items = await Sort(commissions, query.SortBy, query.Descending)
            .Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, c.Number, c.Title, c.State, c.OwnerName, c.NextTimedMoveAt, c.StandstillEndsAt, c.LastChangedAt })
            .ToListAsync(cancellationToken);
        return OperationResult<PagedResult<CommissionListItem>>.Ok(new PagedResult<CommissionListItem>(
            items.Select(c => new CommissionListItem(c.Id, Commission.FormatReference(c.Number), c.Title, c.State, c.OwnerName,
                c.NextTimedMoveAt ?? (c.State == CommissionState.Standstill ? c.StandstillEndsAt : null), c.LastChangedAt)).ToList(),
            total));
    }

    public async Task<IReadOnlyList<OwnerOption>> OwnersAsync(CancellationToken cancellationToken = default)
    {
        if (await RefuseNonOfficeAsync() is not null) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Commissions.AsNoTracking().GroupBy(c => new { c.OwnerId, c.OwnerName })
            .OrderBy(g => g.Key.OwnerName).Select(g => new OwnerOption(g.Key.OwnerId, g.Key.OwnerName)).ToListAsync(cancellationToken);
    }

    public async Task<OperationResult<CommissionView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonOffice(actor) is { } refusal) return OperationResult<CommissionView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commission is null) return OperationResult<CommissionView>.From(OperationResult.NotFound());
        // Newest first by when it happened: events of two aggregates committed together are chained in the order appended, not in time order.
        var history = await db.AuditEvents.AsNoTracking().Where(e => e.CommissionId == id)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(HistoryShown)
            .Select(e => new HistoryEntry(e.OccurredAt, e.ActorName, e.Summary, e.Reason, e.Before, e.After))
            .ToListAsync(cancellationToken);
        var eia = await db.EqualityAssessments.AsNoTracking().Where(e => e.CommissionId == id)
            .Select(e => (EiaStatus?)e.Status).SingleOrDefaultAsync(cancellationToken);
        var itt = await IttStatusAsync(db, commission, cancellationToken);
        var hasPlan = await db.MobilisationPlans.AsNoTracking().AnyAsync(p => p.CommissionId == id, cancellationToken);
        var hasContract = await db.Contracts.AsNoTracking().AnyAsync(c => c.CommissionId == id, cancellationToken);
        return OperationResult<CommissionView>.Ok(ToView(commission, actor, history, eia, itt, hasPlan, hasContract));
    }

    public Task<OperationResult<Guid>> CreateAsync(CommissionDetails details, CancellationToken cancellationToken = default) =>
        CreateAsync(new DecisionNoteContent().WithDetails(details), cancellationToken);

    public async Task<OperationResult<Guid>> CreateAsync(DecisionNoteContent note, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonOffice(actor) is { } refusal) return OperationResult<Guid>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = (await db.Commissions.MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0) + 1;
        Commission commission;
        try
        {
            commission = Commission.Create(number, note, actor, clock.GetUtcNow());
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused a new commission from {UserId}: {Reason}", actor.UserId, ex.Message);
            return OperationResult<Guid>.From(OperationResult.Refused(ex.Message));
        }
        db.Commissions.Add(commission);
        await Audit.AuditTrail.AppendAsync(db, commission, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OperationResult<Guid>.Ok(commission.Id);
    }

    public Task<OperationResult> UpdateDetailsAsync(Guid id, Guid token, CommissionDetails details) =>
        ChangeAsync(id, token, (c, actor, at) => c.UpdateDetails(details, actor, at));

    /// <summary>
    /// Moves the commission. Issuing the ITT goes through the tender service, which invites the lot's suppliers in the same
    /// step; starting mobilisation through the plan's writer; the moves made on a page of their own (<see cref="CommissionMovePages"/>)
    /// are refused here with where to make them.
    /// </summary>
    public async Task<OperationResult> FireAsync(Guid id, Guid token, CommissionTrigger trigger, string? reason = null,
        CancellationReasonCode? code = null, DateTimeOffset? date = null)
    {
        if (trigger == CommissionTrigger.IssueItt) return await IssueAsync(id);
        if (trigger == CommissionTrigger.StartMobilisation) return await StartMobilisationAsync(id, token);
        bool hasContract;
        await using (var db = await contexts.CreateDbContextAsync())
            hasContract = await db.Contracts.AnyAsync(c => c.CommissionId == id);
        if (CommissionMovePages.For(trigger, id, hasContract) is not null) return OperationResult.Refused(CommissionMovePages.MakeMoveThereMessage(trigger));
        return await ChangeAsync(id, token, (c, actor, at) => c.Fire(trigger, new TransitionRequest(actor, at, reason, code, date)));
    }

    public const string OpenFromTheBoxMessage = "Open the tenders from the tender box, which checks every response against its receipt and records the opening.";

    public Task<OperationResult> RecordSignOffAsync(Guid id, Guid token, string comment) =>
        ChangeAsync(id, token, (c, actor, at) => c.RecordSignOff(actor, comment, at));

    public const string SignOnThePlanMessage = "Record the signed contract on the mobilisation plan, with the signed contract as its evidence.";

    /// <summary>For a commission awarded outside the portal, which has no mobilisation plan; otherwise the plan's item records it.</summary>
    public async Task<OperationResult> RecordContractSignedAsync(Guid id, Guid token, DateOnly contractEndsOn)
    {
        await using (var db = await contexts.CreateDbContextAsync())
            if (await db.MobilisationPlans.AnyAsync(p => p.CommissionId == id)) return OperationResult.Refused(SignOnThePlanMessage);
        return await ChangeAsync(id, token, (c, actor, at) => c.RecordContractSigned(actor, contractEndsOn, at));
    }

    /// <summary>Starts mobilisation through the plan's writer, which gives the commission the plan's facts in the same step.</summary>
    private async Task<OperationResult> StartMobilisationAsync(Guid id, Guid token)
    {
        var actor = await currentActor.GetAsync();
        return RefuseNonOffice(actor) ?? await mobilisation.StartMobilisationAsync(id, token, actor);
    }

    private async Task<OperationResult> IssueAsync(Guid id)
    {
        var actor = await currentActor.GetAsync();
        return RefuseNonOffice(actor) ?? await issuer.IssueAsync(id, null, actor);
    }

    private async Task<OperationResult> ChangeAsync(Guid id, Guid token, Action<Commission, Actor, DateTimeOffset> change)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonOffice(actor) is { } refusal) return refusal;
        return await writer.ChangeAsync(id, token, actor, (c, at) => change(c, actor, at));
    }

    private async Task<OperationResult?> RefuseNonOfficeAsync() => RefuseNonOffice(await currentActor.GetAsync());

    private OperationResult? RefuseNonOffice(Actor actor) => OfficeAccess.Refuse(actor, logger, "commission access");

    /// <summary>Issued once the commission has moved on by Issue ITT; a draft while an ITT is being built; not started in ITT preparation.</summary>
    private static async Task<IttStatus?> IttStatusAsync(PortalDbContext db, Commission c, CancellationToken cancellationToken)
    {
        if (c.State > CommissionState.IttPreparation && await db.AuditEvents.AsNoTracking()
                .AnyAsync(e => e.CommissionId == c.Id && e.Trigger == nameof(CommissionTrigger.IssueItt), cancellationToken))
            return IttStatus.Issued;
        if (await db.Set<InvitationToTender>().AsNoTracking().AnyAsync(i => i.CommissionId == c.Id, cancellationToken)) return IttStatus.Draft;
        return c.State == CommissionState.IttPreparation ? IttStatus.NotStarted : null;
    }

    private CommissionView ToView(Commission c, Actor actor, IReadOnlyList<HistoryEntry> history, EiaStatus? eia, IttStatus? itt, bool hasPlan,
        bool hasContract)
    {
        var details = c.Details;
        var fullMonths = details.FullTermMonths();
        return new CommissionView(c.Id, c.Reference, c.Title, c.Summary, c.Recommendation, c.OwnerName, c.State, c.ConcurrencyToken, details,
            ContractValue.OverMonths(c.AnnualValueLow, c.InitialTermMonths), ContractValue.OverMonths(c.AnnualValueHigh, c.InitialTermMonths),
            ContractValue.OverMonths(c.AnnualValueLow, fullMonths), ContractValue.OverMonths(c.AnnualValueHigh, fullMonths),
            c.DecisionNoteVersion,
            c.SignOffs.OrderBy(s => s.SignedAt).Select(s => new SignOffView(s.Position, s.SignerName, s.Comment, s.NoteVersion, s.ContentHash, s.SignedAt,
                s.NoteVersion == c.DecisionNoteVersion)).ToList(),
            c.ClarificationDeadline, c.TenderDeadline, c.StandstillEndsAt, c.ContractEndsOn,
            c.OpeningConfirmations.Select(o => o.OfficerName).ToList(), c.EndReason,
            c.GetMoves(actor, clock.GetUtcNow()), ActionsFor(c, actor, hasPlan), history, c.DecisionNumber, c.MissingDecisionNoteSections().Count, eia, itt,
            hasContract);
    }

    private static IReadOnlyList<CommissionAction> ActionsFor(Commission c, Actor actor, bool hasPlan)
    {
        var actions = new List<CommissionAction>();
        var commissioning = actor.IsInRole(Roles.CommissioningOfficer);
        var procurement = actor.IsInRole(Roles.ProcurementOfficer);
        switch (c.State)
        {
            case CommissionState.DecisionNoteDraft when commissioning:
                actions.Add(CommissionAction.EditDetails);
                break;
            case CommissionState.AwaitingDecision when actor.IsInRole(Roles.Approver) && actor.Position is not (null or ApproverPosition.Commissioner):
                actions.Add(CommissionAction.RecordSignOff);
                break;
            case CommissionState.IttPreparation when procurement:
                actions.Add(CommissionAction.BuildItt);
                break;
            case CommissionState.ClarificationPeriod or CommissionState.TenderPeriod when procurement:
                actions.Add(CommissionAction.AnswerClarifications);
                actions.Add(CommissionAction.ManageTender);
                break;
            case CommissionState.Opening when procurement && c.OpeningConfirmations.All(o => o.UserId != actor.UserId):
                actions.Add(CommissionAction.ConfirmOpening);
                break;
            case CommissionState.Awarded when procurement && !c.ContractSigned && !hasPlan:
                actions.Add(CommissionAction.RecordContractSigned);
                break;
        }
        return actions;
    }

    private static int ParseReferenceNumber(string text)
    {
        var digits = text.StartsWith("COM-", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        return int.TryParse(digits, out var number) ? number : -1;
    }

    private static IQueryable<Commission> Sort(IQueryable<Commission> commissions, CommissionSort sortBy, bool descending) => (sortBy, descending) switch
    {
        (CommissionSort.Reference, false) => commissions.OrderBy(c => c.Number),
        (CommissionSort.Reference, true) => commissions.OrderByDescending(c => c.Number),
        (CommissionSort.Title, false) => commissions.OrderBy(c => c.Title).ThenBy(c => c.Number),
        (CommissionSort.Title, true) => commissions.OrderByDescending(c => c.Title).ThenBy(c => c.Number),
        (CommissionSort.State, false) => commissions.OrderBy(c => c.State).ThenBy(c => c.Number),
        (CommissionSort.State, true) => commissions.OrderByDescending(c => c.State).ThenBy(c => c.Number),
        (CommissionSort.Owner, false) => commissions.OrderBy(c => c.OwnerName).ThenBy(c => c.Number),
        (CommissionSort.Owner, true) => commissions.OrderByDescending(c => c.OwnerName).ThenBy(c => c.Number),
        (_, false) => commissions.OrderBy(c => c.LastChangedAt).ThenBy(c => c.Number),
        _ => commissions.OrderByDescending(c => c.LastChangedAt).ThenByDescending(c => c.Number),
    };
}

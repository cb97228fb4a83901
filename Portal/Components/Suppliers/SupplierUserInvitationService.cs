using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Frameworks;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Suppliers;
using Portal.Infrastructure;

namespace Portal.Components.Suppliers;

/// <summary>
/// Who may sign in for a supplier organisation, and the emailed invitations that add people to it. Procurement
/// officers and administrators act for any organisation; a supplier user only for its own; nobody else at all.
/// </summary>
public sealed class SupplierUserInvitationService(
    IDbContextFactory<PortalDbContext> contexts,
    ICurrentActor currentActor,
    NotificationSender sender,
    RefusedAccessLog refusals,
    OfficeIdentity office,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<SupplierUserInvitationService> logger)
{
    public const int DefaultValidDays = 7;

    public static string JoinLink(string token) => $"/account/join/{token}";

    /// <summary>The organisation the signed-in supplier user belongs to, for its own people page.</summary>
    public async Task<OperationResult<Guid>> OwnOrganisationAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken) is { } organisationId)
            return OperationResult<Guid>.Ok(organisationId);
        logger.LogWarning("Refused a supplier organisation's people page to {UserId}, who belongs to no supplier organisation", actor.UserId);
        return OperationResult<Guid>.From(OperationResult.Forbidden());
    }

    public async Task<OperationResult<SupplierPeopleView>> GetPeopleAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await RefuseAsync(db, actor, organisationId, "the people of") is { } refusal) return OperationResult<SupplierPeopleView>.From(refusal);
        var name = await db.SupplierOrganisations.Where(s => s.Id == organisationId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null) return OperationResult<SupplierPeopleView>.From(OperationResult.NotFound("organisation"));
        var users = await db.Users.AsNoTracking().Where(u => u.SupplierOrganisationId == organisationId)
            .OrderBy(u => u.DisplayName).Select(u => new SupplierPersonView(u.DisplayName, u.Email ?? "")).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var invitations = (await db.SupplierUserInvitations.AsNoTracking()
                .Where(i => i.SupplierOrganisationId == organisationId && i.AcceptedAt == null && i.RevokedAt == null)
                .ToListAsync(cancellationToken))
            .OrderByDescending(i => i.InvitedAt)
            .Select(i => new SupplierUserInvitationView(i.Id, i.Name, i.Email, i.InvitedByName, i.InvitedAt, i.ExpiresAt, i.StatusAt(now)))
            .ToList();
        return OperationResult<SupplierPeopleView>.Ok(new SupplierPeopleView(organisationId, name, users, invitations));
    }

    /// <summary>
    /// Invites a person by email. An address that already has a portal account is refused; a pending invitation to the
    /// same address at the same organisation is withdrawn, so only the newest link works. The invitation, its email and
    /// its audit event commit together or not at all.
    /// </summary>
    public async Task<OperationResult> InviteAsync(Guid organisationId, string email, string name, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await RefuseAsync(db, actor, organisationId, "an invitation to join") is { } refusal) return refusal;
        if (SupplierUserInvitation.Problems(email, name) is { Count: > 0 } problems) return OperationResult.Refused(string.Join(" ", problems));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organisation = await db.SupplierOrganisations.SingleOrDefaultAsync(s => s.Id == organisationId, cancellationToken);
        if (organisation is null) return OperationResult.NotFound("organisation");
        var normalizedEmail = SupplierUserInvitation.Normalize(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            logger.LogInformation("Refused an invitation from {UserId} to {Email}, which already has an account", actor.UserId, email.Trim());
            return OperationResult.Refused($"{email.Trim()} already has a portal account, so it cannot be invited. " +
                "That person can sign in with it; if they should belong to a different organisation, ask a portal administrator.");
        }

        var now = clock.GetUtcNow();
        var replaced = (await db.SupplierUserInvitations
                .Where(i => i.SupplierOrganisationId == organisationId && i.NormalizedEmail == normalizedEmail && i.AcceptedAt == null && i.RevokedAt == null)
                .ToListAsync(cancellationToken))
            .Where(i => i.StatusAt(now) == SupplierUserInvitationStatus.Pending).ToList();
        foreach (var earlier in replaced) earlier.Revoke(now);

        var (invitation, token) = SupplierUserInvitation.Issue(organisationId, email, name, actor.UserId, actor.DisplayName, now,
            TimeSpan.FromDays(configuration.GetValue("Portal:Invitations:ValidDays", DefaultValidDays)));
        db.SupplierUserInvitations.Add(invitation);
        await sender.StageAsync(db, [], [invitation.Email], InvitationEmail(invitation, organisation.Name, token), cancellationToken);
        await AuditTrail.AppendAsync(db, actor, now, "SupplierUserInvited",
            $"Invited {invitation.Name} ({invitation.Email}) to join {organisation.Name} as a supplier user, the link valid until " +
            $"{UkTime.Format(invitation.ExpiresAt)}{(replaced.Count > 0 ? "; the earlier invitation to this address was withdrawn" : "")}",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OperationResult.Ok();
    }

    /// <summary>Withdraws a pending invitation, so its link stops working.</summary>
    public async Task<OperationResult> RevokeAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisationId = await db.SupplierUserInvitations.Where(i => i.Id == invitationId).Select(i => (Guid?)i.SupplierOrganisationId)
            .SingleOrDefaultAsync(cancellationToken);
        if (organisationId is null) return OperationResult.NotFound("invitation");
        // Checked before the write transaction: a refusal is audited in a transaction of its own.
        if (await RefuseAsync(db, actor, organisationId.Value, "withdrawing an invitation to join") is { } refusal) return refusal;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invitation = await db.SupplierUserInvitations.SingleAsync(i => i.Id == invitationId, cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            invitation.Revoke(now);
        }
        catch (DomainRuleException ex)
        {
            return OperationResult.Refused(ex.Message);
        }
        var organisation = await db.SupplierOrganisations.Where(s => s.Id == invitation.SupplierOrganisationId).Select(s => s.Name).SingleAsync(cancellationToken);
        await AuditTrail.AppendAsync(db, actor, now, "SupplierUserInvitationWithdrawn",
            $"Withdrew the invitation to {invitation.Name} ({invitation.Email}) to join {organisation}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OperationResult.Ok();
    }

    private NotificationMessage InvitationEmail(SupplierUserInvitation invitation, string organisationName, string token) => new(
        $"You are invited to join {organisationName} on the Commissioning Portal",
        $"Dear {invitation.Name},\n\n{invitation.InvitedByName} has invited you to join {organisationName} on the {office.Name}'s " +
        "Commissioning Portal, where your organisation receives invitations to tender, asks questions and reads the answers.\n\n" +
        $"Open the link below to choose your password. It works once, and only until {UkTime.Format(invitation.ExpiresAt)}. " +
        "If you were not expecting this email you can ignore it.",
        JoinLink(token));

    private async Task<OperationResult?> RefuseAsync(PortalDbContext db, Actor actor, Guid organisationId, string what)
    {
        if (FrameworkService.CanManage(actor)) return null;
        if (await SupplierMembership.OrganisationOfAsync(db, actor) == organisationId) return null;
        await refusals.RecordAsync(actor, $"{what} supplier organisation {organisationId}, which they neither manage nor belong to");
        return OperationResult.Forbidden();
    }
}

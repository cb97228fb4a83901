using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Suppliers;

namespace Portal.Components.Suppliers;

/// <summary>The invitation a join link opens: the organisation and address it is for, and the name the inviter gave.</summary>
public sealed record JoinInvitationView(string OrganisationName, string Email, string Name);

/// <summary>
/// What a join link or a join attempt came to: the invitation (and, once accepted, the new user); or, when the link
/// cannot be used, why, written for the person holding it; or what to fix in the form.
/// </summary>
public sealed record JoinOutcome(JoinInvitationView? Invitation, ApplicationUser? User = null, string? DeadLink = null, IReadOnlyList<string>? Problems = null)
{
    public static JoinOutcome Dead(string message) => new(null, DeadLink: message);
}

/// <summary>
/// Turns an emailed invitation into a supplier user, for someone not yet signed in. Works on the request's own
/// <see cref="PortalDbContext"/>, the one Identity's user store writes through, so the user, its role, the accepted
/// invitation and the audit event commit in one transaction.
/// </summary>
public sealed class SupplierJoinService(PortalDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<SupplierJoinService> logger)
{
    public const string PasswordRules = "At least 12 characters, with an upper-case and a lower-case letter, a digit and a symbol.";

    public async Task<JoinOutcome> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        var invitation = await InvitationAsync(token, cancellationToken);
        return invitation is null ? JoinOutcome.Dead(UnknownLink) : await ViewAsync(invitation, cancellationToken);
    }

    /// <summary>
    /// Creates the user and marks the invitation accepted. The transaction takes SQLite's write lock before it reads the
    /// invitation, so a second accept of the same link waits, then finds it used: one link, one user.
    /// </summary>
    public async Task<JoinOutcome> AcceptAsync(string token, string displayName, string password, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invitation = await InvitationAsync(token, cancellationToken);
        if (invitation is null) return JoinOutcome.Dead(UnknownLink);
        var outcome = await ViewAsync(invitation, cancellationToken);
        if (outcome.DeadLink is not null) return outcome;
        if (FrameworkRules.RequiredProblem(displayName, "name", SupplierUserInvitation.MaxNameLength) is { } nameProblem)
            return outcome with { Problems = [nameProblem] };

        var user = new ApplicationUser
        {
            UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = displayName.Trim(),
            SupplierOrganisationId = invitation.SupplierOrganisationId,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
                return JoinOutcome.Dead($"There is already a portal account for {invitation.Email}. Sign in with it instead.");
            return outcome with { Problems = created.Errors.Select(e => e.Description).ToList() };
        }
        var role = await users.AddToRoleAsync(user, Roles.SupplierUser);
        if (!role.Succeeded) throw new InvalidOperationException("The new supplier user could not be given its role: " + string.Join(" ", role.Errors.Select(e => e.Description)));

        var now = clock.GetUtcNow();
        invitation.Accept(user.Id, now);
        var joiner = new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.SupplierUser });
        await AuditTrail.AppendAsync(db, joiner, now, "SupplierUserJoined",
            $"{user.DisplayName} ({user.Email}) joined {outcome.Invitation!.OrganisationName} as a supplier user, accepting the invitation from {invitation.InvitedByName}",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{Email} joined supplier organisation {OrganisationId}", user.Email, invitation.SupplierOrganisationId);
        return outcome with { User = user };
    }

    private const string UnknownLink = "This invitation link is not recognised. Check that you opened the whole link from the email, " +
        "or ask the person who invited you to send a new one.";

    private Task<SupplierUserInvitation?> InvitationAsync(string token, CancellationToken cancellationToken)
    {
        var hash = SupplierUserInvitation.HashOf(token ?? "");
        return db.SupplierUserInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    private async Task<JoinOutcome> ViewAsync(SupplierUserInvitation invitation, CancellationToken cancellationToken)
    {
        var organisation = await db.SupplierOrganisations.Where(s => s.Id == invitation.SupplierOrganisationId).Select(s => s.Name).SingleAsync(cancellationToken);
        var view = new JoinInvitationView(organisation, invitation.Email, invitation.Name);
        return invitation.StatusAt(clock.GetUtcNow()) switch
        {
            SupplierUserInvitationStatus.Pending => new JoinOutcome(view),
            SupplierUserInvitationStatus.Expired =>
                JoinOutcome.Dead($"This invitation link has expired — ask {invitation.InvitedByName} to send you a new one to join {organisation}."),
            SupplierUserInvitationStatus.Revoked =>
                JoinOutcome.Dead($"This invitation link no longer works: it was withdrawn, or replaced by a newer one. Use the link in the latest email " +
                    $"from the portal, or ask {invitation.InvitedByName} to send you a new one."),
            _ => JoinOutcome.Dead("This invitation has already been used. Sign in with the email address it was sent to and the password you chose."),
        };
    }
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;

namespace Portal.Domain.Suppliers;

public enum SupplierUserInvitationStatus { Pending, Accepted, Revoked, Expired }

/// <summary>
/// An emailed offer to one person to join a supplier organisation as a supplier user. The link's token is shown
/// once, when the invitation is issued; only its SHA-256 hash is kept, so a copy of the database opens no account.
/// </summary>
public sealed class SupplierUserInvitation
{
    public const int MaxNameLength = FrameworkRules.MaxContactNameLength;
    private const int TokenBytes = 32;

    private SupplierUserInvitation() { }

    public Guid Id { get; private set; }
    public Guid SupplierOrganisationId { get; private set; }
    public string Email { get; private set; } = "";

    /// <summary>The address upper-cased, as Identity normalises it, so "Ann@X.org" and "ann@x.org" are one person.</summary>
    public string NormalizedEmail { get; private set; } = "";

    public string Name { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public string InvitedByUserId { get; private set; } = "";
    public string InvitedByName { get; private set; } = "";
    public DateTimeOffset InvitedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public string? AcceptedUserId { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A new invitation and the token for its link: the token is not kept, so it must be emailed now or never.</summary>
    public static (SupplierUserInvitation Invitation, string Token) Issue(Guid supplierOrganisationId, string email, string name,
        string invitedByUserId, string invitedByName, DateTimeOffset now, TimeSpan validFor)
    {
        if (Problems(email, name) is [var first, ..]) throw new DomainRuleException(first);
        if (validFor <= TimeSpan.Zero) throw new DomainRuleException("An invitation must be valid for some time.");
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var invitation = new SupplierUserInvitation
        {
            Id = Guid.NewGuid(),
            SupplierOrganisationId = supplierOrganisationId,
            Email = email.Trim(),
            NormalizedEmail = Normalize(email),
            Name = name.Trim(),
            TokenHash = HashOf(token),
            InvitedByUserId = invitedByUserId,
            InvitedByName = invitedByName,
            InvitedAt = now,
            ExpiresAt = now + validFor,
        };
        return (invitation, token);
    }

    /// <summary>Every problem with what the inviter typed, each written for them.</summary>
    public static IReadOnlyList<string> Problems(string? email, string? name) =>
        new[] { EmailProblem(email), NameProblem(name) }.OfType<string>().ToList();

    public static string? EmailProblem(string? email) =>
        string.IsNullOrWhiteSpace(email) ? "Enter the email address of the person to invite."
        : !FrameworkRules.IsValidEmail(email) ? $"\"{email.Trim()}\" is not a valid email address."
        : null;

    public static string? NameProblem(string? name) => FrameworkRules.RequiredProblem(name, "name", MaxNameLength);

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    /// <summary>The stored form of a link's token: hex SHA-256 of its text.</summary>
    public static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public SupplierUserInvitationStatus StatusAt(DateTimeOffset now) =>
        AcceptedAt is not null ? SupplierUserInvitationStatus.Accepted
        : RevokedAt is not null ? SupplierUserInvitationStatus.Revoked
        : now >= ExpiresAt ? SupplierUserInvitationStatus.Expired
        : SupplierUserInvitationStatus.Pending;

    public void Accept(string userId, DateTimeOffset now)
    {
        if (StatusAt(now) != SupplierUserInvitationStatus.Pending) throw new DomainRuleException("This invitation can no longer be accepted.");
        AcceptedAt = now;
        AcceptedUserId = userId;
    }

    /// <summary>Withdrawn by hand, or replaced by a newer invitation to the same address: either way its link stops working.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (StatusAt(now) != SupplierUserInvitationStatus.Pending) throw new DomainRuleException("Only a pending invitation can be withdrawn.");
        RevokedAt = now;
    }
}

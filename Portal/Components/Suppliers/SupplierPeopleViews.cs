using Portal.Domain.Suppliers;

namespace Portal.Components.Suppliers;

public sealed record SupplierPersonView(string DisplayName, string Email);

public sealed record SupplierUserInvitationView(Guid Id, string Name, string Email, string InvitedBy, DateTimeOffset InvitedAt,
    DateTimeOffset ExpiresAt, SupplierUserInvitationStatus Status);

/// <summary>Who can sign in for a supplier organisation, and whom it has invited that has not joined yet.</summary>
public sealed record SupplierPeopleView(Guid OrganisationId, string OrganisationName, IReadOnlyList<SupplierPersonView> Users,
    IReadOnlyList<SupplierUserInvitationView> OpenInvitations);

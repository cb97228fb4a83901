using Microsoft.AspNetCore.Identity;
using Portal.Domain.Identity;

namespace Portal.Data;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>For approvers: which sign-off is theirs to give.</summary>
    public ApproverPosition? Position { get; set; }

    /// <summary>For supplier users: the one organisation whose data they may see.</summary>
    public Guid? SupplierOrganisationId { get; set; }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Infrastructure;

/// <summary>Adds the display name, approver position and supplier organisation to the sign-in cookie.</summary>
public sealed class PortalClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.Position is { } position) identity.AddClaim(new Claim(PortalClaims.Position, position.ToString()));
        if (user.SupplierOrganisationId is { } supplier) identity.AddClaim(new Claim(PortalClaims.SupplierOrganisation, supplier.ToString()));
        return identity;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Domain.Identity;

namespace Portal.Infrastructure;

/// <summary>The person a service acts for; services read it themselves rather than trusting a page.</summary>
public interface ICurrentActor
{
    Task<Actor> GetAsync();
}

public sealed class AuthenticationStateActor(AuthenticationStateProvider authenticationState) : ICurrentActor
{
    public async Task<Actor> GetAsync() => PortalClaims.ToActor((await authenticationState.GetAuthenticationStateAsync()).User);
}

public static class PortalClaims
{
    public const string DisplayName = "portal:display_name";
    public const string Position = "portal:position";
    public const string SupplierOrganisation = "portal:supplier";

    public static Actor Anonymous { get; } = new("", "Anonymous", new HashSet<string>());

    public static Actor ToActor(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Anonymous;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = user.FindFirstValue(DisplayName) ?? user.Identity.Name ?? id;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        ApproverPosition? position = Enum.TryParse<ApproverPosition>(user.FindFirstValue(Position), out var p) ? p : null;
        return new Actor(id, name, roles, position);
    }

    public static Guid? SupplierOrganisationId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SupplierOrganisation), out var id) ? id : null;
}

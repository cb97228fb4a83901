using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Data;

namespace Portal.Components.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<ApplicationUser> signIn, ILoggerFactory loggers, HttpContext context) =>
        {
            loggers.CreateLogger("Portal.Account").LogInformation("{User} signed out", context.User.Identity?.Name);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login?signedOut=true");
        }).RequireAuthorization();
    }
}

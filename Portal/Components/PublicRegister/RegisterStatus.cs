using Microsoft.AspNetCore.Diagnostics;

namespace Portal.Components.PublicRegister;

/// <summary>
/// Gives a statically rendered register page its own status code while keeping its own body. Blazor drops the body of a
/// page whose status changes during rendering when status-code pages are on, expecting the app-wide page to replace it;
/// here the page is the answer, so the status is set as the response starts, after rendering, and re-execution is off.
/// </summary>
public static class RegisterStatus
{
    public static void Set(HttpContext? context, int statusCode)
    {
        if (context is not { Response.HasStarted: false }) return;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
        context.Response.OnStarting(() =>
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        });
    }
}

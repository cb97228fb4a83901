using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Portal.Components.Commissions;
using Portal.Data;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Components;

/// <summary>
/// A bUnit context wired like the app: MudBlazor services, loose JS interop, the real commission service over
/// the class's SQLite file, and a signed-in user whose claims the app's own <see cref="AuthenticationStateActor"/> reads.
/// </summary>
public abstract class PortalComponentTest : BunitContext, IAsyncLifetime
{
    protected PortalComponentTest(ComponentDatabase database)
    {
        Database = database;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<IDbContextFactory<PortalDbContext>>(database);
        Services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Services.AddSingleton<CommissionNotifier>();
        Services.AddSingleton<CommissionWriter>();
        Services.AddSingleton<Portal.Components.Mobilisation.MobilisationWriter>();
        Services.AddSingleton<Portal.Components.Notifications.NotificationNotifier>();
        Services.AddSingleton<Portal.Components.Notifications.NotificationSender>();
        Services.AddSingleton<Portal.Components.Audit.RefusedAccessLog>();
        Services.AddSingleton<Portal.Components.Tendering.TenderWriter>();
        Services.AddSingleton<Portal.Components.Tendering.IttIssuer>();
        Services.AddScoped<ICurrentActor, AuthenticationStateActor>();
        Services.AddScoped<CommissionService>();
        Services.AddScoped<Portal.Components.Mobilisation.SupplierMobilisationService>();
        Services.AddScoped<Portal.Components.Performance.SupplierReturnsListService>();
        Services.AddScoped<Portal.Components.Tendering.SupplierTenderService>();
        Services.AddScoped<Portal.Components.Clarifications.ClarificationService>();
        Services.AddScoped<Portal.Components.EvaluationResults.PostTenderClarificationService>();
        Services.AddScoped<Portal.Components.Tendering.TenderService>();
    }

    protected ComponentDatabase Database { get; }

    /// <summary>The app's clock, at <see cref="ComponentDatabase.Now"/> until the test moves it (firing any timers due).</summary>
    protected FakeTimeProvider Clock { get; } = new(ComponentDatabase.Now);

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services dispose only asynchronously, so the container must be disposed that way.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>Signs the given person in, with the claims the app's sign-in cookie would carry.</summary>
    protected void SignInAs(Actor actor)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(actor.DisplayName);
        authorization.SetRoles(actor.Roles.ToArray());
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, actor.UserId), new(PortalClaims.DisplayName, actor.DisplayName) };
        if (actor.Position is { } position) claims.Add(new Claim(PortalClaims.Position, position.ToString()));
        authorization.SetClaims(claims.ToArray());
    }
}

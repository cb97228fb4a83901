using Portal.Components.Mobilisation;
using Portal.Components.Meetings;
using Portal.Components.BoardReports;
using Portal.Components.Tendering;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Portal.Components;
using Portal.Components.Account;
using Portal.Components.Audit;
using Portal.Components.Award;
using Portal.Components.Commissions;
using Portal.Components.Contracts;
using Portal.Components.Dashboard;
using Portal.Components.DecisionNotes;
using Portal.Components.Documents;
using Portal.Components.Equality;
using Portal.Components.Evaluation;
using Portal.Components.EvaluationResults;
using Portal.Components.Notifications;
using Portal.Components.OpenData;
using Portal.Components.Performance;
using Portal.Components.PublicRegister;
using Portal.Components.Responses;
using Portal.Components.SealedBox;
using Portal.Components.TenderBox;
using Portal.Components.Scheduling;
using Portal.Components.Suppliers;
using Portal.Components.Uploads;
using Portal.Data;
using Portal.Domain.Common;

namespace Portal.Infrastructure;

public static class PortalSetup
{
    public static void AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        UkTime.UseZone(builder.Configuration["Portal:TimeZone"] is { Length: > 0 } zone ? zone : UkTime.DefaultZoneId);
        var storage = new PortalStorage(builder.Configuration, builder.Environment);
        services.AddSingleton(storage);
        services.AddSingleton(OfficeIdentity.From(builder.Configuration));
        if (TestClock.IsEnabled(builder))
        {
            var shifted = new ShiftedClock();
            services.AddSingleton(shifted);
            services.AddSingleton<TimeProvider>(shifted);
        }
        else services.AddSingleton(TimeProvider.System);
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(storage.KeysFolder)).SetApplicationName("CommissioningPortal");
        services.AddDbContextFactory<PortalDbContext>(options => options.UseSqlite(storage.ConnectionString));

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "Portal.Auth";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorization();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services.AddScoped<ICurrentActor, AuthenticationStateActor>();
        services.AddSingleton<CommissionNotifier>();
        services.AddSingleton<CommissionWriter>();
        services.AddScoped<CommissionService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<AuditVerificationService>();
        services.AddSingleton<RefusedAccessLog>();
        services.AddScoped<SupplierHomeService>();
        services.AddScoped<SupplierUserInvitationService>();
        services.AddScoped<SupplierJoinService>();
        services.AddScoped<DecisionNoteService>();
        services.AddScoped<EqualityAssessmentService>();
        services.AddScoped<PublicRegisterService>();
        services.AddScoped<ContractRegisterService>();
        services.AddScoped<Portal.Components.Frameworks.FrameworkService>();
        builder.AddDocuments();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<TimedMoveService>();
        if (builder.Configuration.GetValue("Portal:Scheduler:Enabled", true))
            services.AddHostedService(sp => sp.GetRequiredService<TimedMoveService>());
        builder.AddNotifications();
        builder.AddTendering();
        builder.AddSealedBox();
        builder.AddVirusScanning();
        builder.AddResponses();
        builder.AddOpenData();
        builder.AddEvaluation();
        builder.AddEvaluationResults();
        builder.AddAward();
        builder.AddMobilisation();
        builder.AddPerformance();
        builder.AddContracts();
        builder.AddMeetings();
        builder.AddBoardReports();
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await DatabaseInitializer.MigrateAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        await DemoDataSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (app.Configuration.GetValue("Portal:SeedDemoData", false))
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    public static void UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        // Always the friendly error page, also in Development: no one is ever shown a stack trace.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapAccountEndpoints();
        app.MapDocumentEndpoints();
        app.MapIttEndpoints();
        app.MapResponseEndpoints();
        app.MapTenderBoxEndpoints();
        app.MapOpenDataEndpoints();
        app.MapEvaluationResultsEndpoints();
        app.MapMobilisationEndpoints();
        app.MapPerformanceEndpoints();
        app.MapContractEndpoints();
        app.MapMeetingEndpoints();
        app.MapBoardReportEndpoints();
        app.MapTestClock();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}

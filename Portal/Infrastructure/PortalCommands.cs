using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Identity;

namespace Portal.Infrastructure;

/// <summary>
/// Commands run from the shell instead of starting the web server:
///   create-admin --email ADDRESS --name "FULL NAME"   (password from PORTAL_ADMIN_PASSWORD, or typed at the prompt)
///   verify-audit                                      (exit code 0 when the chain is intact, 1 when broken)
/// </summary>
public static class PortalCommands
{
    private static readonly string[] Commands = ["create-admin", "verify-audit"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await DatabaseInitializer.MigrateAsync(app.Services);
        return args[0] switch
        {
            "create-admin" => await CreateAdministratorAsync(app, args),
            _ => await VerifyAuditAsync(app),
        };
    }

    private static async Task<int> VerifyAuditAsync(WebApplication app)
    {
        var result = await AuditVerificationService.VerifyChainAsync(app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>());
        Console.WriteLine(result.Message);
        return result.IsIntact ? 0 : 1;
    }

    private static async Task<int> CreateAdministratorAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name))
        {
            Console.Error.WriteLine("Usage: create-admin --email ADDRESS --name \"FULL NAME\" (password from PORTAL_ADMIN_PASSWORD or the prompt)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("PORTAL_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Password for the new administrator: ");
            password = Console.ReadLine();
        }
        await using var scope = app.Services.CreateAsyncScope();
        await DemoDataSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            Console.Error.WriteLine("The administrator was not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }
        await users.AddToRoleAsync(user, Roles.Administrator);
        var commandLine = new Actor("command-line", "Command line", new HashSet<string>());
        await AuditTrail.AppendAloneAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>(), null, commandLine,
            scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), "AdministratorCreated", $"Administrator {email} created from the command line");
        Console.WriteLine($"Administrator {email} created.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Domain.Identity;

namespace Portal.Benchmark.Generation;

/// <summary>The people who move generated commissions along: the demo office plus more commissioning officers to own them.</summary>
public sealed class Staff
{
    private static readonly string[] ExtraCommissioningOfficers =
    [
        "Aisha Khan", "Ben Carter", "Chloe Evans", "Daniel Murphy", "Eleanor Walsh", "Farid Rahman",
        "Georgia Hill", "Harry Nolan", "Imogen Reid", "Jacob Stone", "Kezia Brown",
    ];

    private readonly List<(Actor Officer, int Weight)> _owners = [];
    private readonly List<Actor> _procurement = [];
    private readonly List<Actor> _equalityLeads = [];
    private readonly Dictionary<ApproverPosition, Actor> _approvers = [];

    public Actor Commissioner => _approvers[ApproverPosition.Commissioner];
    public IEnumerable<Actor> Signers => [_approvers[ApproverPosition.MonitoringOfficer], _approvers[ApproverPosition.Section151Officer],
        _approvers[ApproverPosition.ChiefExecutive]];

    /// <summary>
    /// Creates the users through the app's own Identity stores, with the demo password, so anyone can sign in to a
    /// generated database and look around. Hashing a password is slow on purpose, so this is done once per user only.
    /// </summary>
    public static async Task<Staff> CreateAsync(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContextFactory<PortalDbContext>(options => options.UseSqlite(connectionString));
        services.AddIdentityCore<ApplicationUser>(options => options.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await DemoDataSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        var staff = new Staff();
        foreach (var demo in DemoUsers.Office)
        {
            var actor = await CreateUserAsync(users, demo);
            staff.Add(actor, demo == DemoUsers.CommissioningOfficer ? 4 : 1);
        }
        foreach (var (name, index) in ExtraCommissioningOfficers.Select((n, i) => (n, i)))
        {
            var email = name.ToLowerInvariant().Replace(' ', '.') + "@portal.test";
            staff.Add(await CreateUserAsync(users, new DemoUsers.DemoUser(email, name, Roles.CommissioningOfficer)), 1 + index % 3);
        }
        return staff;
    }

    public Actor PickOwner(Random random)
    {
        var pick = random.Next(_owners.Sum(o => o.Weight));
        foreach (var (officer, weight) in _owners)
        {
            if (pick < weight) return officer;
            pick -= weight;
        }
        throw new InvalidOperationException("No commissioning officers to own commissions.");
    }

    public Actor PickEqualityLead(Random random) => _equalityLeads[random.Next(_equalityLeads.Count)];

    /// <summary>Two different procurement officers: opening the tender box takes two people.</summary>
    public (Actor Lead, Actor Second) PickProcurementPair(Random random)
    {
        var lead = random.Next(_procurement.Count);
        return (_procurement[lead], _procurement[(lead + 1 + random.Next(_procurement.Count - 1)) % _procurement.Count]);
    }

    private void Add(Actor actor, int ownerWeight)
    {
        if (actor.IsInRole(Roles.CommissioningOfficer)) _owners.Add((actor, ownerWeight));
        if (actor.IsInRole(Roles.ProcurementOfficer)) _procurement.Add(actor);
        if (actor.IsInRole(Roles.EqualityLead)) _equalityLeads.Add(actor);
        if (actor.Position is { } position) _approvers[position] = actor;
    }

    private static async Task<Actor> CreateUserAsync(UserManager<ApplicationUser> users, DemoUsers.DemoUser demo)
    {
        var user = new ApplicationUser
        {
            UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName, Position = demo.Position,
        };
        var created = await users.CreateAsync(user, DemoUsers.Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, demo.Role);
        return new Actor(user.Id, demo.DisplayName, new HashSet<string> { demo.Role }, demo.Position);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;

namespace Portal.Benchmark.Responses;

/// <summary>
/// Bidders for the demo's open tender beyond its three: organisations made active on its lot, each with one supplier
/// user (created through Identity, as the app creates users) and invited to the ITT as issuing it would have invited
/// them had they been on the lot then. The benchmark acts as these users directly, so they have no password.
/// </summary>
public static class BenchmarkBidders
{
    public static async Task<IReadOnlyList<Actor>> AddAsync(IServiceProvider services, InvitationToTender itt, int count, DateTimeOffset at)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var lot = await db.Lots.SingleAsync(l => l.Id == itt.Content.LotId);
        var organisations = Enumerable.Range(1, count)
            .Select(i => new SupplierOrganisation($"Benchmark Bidder {i:00} Ltd", $"Bidder {i:00}", Email(i), "Birmingham"))
            .ToList();
        db.SupplierOrganisations.AddRange(organisations);
        foreach (var organisation in organisations)
        {
            lot.AddSupplier(organisation);
            db.Set<IttInvitation>().Add(new IttInvitation(itt.Id, itt.CommissionId, organisation.Id, organisation.Name, at));
        }
        await db.SaveChangesAsync();

        var actors = new List<Actor>();
        for (var i = 0; i < organisations.Count; i++)
        {
            var user = new ApplicationUser
            {
                UserName = Email(i + 1), Email = Email(i + 1), EmailConfirmed = true, DisplayName = organisations[i].ContactName,
                SupplierOrganisationId = organisations[i].Id,
            };
            Succeeded(await users.CreateAsync(user));
            Succeeded(await users.AddToRoleAsync(user, Roles.SupplierUser));
            actors.Add(new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.SupplierUser }));
        }
        return actors;
    }

    private static string Email(int number) => $"bids@bidder{number:00}.test";

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

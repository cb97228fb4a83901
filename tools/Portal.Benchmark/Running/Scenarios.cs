using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Components.Audit;
using Portal.Components.Commissions;
using Portal.Components.Dashboard;
using Portal.Components.Notifications;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Benchmark.Running;

/// <summary>One timed call, returning a short description of what came back so the table shows the query did real work.</summary>
public sealed record Scenario(string Name, Func<Task<string>> Run);

/// <summary>The dashboard for each kind of office user, and the commission list as people page, filter and search it.</summary>
public static class Scenarios
{
    private const string SearchText = "mentoring";
    private const int DeepPage = 200;

    public static async Task<IReadOnlyList<Scenario>> CreateAsync(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
    {
        // The busiest owner has the most waiting on them: the worst case for the commissioning officer's dashboard.
        var owner = await BusiestOwnerAsync(contexts);
        var officer = new Actor(owner.Id, owner.Name, new HashSet<string> { Roles.CommissioningOfficer });
        var procurement = new Actor("benchmark-procurement", "Benchmark procurement officer", new HashSet<string> { Roles.ProcurementOfficer });
        var commissioner = new Actor("benchmark-commissioner", "Benchmark Commissioner", new HashSet<string> { Roles.Approver }, ApproverPosition.Commissioner);
        var chiefExecutive = new Actor("benchmark-chief", "Benchmark Chief Executive", new HashSet<string> { Roles.Approver }, ApproverPosition.ChiefExecutive);
        var list = Commissions(contexts, clock, officer);
        return
        [
            Dashboard(contexts, clock, "Dashboard: commissioning officer", officer),
            Dashboard(contexts, clock, "Dashboard: procurement officer", procurement),
            Dashboard(contexts, clock, "Dashboard: Commissioner", commissioner),
            Dashboard(contexts, clock, "Dashboard: Chief Executive (sign-offs)", chiefExecutive),
            List(list, "List: first page, default sort", new CommissionQuery()),
            List(list, "List: stage Contract management", new CommissionQuery(State: CommissionState.ContractManagement)),
            List(list, $"List: owner {owner.Name}", new CommissionQuery(OwnerId: owner.Id)),
            List(list, $"List: text \"{SearchText}\"", new CommissionQuery(Text: SearchText)),
            List(list, $"List: page {DeepPage} by title", new CommissionQuery(Page: DeepPage, SortBy: CommissionSort.Title, Descending: false)),
            new("List: owner choices", async () => $"{(await list.OwnersAsync()).Count} owners"),
        ];
    }

    private static Scenario Dashboard(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, string name, Actor actor)
    {
        var service = new DashboardService(contexts, new FixedActor(actor), clock,
            Portal.Components.Contracts.ContractSettings.From(new ConfigurationBuilder().Build()), NullLogger<DashboardService>.Instance);
        return new Scenario(name, async () =>
        {
            var view = Succeeded(await service.GetAsync(), name);
            return $"{view.ByStage.Sum(s => s.Count):N0} counted, {view.Deadlines.Count} deadlines, {view.WaitingTotal:N0} waiting";
        });
    }

    private static Scenario List(CommissionService service, string name, CommissionQuery query) => new(name, async () =>
    {
        var page = Succeeded(await service.ListAsync(query), name);
        return $"{page.Items.Count} of {page.TotalCount:N0}";
    });

    private static CommissionService Commissions(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, Actor actor)
    {
        var configuration = new ConfigurationBuilder().Build();
        var notifier = new CommissionNotifier(NullLogger<CommissionNotifier>.Instance);
        var writer = new CommissionWriter(contexts, clock, notifier, configuration, NullLogger<CommissionWriter>.Instance);
        // The scenarios only read, so the issuer is never called; the service needs one all the same.
        var notifications = new NotificationSender(contexts, new NotificationNotifier(NullLogger<NotificationNotifier>.Instance), configuration, clock);
        var refusals = new RefusedAccessLog(contexts, clock, NullLogger<RefusedAccessLog>.Instance);
        var tenderWriter = new TenderWriter(contexts, clock, notifier, notifications, refusals, NullLogger<TenderWriter>.Instance);
        var issuer = new IttIssuer(tenderWriter, configuration, NullLogger<IttIssuer>.Instance);
        var mobilisation = new Portal.Components.Mobilisation.MobilisationWriter(contexts, clock, notifier,
            NullLogger<Portal.Components.Mobilisation.MobilisationWriter>.Instance);
        return new CommissionService(contexts, writer, issuer, mobilisation, new FixedActor(actor), clock, NullLogger<CommissionService>.Instance);
    }

    private static async Task<(string Id, string Name)> BusiestOwnerAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var owner = await db.Commissions.GroupBy(c => new { c.OwnerId, c.OwnerName }).OrderByDescending(g => g.Count())
            .Select(g => g.Key).FirstOrDefaultAsync()
            ?? throw new InvalidOperationException("The database holds no commissions: run the generate command first.");
        return (owner.OwnerId, owner.OwnerName);
    }

    private static T Succeeded<T>(OperationResult<T> result, string name) => result.Succeeded && result.Value is { } value
        ? value
        : throw new InvalidOperationException($"{name} was refused: {result.Message}");
}

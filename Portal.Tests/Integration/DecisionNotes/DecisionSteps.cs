using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Commissions;
using Portal.Components.DecisionNotes;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.DecisionNotes;

/// <summary>Brings fresh commissions to the Commissioner's decision through the services, as the people whose steps they are.</summary>
public sealed class DecisionSteps(PortalAppFactory app)
{
    public const string Rationale = "Meets a need in the police and crime plan and is affordable.";

    public static readonly Actor[] Signers = [TestActors.ChiefExecutive, TestActors.Section151Officer, TestActors.MonitoringOfficer];

    public CommissionSteps Commissions { get; } = new(app);

    public string Prefix => DecisionNumberAllocator.Prefix(app.Services.GetRequiredService<IConfiguration>());

    /// <summary>A commission awaiting decision with the three sign-offs recorded on its current version.</summary>
    public async Task<Guid> SignedOffAsync(string title)
    {
        var id = await Commissions.CreateAwaitingDecisionAsync(title);
        foreach (var signer in Signers)
            await Commissions.SucceedAsync(signer, id, (s, token) => s.RecordSignOffAsync(id, token, $"{signer.Position!.Value.Describe()} content to proceed."));
        return id;
    }

    /// <summary>Each commission's approval, as the Commissioner would send it from the page showing <paramref name="token"/>.</summary>
    public Task<OperationResult> ApproveAsync(Guid id, Guid token, Actor? actor = null) =>
        app.ServiceFor<CommissionService>(actor ?? TestActors.Commissioner).FireAsync(id, token, CommissionTrigger.Approve, Rationale);

    /// <summary>Approves every commission at the same moment, each from its own page and its own connection.</summary>
    public async Task<OperationResult[]> ApproveTogetherAsync(IReadOnlyList<Guid> ids)
    {
        var tokens = new List<Guid>();
        foreach (var id in ids) tokens.Add((await Commissions.ViewAsync(id)).ConcurrencyToken);
        using var start = new ManualResetEventSlim(false);
        var approvals = ids.Select((id, i) => Task.Run(async () =>
        {
            start.Wait();
            return await ApproveAsync(id, tokens[i]);
        })).ToList();
        start.Set();
        return await Task.WhenAll(approvals);
    }

    public async Task<Dictionary<Guid, string?>> DecisionNumbersAsync(IEnumerable<Guid> ids)
    {
        var wanted = ids.ToList();
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.AsNoTracking().Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DecisionNumber);
    }

    /// <summary>Every decision number stored for the financial year beginning in April of <paramref name="year"/>.</summary>
    public async Task<List<string>> NumbersInYearAsync(int year)
    {
        var stem = $"{Prefix}-{year}{(year + 1) % 100:00}-";
        await using var db = await app.OpenDbAsync();
        var numbers = await db.Commissions.AsNoTracking().Where(c => c.DecisionNumber != null).Select(c => c.DecisionNumber!).ToListAsync();
        return numbers.Where(n => n.StartsWith(stem, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    public async Task<int?> LastSequenceAsync(int year)
    {
        await using var db = await app.OpenDbAsync();
        return await db.DecisionNumberSequences.AsNoTracking().Where(s => s.FinancialYearStarting == year)
            .Select(s => (int?)s.LastSequence).SingleOrDefaultAsync();
    }
}

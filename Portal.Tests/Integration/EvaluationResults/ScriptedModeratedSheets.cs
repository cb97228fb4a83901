using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Evaluations;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.EvaluationResults;

/// <summary>
/// Moderation's output as the test sets it, in place of the panel's own: the results read whatever sheet the test has
/// put for a commission, built over that commission's real opened responses.
/// </summary>
public sealed class ScriptedModeratedSheets : IModeratedSheetSource
{
    private readonly ConcurrentDictionary<Guid, ModeratedSheet> _sheets = new();

    public void Put(ModeratedSheet sheet) => _sheets[sheet.CommissionId] = sheet;

    public Task<ModeratedSheet?> GetAsync(Guid commissionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_sheets.GetValueOrDefault(commissionId));

    /// <summary>An app whose moderated sheets are these.</summary>
    public static (PortalAppFactory App, ScriptedModeratedSheets Sheets) App()
    {
        var sheets = new ScriptedModeratedSheets();
        var app = PortalAppFactory.WithServices(services =>
        {
            services.RemoveAll<IModeratedSheetSource>();
            services.AddSingleton<IModeratedSheetSource>(sheets);
        });
        return (app, sheets);
    }
}

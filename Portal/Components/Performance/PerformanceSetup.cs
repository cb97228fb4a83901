using Portal.Components.Documents;
using Portal.Infrastructure;

namespace Portal.Components.Performance;

public static class PerformanceSetup
{
    public static void AddPerformance(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PerformanceAccess>();
        builder.Services.AddSingleton<PerformanceWriter>();
        builder.Services.AddScoped<PerformanceService>();
        builder.Services.AddScoped<SupplierReturnService>();
        builder.Services.AddScoped<SupplierReturnsListService>();
        builder.Services.AddSingleton<IContractPerformanceSource, ContractPerformanceSource>();
    }

    /// <summary>A return's evidence file; who may have it is decided by <see cref="SupplierReturnService"/>.</summary>
    public static void MapPerformanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/commissions/{id:guid}/performance/evidence/{evidenceId:guid}", DownloadAsync)
            .RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
    }

    private static async Task<IResult> DownloadAsync(Guid id, Guid evidenceId, SupplierReturnService returns, CancellationToken cancellationToken) =>
        DocumentEndpoints.Serve(await returns.OpenEvidenceAsync(id, evidenceId, cancellationToken));
}

using Portal.Components.Documents;

namespace Portal.Components.Mobilisation;

public static class MobilisationSetup
{
    public static void AddMobilisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MobilisationWriter>();
        builder.Services.AddScoped<MobilisationService>();
        builder.Services.AddScoped<MobilisationTemplateService>();
        builder.Services.AddScoped<SupplierMobilisationService>();
    }

    /// <summary>An evidence file's download; who may have it is decided by <see cref="MobilisationService"/>.</summary>
    public static void MapMobilisationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/commissions/{id:guid}/mobilisation/evidence/{evidenceId:guid}", DownloadAsync)
            .RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
    }

    private static async Task<IResult> DownloadAsync(Guid id, Guid evidenceId, MobilisationService mobilisation, CancellationToken cancellationToken) =>
        DocumentEndpoints.Serve(await mobilisation.OpenEvidenceAsync(id, evidenceId, cancellationToken));
}

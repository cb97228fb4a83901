using Portal.Components.Documents;

namespace Portal.Components.OpenData;

/// <summary>
/// The OCDS release package of a commission as JSON: on the public register for an awarded contract, and for the office
/// at any stage. <see cref="OpenDataService"/> decides who gets what; these only translate its answers into HTTP.
/// </summary>
public static class OpenDataEndpoints
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static void AddOpenData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(OpenDataSettings.From(builder.Configuration));
        builder.Services.AddScoped<OpenDataService>();
    }

    public static void MapOpenDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/register/contracts/{reference}/ocds.json", PublishedAsync).AllowAnonymous();
        endpoints.MapGet("/commissions/{id:guid}/ocds.json", OfficeAsync).RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
    }

    private static async Task<IResult> PublishedAsync(string reference, HttpContext context, OpenDataService openData, CancellationToken cancellationToken)
    {
        var package = await openData.PublishedPackageAsync(reference, BaseUrl(context.Request), cancellationToken);
        if (package is null) return TypedResults.NotFound();
        // Open data is for anyone to fetch and keep, from scripts as well as browsers on other sites.
        context.Response.Headers.AccessControlAllowOrigin = "*";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Text(package.ToJson(), JsonContentType);
    }

    private static async Task<IResult> OfficeAsync(Guid id, HttpContext context, OpenDataService openData, CancellationToken cancellationToken)
    {
        var result = await openData.OfficePackageAsync(id, BaseUrl(context.Request), cancellationToken);
        if (!result.Succeeded) return DocumentEndpoints.Refusal(result);
        var json = System.Text.Encoding.UTF8.GetBytes(result.Value!.ToJson());
        return new DocumentEndpoints.NoSniff(TypedResults.File(json, JsonContentType, $"{result.Value.Releases[0].Ocid}.json"));
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}

using Portal.Components.TenderBox;

namespace Portal.Components.Responses;

public static class ResponsesSetup
{
    /// <summary>Bidders' responses and the office's sealed tender box.</summary>
    public static void AddResponses(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ResponseVault>();
        services.AddSingleton<ResponseWriter>();
        services.AddSingleton<ResponseFileStore>();
        services.AddSingleton<TenderBoxOpener>();
        services.AddScoped<TenderResponseService>();
        services.AddScoped<TenderBoxService>();
    }
}

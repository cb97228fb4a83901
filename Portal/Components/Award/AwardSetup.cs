namespace Portal.Components.Award;

public static class AwardSetup
{
    public static void AddAward(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<AwardWriter>();
        services.AddScoped<AwardService>();
        services.AddScoped<BidderOutcomeService>();
    }
}

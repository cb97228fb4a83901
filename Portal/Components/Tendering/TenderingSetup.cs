using Portal.Components.Clarifications;

namespace Portal.Components.Tendering;

public static class TenderingSetup
{
    public static void AddTendering(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<IttService>();
        services.AddScoped<IttDocumentStore>();
        services.AddSingleton<TenderWriter>();
        services.AddSingleton<IttIssuer>();
        services.AddScoped<TenderService>();
        services.AddScoped<SupplierTenderService>();
        services.AddScoped<ClarificationService>();
        services.AddSingleton<DeadlineReminderService>();
        // Reminders follow the scheduler switch, so tests that move the clock by hand call SendDueAsync themselves.
        if (builder.Configuration.GetValue("Portal:Scheduler:Enabled", true))
            services.AddHostedService(sp => sp.GetRequiredService<DeadlineReminderService>());
    }
}

namespace Portal.Components.Notifications;

public static class NotificationSetup
{
    public static void AddNotifications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<NotificationNotifier>();
        services.AddSingleton<NotificationSender>();
        services.AddScoped<NotificationService>();
        services.AddSingleton<OutboxDispatcher>();
        // The dispatcher runs on its own timer unless turned off; it follows the scheduler switch by default,
        // so tests that move the clock by hand call DispatchDueAsync themselves.
        var configuration = builder.Configuration;
        if (configuration.GetValue("Portal:Mail:DispatcherEnabled", configuration.GetValue("Portal:Scheduler:Enabled", true)))
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
    }
}

using Portal.Data;

namespace Portal.Components.SealedBox;

public static class SealedBoxSetup
{
    /// <summary>Registers <see cref="SealedBoxKeys"/> over its own key ring folder; needs <see cref="PortalStorage"/> registered.</summary>
    public static void AddSealedBox(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var environment = builder.Environment;
        builder.Services.AddSingleton(services => SealedBoxKeys.From(configuration, environment, services.GetRequiredService<PortalStorage>()));
    }
}

namespace Portal.Infrastructure;

/// <summary>The commissioner's office the portal serves, as its printed forms name it (`Portal:OfficeName`).</summary>
public sealed record OfficeIdentity(string Name)
{
    public const string DefaultName = "Office of the Police and Crime Commissioner";

    public static OfficeIdentity From(IConfiguration configuration) =>
        new(configuration["Portal:OfficeName"] is { Length: > 0 } name ? name : DefaultName);
}

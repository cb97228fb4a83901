namespace Portal.Components.Responses;

/// <summary>How large a response's files may be: per file (Portal:Responses:MaxFileBytes) and in all (Portal:Responses:MaxResponseBytes).</summary>
public sealed record ResponseLimits(long MaxFileBytes, long MaxResponseBytes)
{
    public const long DefaultMaxFileBytes = 100L * 1024 * 1024;
    public const long DefaultMaxResponseBytes = 500L * 1024 * 1024;

    public static ResponseLimits From(IConfiguration configuration) => new(
        configuration.GetValue("Portal:Responses:MaxFileBytes", DefaultMaxFileBytes) is > 0 and var file ? file : DefaultMaxFileBytes,
        configuration.GetValue("Portal:Responses:MaxResponseBytes", DefaultMaxResponseBytes) is > 0 and var all ? all : DefaultMaxResponseBytes);
}

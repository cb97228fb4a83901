using System.Text.RegularExpressions;

namespace Portal.Components.OpenData;

/// <summary>
/// How the office publishes open data (`Portal:OpenData`): the ocid prefix the Open Contracting Partnership registered
/// for it (`ocds-` and six letters or digits; the default is a demo prefix, not a registered one) and the licence of the
/// data (the Open Government Licence by default; empty for none).
/// </summary>
public sealed partial record OpenDataSettings(string OcidPrefix, string? License)
{
    public const string DemoOcidPrefix = "ocds-demo01";
    public const string OpenGovernmentLicence = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    public static OpenDataSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Portal:OpenData");
        var prefix = section["OcidPrefix"] is { Length: > 0 } configured ? configured.Trim() : DemoOcidPrefix;
        if (!OcidPrefixPattern().IsMatch(prefix))
            throw new InvalidOperationException($"Portal:OpenData:OcidPrefix must be \"ocds-\" and six letters or digits, as registered; \"{prefix}\" is not.");
        return new OpenDataSettings(prefix, section["License"] is { } license ? NullIfEmpty(license) : OpenGovernmentLicence);
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^ocds-[a-z0-9]{6}$")]
    private static partial Regex OcidPrefixPattern();
}

using NJsonSchema;
using NJsonSchema.References;

namespace Portal.Tests.Integration.OpenData;

/// <summary>
/// The official OCDS 1.1.5 release package schema, read from the copies in Schema/ (see the README there). The package
/// schema refers to the release schema by its public address; that address is answered from the local copy, and any
/// other would fail the test rather than reach for the network.
/// </summary>
public static class OcdsSchema
{
    public const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static readonly Lazy<Task<JsonSchema>> Package = new(LoadAsync);

    /// <summary>Every error the schema finds in the JSON, as "path: kind" lines; none for a valid package.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string json)
    {
        var schema = await Package.Value;
        return schema.Validate(json).SelectMany(Flatten).ToList();
    }

    private static IEnumerable<string> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).Prepend($"{error.Path}: {error.Kind}")
            : [$"{error.Path}: {error.Kind}"];

    private static async Task<JsonSchema> LoadAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Integration", "OpenData", "Schema");
        var releasePath = Path.Combine(folder, "release-schema.json");
        var release = await JsonSchema.FromFileAsync(releasePath);
        var packagePath = Path.Combine(folder, "release-package-schema.json");
        return await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(packagePath), packagePath,
            root => new OfflineResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()), release));
    }

    private sealed class OfflineResolver(JsonSchemaAppender appender, JsonSchema release) : JsonReferenceResolver(appender)
    {
        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken) =>
            url == ReleaseSchemaUrl
                ? Task.FromResult<IJsonReference>(release)
                : throw new InvalidOperationException($"The schema refers to {url}, which has no local copy.");
    }
}

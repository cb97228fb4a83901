using System.Text.Json.Nodes;

namespace Portal.Tests.Integration.OpenData;

/// <summary>The schema check itself: it passes a minimal valid package and finds each kind of fault, so a pass means something.</summary>
public sealed class OcdsSchemaTests
{
    private const string Minimal = """
        {
          "uri": "https://portal.example/register/contracts/COM-0042/ocds.json",
          "version": "1.1",
          "publishedDate": "2024-05-01T09:00:00Z",
          "publisher": { "name": "Office of the Police and Crime Commissioner" },
          "releases": [
            { "ocid": "ocds-demo01-COM-0042", "id": "ocds-demo01-COM-0042-planning", "date": "2024-05-01T09:00:00Z",
              "tag": ["planning"], "initiationType": "tender" }
          ]
        }
        """;

    [Fact]
    public async Task A_minimal_valid_package_passes()
    {
        Assert.Empty(await OcdsSchema.ErrorsAsync(Minimal));
    }

    [Theory]
    [InlineData("version", null)]
    [InlineData("publisher", null)]
    [InlineData("uri", "not an address")]
    [InlineData("version", "one point one")]
    [InlineData("releases/0/ocid", null)]
    [InlineData("releases/0/date", "1 May 2024")]
    [InlineData("releases/0/initiationType", "auction")]
    [InlineData("releases/0/tag", "planning")]
    [InlineData("releases/0/awards", "[{\"title\":\"An award with no id\"}]")]
    [InlineData("releases/0/tender", "{\"id\":\"COM-0042\",\"status\":\"open for business\"}")]
    [InlineData("releases/0/contracts", "[{\"id\":\"c1\",\"awardID\":\"a1\",\"value\":{\"amount\":\"lots\",\"currency\":\"GBP\"}}]")]
    public async Task A_package_with_a_fault_is_rejected(string path, string? value)
    {
        var package = JsonNode.Parse(Minimal)!.AsObject();
        var segments = path.Split('/');
        JsonNode parent = package;
        foreach (var segment in segments[..^1]) parent = int.TryParse(segment, out var index) ? parent[index]! : parent[segment]!;
        var target = parent.AsObject();
        if (value is null) target.Remove(segments[^1]);
        else target[segments[^1]] = value.StartsWith('[') || value.StartsWith('{') ? JsonNode.Parse(value) : JsonValue.Create(value);

        Assert.NotEmpty(await OcdsSchema.ErrorsAsync(package.ToJsonString()));
    }
}

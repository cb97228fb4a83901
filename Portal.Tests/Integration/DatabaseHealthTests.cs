using System.Net;
using Portal.Data;

namespace Portal.Tests.Integration;

/// <summary>The database runs in write-ahead-log mode, and the health endpoint says so.</summary>
public sealed class DatabaseHealthTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Database_is_in_write_ahead_log_mode()
    {
        await using var db = await app.OpenDbAsync();

        Assert.Equal("wal", await DatabaseInitializer.JournalModeAsync(db));
    }

    [Fact]
    public async Task Health_endpoint_answers_healthy_without_signing_in()
    {
        var response = await app.AnonymousClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

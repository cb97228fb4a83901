using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Portal.Components.Documents;
using Portal.Data;

namespace Portal.Tests.Components.DecisionNotes;

/// <summary>What the decision note page's attachments panel needs in a component test: a data folder and an antiforgery token.</summary>
internal static class AttachmentPanelServices
{
    public static void AddAttachmentPanel(this IServiceCollection services, string dataFolder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:DataFolder"] = dataFolder }).Build();
        services.AddSingleton(new PortalStorage(configuration, new TestHostEnvironment(dataFolder)));
        services.AddSingleton<AntiforgeryStateProvider>(new TestAntiforgery());
        services.AddScoped<AttachmentStore>();
    }

    private sealed class TestAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }

    private sealed class TestHostEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "Portal";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

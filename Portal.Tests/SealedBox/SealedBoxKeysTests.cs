using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.SealedBox;
using Portal.Data;

namespace Portal.Tests.SealedBox;

/// <summary>The per-ITT keys: guarded by a key ring of their own, in a folder apart from the sign-in keys.</summary>
public sealed class SealedBoxKeysTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-sealed-box-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_key_protected_by_one_key_ring_cannot_be_opened_by_another()
    {
        var protectedKey = new SealedBoxKeys(Path.Combine(_root, "ring-a")).NewProtectedKey();

        var exception = Assert.Throws<SealedDataCorruptException>(() => new SealedBoxKeys(Path.Combine(_root, "ring-b")).CipherFor(protectedKey));

        Assert.Contains("ring-b", exception.Message);
    }

    [Fact]
    public void A_key_opens_again_with_the_same_key_ring_folder_after_a_restart()
    {
        var folder = Path.Combine(_root, "ring");
        var protectedKey = new SealedBoxKeys(folder).NewProtectedKey();
        var sealedValue = new SealedBoxKeys(folder).CipherFor(protectedKey).Seal("before the restart", "response-1");

        using var afterRestart = new SealedBoxKeys(folder).CipherFor(protectedKey);

        Assert.Equal("before the restart", afterRestart.UnsealString(sealedValue, "response-1"));
        Assert.NotEmpty(Directory.GetFiles(folder, "*.xml"));
    }

    [Fact]
    public void Each_itt_gets_a_different_key()
    {
        var keys = new SealedBoxKeys(Path.Combine(_root, "ring"));
        using var first = keys.CipherFor(keys.NewProtectedKey());
        using var second = keys.CipherFor(keys.NewProtectedKey());

        Assert.Throws<SealedDataCorruptException>(() => second.Unseal(first.Seal("first ITT", "response-1"), "response-1"));
    }

    [Fact]
    public void By_default_the_key_ring_is_created_in_the_data_folder_apart_from_the_sign_in_keys()
    {
        using var app = Build();

        var keys = app.Services.GetRequiredService<SealedBoxKeys>();

        var storage = app.Services.GetRequiredService<PortalStorage>();
        Assert.Equal(Path.Combine(_root, "data", SealedBoxKeys.DefaultFolderName), keys.KeyRingFolder);
        Assert.True(Directory.Exists(keys.KeyRingFolder));
        Assert.NotEqual(storage.KeysFolder, keys.KeyRingFolder);
        Assert.Same(keys, app.Services.GetRequiredService<SealedBoxKeys>());
    }

    [Fact]
    public void A_configured_key_ring_folder_is_resolved_against_the_content_root()
    {
        using var app = Build(("Portal:SealedBox:KeyRingFolder", "elsewhere/sealed"));

        Assert.Equal(Path.Combine(_root, "elsewhere", "sealed"), app.Services.GetRequiredService<SealedBoxKeys>().KeyRingFolder);
    }

    [Fact]
    public void The_sign_in_key_ring_folder_is_refused_for_the_sealed_box()
    {
        using var app = Build(("Portal:KeysFolder", "shared-keys"), ("Portal:SealedBox:KeyRingFolder", "shared-keys"));

        var exception = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<SealedBoxKeys>());

        Assert.Contains("sign-in key ring", exception.Message);
    }

    private WebApplication Build(params (string Key, string Value)[] settings)
    {
        Directory.CreateDirectory(_root);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _root, EnvironmentName = "Testing" });
        builder.Configuration["Portal:DataFolder"] = "data";
        foreach (var (key, value) in settings) builder.Configuration[key] = value;
        builder.Services.AddSingleton(new PortalStorage(builder.Configuration, builder.Environment));
        builder.AddSealedBox();
        return builder.Build();
    }
}

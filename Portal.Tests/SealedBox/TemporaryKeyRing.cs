using Portal.Components.SealedBox;

namespace Portal.Tests.SealedBox;

/// <summary>A sealed-box key ring in a temporary folder of its own, removed afterwards.</summary>
public sealed class TemporaryKeyRing : IDisposable
{
    public TemporaryKeyRing()
    {
        Folder = Path.Combine(Path.GetTempPath(), "portal-sealed-box-tests", Guid.NewGuid().ToString("N"));
        Keys = new SealedBoxKeys(Folder);
    }

    public string Folder { get; }
    public SealedBoxKeys Keys { get; }

    /// <summary>A cipher over a fresh key, as for a newly published ITT.</summary>
    public SealedBoxCipher NewCipher() => Keys.CipherFor(Keys.NewProtectedKey());

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

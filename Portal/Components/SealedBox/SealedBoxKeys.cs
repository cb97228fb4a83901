using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Portal.Data;

namespace Portal.Components.SealedBox;

/// <summary>
/// Makes and opens the per-ITT keys that seal tender responses until the deadline. Each ITT gets its own random AES-256
/// key, which the database stores only protected: protected by a Data Protection key ring in a folder of its own, apart
/// from the sign-in key ring, the uploaded files and the database, so a copy of the files or the database alone opens
/// nothing. The key ring's files are not themselves encrypted, so the folder's permissions guard them; and losing the
/// folder loses every sealed response, so it is backed up on its own, never alongside the database.
/// </summary>
public sealed class SealedBoxKeys
{
    public const string DefaultFolderName = "sealed-box-keys";
    private const string ApplicationName = "CommissioningPortal.SealedBox";
    private const string Purpose = "Portal.SealedBox.IttKey.v1";
    private readonly IDataProtector _protector;

    public SealedBoxKeys(string keyRingFolder)
    {
        KeyRingFolder = Path.GetFullPath(keyRingFolder);
        Directory.CreateDirectory(KeyRingFolder);
        _protector = DataProtectionProvider.Create(new DirectoryInfo(KeyRingFolder), data => data.SetApplicationName(ApplicationName))
            .CreateProtector(Purpose);
    }

    /// <summary>The folder that holds the key ring: everything needed, with the database, to open a sealed response.</summary>
    public string KeyRingFolder { get; }

    /// <summary>
    /// The key ring in Portal:SealedBox:KeyRingFolder (relative to the content root), or in sealed-box-keys in the data
    /// folder. It may not be the sign-in key ring's folder, whose keys the running site uses for every request.
    /// </summary>
    public static SealedBoxKeys From(IConfiguration configuration, IHostEnvironment environment, PortalStorage storage)
    {
        var configured = configuration["Portal:SealedBox:KeyRingFolder"];
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(storage.DataFolder, DefaultFolderName) : configured,
            environment.ContentRootPath);
        if (SameFolder(folder, storage.KeysFolder))
            throw new InvalidOperationException($"Portal:SealedBox:KeyRingFolder ({folder}) must not be the sign-in key ring's folder: give the sealed box a folder of its own.");
        return new SealedBoxKeys(folder);
    }

    /// <summary>A fresh random key for a new ITT, protected, for the caller to store with the ITT.</summary>
    public byte[] NewProtectedKey()
    {
        var key = RandomNumberGenerator.GetBytes(SealedBoxCipher.KeySize);
        try
        {
            return _protector.Protect(key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The cipher for the ITT whose stored key this is; throws <see cref="SealedDataCorruptException"/> when this key ring cannot open it.</summary>
    public SealedBoxCipher CipherFor(byte[] protectedKey)
    {
        byte[] key;
        try
        {
            key = _protector.Unprotect(protectedKey);
        }
        catch (CryptographicException ex)
        {
            throw new SealedDataCorruptException(
                $"The ITT's sealed-box key could not be opened with the key ring in {KeyRingFolder}: the key ring is not the one that protected it, or the stored key was altered.", ex);
        }
        return new SealedBoxCipher(key);
    }

    private static bool SameFolder(string first, string second) =>
        string.Equals(Path.TrimEndingDirectorySeparator(first), Path.TrimEndingDirectorySeparator(Path.GetFullPath(second)), StringComparison.Ordinal);
}

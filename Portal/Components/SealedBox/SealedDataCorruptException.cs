using System.Security.Cryptography;

namespace Portal.Components.SealedBox;

/// <summary>
/// Sealed data that cannot be opened: altered, cut short, extended, moved, or sealed under another key. Thrown instead
/// of returning bytes that cannot be vouched for.
/// </summary>
public sealed class SealedDataCorruptException(string message, Exception? innerException = null)
    : CryptographicException(message, innerException);

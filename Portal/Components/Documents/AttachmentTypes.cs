using System.IO.Compression;

namespace Portal.Components.Documents;

/// <summary>What a file's first bytes say it is.</summary>
internal enum FileSignature { Unknown, Pdf, Zip, Ole, Png, Jpeg }

internal sealed record AllowedType(string Extension, string ContentType, FileSignature Signature, string? ZipMarker = null);

/// <summary>
/// The kinds of file a decision note may carry: an allow-list by extension, each checked against the file's own bytes,
/// so a renamed executable (or any other file) is refused whatever name or content type the browser sent. The content
/// type served on download is the server's, from this list, never the uploader's.
/// </summary>
internal static class AttachmentTypes
{
    public const int SignatureLength = 8;
    private const string OpenDocumentMimeType = "application/vnd.oasis.opendocument.";

    public static readonly IReadOnlyList<AllowedType> Allowed =
    [
        new(".pdf", "application/pdf", FileSignature.Pdf),
        new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileSignature.Zip, "word/"),
        new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileSignature.Zip, "xl/"),
        new(".odt", "application/vnd.oasis.opendocument.text", FileSignature.Zip, OpenDocumentMimeType + "text"),
        new(".ods", "application/vnd.oasis.opendocument.spreadsheet", FileSignature.Zip, OpenDocumentMimeType + "spreadsheet"),
        new(".doc", "application/msword", FileSignature.Ole),
        new(".xls", "application/vnd.ms-excel", FileSignature.Ole),
        new(".png", "image/png", FileSignature.Png),
        new(".jpg", "image/jpeg", FileSignature.Jpeg),
        new(".jpeg", "image/jpeg", FileSignature.Jpeg),
    ];

    public static string AllowedList => string.Join(", ", Allowed.Select(a => a.Extension.TrimStart('.').ToUpperInvariant()).Distinct());

    public static AllowedType? ForName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return Allowed.FirstOrDefault(a => string.Equals(a.Extension, extension, StringComparison.OrdinalIgnoreCase));
    }

    public static FileSignature Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return FileSignature.Pdf;
        if (head.StartsWith("PK\x03\x04"u8)) return FileSignature.Zip;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return FileSignature.Ole;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileSignature.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileSignature.Jpeg;
        return FileSignature.Unknown;
    }

    /// <summary>
    /// For the zip-based formats, whether the archive (read from a seekable stream) is really that kind of document: a Word or Excel file has
    /// its content-types part and its main folder, an OpenDocument file its mimetype entry. Reads only the archive's
    /// directory and one tiny entry, never the whole file into memory.
    /// </summary>
    public static bool ZipHolds(Stream content, AllowedType type)
    {
        try
        {
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (type.ZipMarker!.StartsWith(OpenDocumentMimeType, StringComparison.Ordinal))
            {
                var mimetype = archive.GetEntry("mimetype");
                if (mimetype is null || mimetype.Length > 200) return false;
                using var reader = new StreamReader(mimetype.Open());
                return reader.ReadToEnd().Trim() == type.ZipMarker;
            }
            return archive.GetEntry("[Content_Types].xml") is not null
                && archive.Entries.Any(e => e.FullName.StartsWith(type.ZipMarker!, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}

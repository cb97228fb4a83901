using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Portal.Components.Documents;

/// <summary>
/// Resolves every font the documents ask for to Liberation Sans (metrically compatible with Arial, the font of the
/// office's forms), read from the TTF files embedded in this assembly. PDFsharp has no access to system fonts on Linux,
/// and the portal must not depend on which fonts a server or CI machine happens to have installed.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Liberation Sans";

    private const string Regular = "LiberationSans-Regular";
    private const string Bold = "LiberationSans-Bold";
    private const string Italic = "LiberationSans-Italic";

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new();

    /// <summary>Installs the resolver once per process; PDFsharp's font settings are global.</summary>
    public static void EnsureInstalled()
    {
        if (GlobalFontSettings.FontResolver is PdfFonts) return;
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is PdfFonts) return;
            GlobalFontSettings.FontResolver = new PdfFonts();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => (isBold, isItalic) switch
    {
        (true, true) => new FontResolverInfo(Bold, mustSimulateBold: false, mustSimulateItalic: true),
        (true, false) => new FontResolverInfo(Bold),
        (false, true) => new FontResolverInfo(Italic),
        _ => new FontResolverInfo(Regular),
    };

    public byte[] GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var resource = $"Portal.Fonts.{faceName}.ttf";
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font {resource} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

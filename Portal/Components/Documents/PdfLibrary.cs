using PdfSharp;

namespace Portal.Components.Documents;

/// <summary>
/// PDFsharp's process-wide set-up, done once before the first document: its licence and the portal's fonts.
/// PDFsharp 6.5 is published under AGPL-3.0-only and refuses to draw until a licence is chosen in code. With a
/// commercial key in <c>Portal:Pdf:LicenseKey</c> the portal loads that; without one it uses PDFsharp under the AGPL
/// (see docs/dependencies.md for what that obliges).
/// </summary>
public static class PdfLibrary
{
    private static readonly Lock Gate = new();
    private static volatile bool _licensed;

    public static void UseLicenseFrom(IConfiguration configuration)
    {
        if (configuration["Portal:Pdf:LicenseKey"] is not { Length: > 0 } key) return;
        lock (Gate)
        {
            PdfSharpLicense.LoadLicense(key);
            _licensed = true;
        }
    }

    public static void EnsureReady()
    {
        if (!_licensed)
        {
            lock (Gate)
            {
                if (!_licensed) PdfSharpLicense.SetAgplLicense();
                _licensed = true;
            }
        }
        PdfFonts.EnsureInstalled();
    }
}

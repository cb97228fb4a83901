using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Commissions;
using Portal.Domain.Commissions;
using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Integration.Documents;

/// <summary>What the document tests share: finding commissions, moving a note to a decision, and uploading as a page does.</summary>
public static partial class DocumentClients
{
    public const string Supplier = "bids@pathwaystowork.test";

    public static async Task<Guid> CommissionIdAsync(this PortalAppFactory app, int number)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.Where(c => c.Number == number).Select(c => c.Id).SingleAsync();
    }

    /// <summary>Creates a note with the given content and takes it through the sign-offs to the Commissioner's approval.</summary>
    public static async Task<Guid> ApprovedNoteAsync(this PortalAppFactory app, DecisionNoteContent note, Func<Guid, Task>? beforeDecision = null)
    {
        var steps = new CommissionSteps(app);
        var created = await steps.As(TestActors.CommissioningOfficer).CreateAsync(note);
        Assert.True(created.Succeeded, created.Message);
        var id = created.Value;
        await steps.SucceedAsync(TestActors.CommissioningOfficer, id, (s, token) => s.FireAsync(id, token, CommissionTrigger.SubmitForDecision));
        if (beforeDecision is not null) await beforeDecision(id);
        await steps.SucceedAsync(TestActors.MonitoringOfficer, id, (s, token) => s.RecordSignOffAsync(id, token, "Monitoring officer: lawful and within policy."));
        await steps.SucceedAsync(TestActors.Section151Officer, id, (s, token) => s.RecordSignOffAsync(id, token, "Section 151: affordable within budget."));
        await steps.SucceedAsync(TestActors.ChiefExecutive, id, (s, token) => s.RecordSignOffAsync(id, token, "I recommend approval."));
        await steps.SucceedAsync(TestActors.Commissioner, id, (s, token) => s.FireAsync(id, token, CommissionTrigger.Approve, "Approved as a sound use of the budget."));
        return id;
    }

    /// <summary>A signed-in client and the antiforgery token its pages carry, as the attachments panel sends it.</summary>
    public static async Task<(HttpClient Client, string Token)> UploaderAsync(this HttpClient signedIn)
    {
        var home = await signedIn.GetStringAsync("/");
        var input = Regex.Match(home, "<input[^>]*name=\"__RequestVerificationToken\"[^>]*>");
        Assert.True(input.Success, "The signed-in page carries no antiforgery token.");
        var token = WebUtility.HtmlDecode(Regex.Match(input.Value, "value=\"([^\"]*)\"").Groups[1].Value);
        return (signedIn, token);
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string? token, Guid commissionId, string fileName, byte[] content,
        string kind = "ServiceSpecification", bool isAppendix = false, string contentType = "application/octet-stream")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(kind), "kind");
        form.Add(new StringContent(isAppendix ? "true" : "false"), "isAppendix");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/commissions/{commissionId}/attachments") { Content = form };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    /// <summary>A small but real PDF, drawn by PdfPig, for upload tests.</summary>
    public static byte[] SamplePdf(string text)
    {
        using var document = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = document.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = document.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(72, page.PageSize.Height - 72), font);
        return document.Build();
    }

    /// <summary>Keeps a rendered PDF in the folder named by PORTAL_PDF_OUT, when set, so a person can look at its pages.</summary>
    public static async Task KeepAsync(string name, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("PORTAL_PDF_OUT") is { Length: > 0 } folder)
            await File.WriteAllBytesAsync(Path.Combine(folder, name), pdf);
    }

    public static void AssertRefused(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.StatusCode == HttpStatusCode.Redirect
                && response.LocationPath().StartsWith("/account/", StringComparison.Ordinal),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }
}

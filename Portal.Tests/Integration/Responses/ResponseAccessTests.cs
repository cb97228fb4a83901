using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Responses;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Responses;

/// <summary>
/// A bidder reaches only its own organisation's response: another's receipt, receipt PDF or file, asked for by its id,
/// is not found, the attempt is audited, and the other response is left as it was. The answers and files are sealed at rest.
/// </summary>
public sealed class ResponseAccessTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static readonly string[] Bidders = [ResponseSteps.Pathways, ResponseSteps.SecondChance, ResponseSteps.Midlands];

    private readonly ResponseSteps _steps = new(app);

    [Fact]
    public async Task No_bidder_reaches_another_bidders_receipt_receipt_pdf_or_file_and_every_attempt_is_audited()
    {
        var (_, ittId) = await _steps.IssuedTenderAsync("Bidders kept apart");
        var own = new Dictionary<string, (Guid ReceiptId, Guid FileId, HttpClient Client)>();
        foreach (var bidder in Bidders)
        {
            var (client, token) = await _steps.UploaderAsync(bidder, ittId);
            var file = await ResponseSteps.UploadedAsync(client, token, ittId, "evidence.pdf", Pdf($"Evidence of {bidder}"));
            var actor = await _steps.SupplierAsync(bidder);
            var receiptId = await _steps.SubmitCompleteAsync(ittId, actor, $"The answer of {bidder}.");
            // Withdrawn, so the response could be changed: a refusal of another's file is then down to whose it is.
            Assert.True((await _steps.Responses(actor).WithdrawAsync(ittId)).Succeeded);
            own[bidder] = (receiptId, file.Id, client);
        }
        var before = await SnapshotAsync(ittId);

        foreach (var attacker in Bidders)
        {
            var actor = await _steps.SupplierAsync(attacker);
            var client = own[attacker].Client;
            foreach (var victim in Bidders.Where(b => b != attacker))
            {
                var (receiptId, fileId, _) = own[victim];
                var refusedBefore = await _steps.AuditCountAsync(RefusedAccessLog.Action, actor.UserId);

                var receipt = await _steps.Responses(actor).GetReceiptAsync(ittId, receiptId);
                var pdf = await client.GetAsync(ResponseEndpoints.ReceiptPdfUrl(ittId, receiptId));
                var download = await client.GetAsync(ResponseEndpoints.FileUrl(ittId, fileId));
                var removed = await _steps.Responses(actor).RemoveFileAsync(ittId, fileId);

                Assert.Equal(OperationOutcome.NotFound, receipt.Outcome);
                Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
                Assert.Equal(OperationOutcome.NotFound, removed.Outcome);
                Assert.DoesNotContain(victim, await pdf.Content.ReadAsStringAsync() + await download.Content.ReadAsStringAsync());
                Assert.Equal(refusedBefore + 4, await _steps.AuditCountAsync(RefusedAccessLog.Action, actor.UserId));
            }
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ResponseEndpoints.FileUrl(ittId, own[attacker].FileId))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ResponseEndpoints.ReceiptPdfUrl(ittId, own[attacker].ReceiptId))).StatusCode);
        }

        Assert.Equal(before, await SnapshotAsync(ittId));
    }

    [Fact]
    public async Task A_response_file_on_disk_does_not_hold_its_plaintext()
    {
        var (_, ittId) = await _steps.IssuedTenderAsync("Files sealed at rest");
        const string marker = "DISTINCTIVE-PLAINTEXT-MARKER-7731";
        var content = Pdf(marker);
        var (client, token) = await _steps.UploaderAsync(ResponseSteps.Pathways, ittId);

        var file = await ResponseSteps.UploadedAsync(client, token, ittId, "marked.pdf", content);

        var stored = Assert.Single(_steps.FilesOnDisk(ittId));
        Assert.Equal(ResponseVault.StoredNameFor(file.Id), stored);
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(app.DataFolder, "files", "responses", ittId.ToString("N"), stored));
        Assert.True(Contains(content, marker));
        Assert.False(Contains(onDisk, marker), "The sealed file holds the marker in plaintext.");
        Assert.False(Contains(onDisk, "%PDF-"), "The sealed file holds the PDF's header in plaintext.");
        Assert.Equal(content, await (await client.GetAsync(ResponseEndpoints.FileUrl(ittId, file.Id))).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_responses_answers_are_not_in_the_database_in_plaintext()
    {
        var (_, ittId) = await _steps.IssuedTenderAsync("Answers sealed at rest");
        const string answer = "Our distinctive answer about the Tamworth placement hub 5521.";
        var pathways = await _steps.SupplierAsync(ResponseSteps.Pathways);

        await _steps.SubmitCompleteAsync(ittId, pathways, answer);

        var response = await _steps.ResponseOfAsync(ittId, ResponseSteps.Pathways);
        Assert.NotEmpty(response.SealedContent);
        Assert.False(Contains(response.SealedContent, answer), "The sealed answers hold the answer in plaintext.");
        Assert.False(Contains(response.SealedContent, "Tamworth"));
        Assert.Equal(answer, (await _steps.ViewAsync(ittId, pathways)).Content.Quality[0]);
        foreach (var databaseFile in Directory.GetFiles(app.DataFolder, "portal.db*"))
        {
            await using var stream = new FileStream(databaseFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.False(Contains(copy.ToArray(), "Tamworth placement hub"), $"{Path.GetFileName(databaseFile)} holds the answer in plaintext.");
        }
    }

    private async Task<string> SnapshotAsync(Guid ittId)
    {
        await using var db = await app.OpenDbAsync();
        var responses = await db.Set<TenderResponse>().AsNoTracking().Where(r => r.InvitationToTenderId == ittId).OrderBy(r => r.SupplierName).ToListAsync();
        return string.Join("\n", responses.Select(r =>
            $"{r.SupplierName} {r.Status} {r.ConcurrencyToken} {Convert.ToHexString(r.SealedContent)} " +
            string.Join(",", r.Files.Select(f => $"{f.Id}:{f.RemovedAt}")) + " " + string.Join(",", r.Submissions.Select(s => $"{s.Id}:{s.WithdrawnAt}:{s.ResponseSha256}"))));
    }

    /// <summary>A small PDF the type check accepts, carrying the given text as it is.</summary>
    private static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Responses;
using Portal.Domain.Tendering.Responses;

namespace Portal.Tests.Integration.Responses;

/// <summary>The app with limits small enough for a test to go over them: 64 KB a file, 150 KB a response.</summary>
public sealed class SmallLimitsPortal : IAsyncLifetime
{
    public const long MaxFileBytes = 64 * 1024;
    public const long MaxResponseBytes = 150 * 1024;

    public PortalAppFactory App { get; } = PortalAppFactory.WithSettings(new Dictionary<string, string?>
    {
        ["Portal:Responses:MaxFileBytes"] = MaxFileBytes.ToString(),
        ["Portal:Responses:MaxResponseBytes"] = MaxResponseBytes.ToString(),
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Bad uploads to a response, over HTTP as the page's script sends them: each refused with a reason the bidder can act
/// on, nothing of it kept on disk or in the record, and a response already in the box left exactly as its receipt says.
/// </summary>
public sealed class ResponseUploadTests(SmallLimitsPortal portal) : IClassFixture<SmallLimitsPortal>
{
    private readonly PortalAppFactory _app = portal.App;
    private readonly ResponseSteps _steps = new(portal.App);

    public static TheoryData<string, byte[], string> NotWhatTheyClaim => new()
    {
        { "setup.pdf", Encoding.Latin1.GetBytes("MZ\u0090\0 This program cannot be run in DOS mode"), "\"setup.pdf\" is not really a PDF file" },
        { "archive.pdf", Encoding.Latin1.GetBytes("PK\u0003\u0004\u0014\0\0\0 a zip archive"), "\"archive.pdf\" is not really a PDF file" },
        { "empty.pdf", [], "\"empty.pdf\" is empty" },
        { "setup.exe", Encoding.Latin1.GetBytes("MZ\u0090\0 This program cannot be run in DOS mode"), "is not a kind of file the portal accepts" },
    };

    [Theory]
    [MemberData(nameof(NotWhatTheyClaim))]
    public async Task A_file_that_is_not_what_its_name_claims_or_is_empty_is_refused_and_nothing_is_kept(string name, byte[] content, string message)
    {
        var (ittId, client, token) = await TenderAsync("Refused type " + name);

        var response = await ResponseSteps.UploadAsync(client, token, ittId, name, content);

        Assert.Contains(message, await ResponseSteps.RefusalAsync(response));
        await AssertNothingKeptAsync(ittId);
    }

    [Fact]
    public async Task A_file_over_the_per_file_limit_is_refused()
    {
        var (ittId, client, token) = await TenderAsync("File over the limit");

        var response = await ResponseSteps.UploadAsync(client, token, ittId, "large.pdf", Pdf(100 * 1024));

        Assert.Contains("larger than the 64 KB limit", await ResponseSteps.RefusalAsync(response));
        await AssertNothingKeptAsync(ittId);
    }

    [Fact]
    public async Task A_file_that_would_take_the_response_over_its_total_is_refused_and_the_files_before_it_stay()
    {
        var (ittId, client, token) = await TenderAsync("Response over its total");
        var first = await ResponseSteps.UploadedAsync(client, token, ittId, "first.pdf", Pdf(60 * 1024, "first"));
        var second = await ResponseSteps.UploadedAsync(client, token, ittId, "second.pdf", Pdf(60 * 1024, "second"));

        var third = await ResponseSteps.UploadAsync(client, token, ittId, "third.pdf", Pdf(60 * 1024, "third"));

        Assert.Contains("The files of a response may come to 150 KB at most", await ResponseSteps.RefusalAsync(third));
        var files = (await _steps.ViewAsync(ittId, await _steps.SupplierAsync(ResponseSteps.Pathways))).Files;
        // Both uploads carry the same time on the test's fixed clock, so their order is not asserted.
        Assert.Equal(new[] { first.Id, second.Id }.Order(), files.Select(f => f.Id).Order());
        Assert.Equal(new[] { ResponseVault.StoredNameFor(first.Id), ResponseVault.StoredNameFor(second.Id) }.Order(), _steps.FilesOnDisk(ittId));
    }

    [Fact]
    public async Task A_name_with_folders_in_it_is_stored_under_a_server_name_and_kept_as_its_last_part()
    {
        var (ittId, client, token) = await TenderAsync("Name with folders");

        var response = await RawUploadAsync(client, token, ittId, "filename=\"../../x.pdf\"", Pdf(1024));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var file = Assert.Single((await _steps.ViewAsync(ittId, await _steps.SupplierAsync(ResponseSteps.Pathways))).Files);
        Assert.Equal("x.pdf", file.Name);
        Assert.Equal([ResponseVault.StoredNameFor(file.Id)], _steps.FilesOnDisk(ittId));
        Assert.Empty(Directory.GetFiles(_app.DataFolder, "x.pdf", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "x.pdf"));
    }

    [Fact]
    public async Task A_name_with_control_characters_is_cleaned()
    {
        var (ittId, client, token) = await TenderAsync("Name with control characters");

        var response = await RawUploadAsync(client, token, ittId, "filename*=UTF-8''re%07port%0D%0A%01.pdf", Pdf(1024));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var file = Assert.Single((await _steps.ViewAsync(ittId, await _steps.SupplierAsync(ResponseSteps.Pathways))).Files);
        Assert.Equal("report.pdf", file.Name);
    }

    [Fact]
    public async Task An_upload_cut_off_half_way_records_nothing_and_leaves_only_the_committed_files()
    {
        var (ittId, client, token) = await TenderAsync("Upload cut off");
        var kept = await ResponseSteps.UploadedAsync(client, token, ittId, "kept.pdf", Pdf(2048, "kept"));

        // The test server drops the aborted request without an answer, so the client gives up after a few seconds;
        // what matters is what the server kept, so what the client saw is not asserted.
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Record.ExceptionAsync(() => ResponseSteps.UploadAsync(client, token, ittId, "cut.pdf",
            new StreamContent(new CutOffStream(Pdf(50 * 1024), 20 * 1024)), cancellationToken: giveUp.Token));

        for (var wait = 0; wait < 50 && _steps.FilesOnDisk(ittId).Length > 1; wait++) await Task.Delay(100);
        Assert.Equal([ResponseVault.StoredNameFor(kept.Id)], _steps.FilesOnDisk(ittId));
        await using var db = await _app.OpenDbAsync();
        Assert.Equal([kept.Id], await (from f in db.Set<ResponseFile>()
                                       join r in db.Set<TenderResponse>() on f.ResponseId equals r.Id
                                       where r.InvitationToTenderId == ittId
                                       select f.Id).ToListAsync());
    }

    [Fact]
    public async Task The_same_file_twice_is_refused_naming_the_first()
    {
        var (ittId, client, token) = await TenderAsync("Same file twice");
        var content = Pdf(4096, "method statement");
        var first = await ResponseSteps.UploadedAsync(client, token, ittId, "method.pdf", content);

        var again = await ResponseSteps.UploadAsync(client, token, ittId, "method-copy.pdf", content);

        Assert.Equal("You have already attached this file, as \"method.pdf\".", await ResponseSteps.RefusalAsync(again));
        Assert.Equal([ResponseVault.StoredNameFor(first.Id)], _steps.FilesOnDisk(ittId));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_header_is_refused()
    {
        var (ittId, client, _) = await TenderAsync("Upload without a token");

        var response = await ResponseSteps.UploadAsync(client, null, ittId, "method.pdf", Pdf(1024));

        Assert.Contains("security token", await ResponseSteps.RefusalAsync(response));
        await AssertNothingKeptAsync(ittId);
    }

    [Fact]
    public async Task Two_submissions_at_once_put_exactly_one_in_the_box_and_refuse_the_other()
    {
        var (ittId, _, _) = await TenderAsync("Double submit");
        var pathways = await _steps.SupplierAsync(ResponseSteps.Pathways);
        await _steps.SaveCompleteAsync(ittId, pathways);

        var results = await Task.WhenAll(_steps.Responses(pathways).SubmitAsync(ittId), _steps.Responses(pathways).SubmitAsync(ittId));

        Assert.Single(results, r => r.Succeeded);
        Assert.Contains("already in the tender box", Assert.Single(results, r => !r.Succeeded).Message);
        Assert.Single((await _steps.ResponseOfAsync(ittId, ResponseSteps.Pathways)).Submissions);
    }

    [Fact]
    public async Task Once_the_response_is_in_the_box_uploads_and_removals_are_refused_and_its_receipt_still_matches()
    {
        var (ittId, client, token) = await TenderAsync("Submitted response left alone");
        var file = await ResponseSteps.UploadedAsync(client, token, ittId, "method.pdf", Pdf(2048, "method"));
        var pathways = await _steps.SupplierAsync(ResponseSteps.Pathways);
        await _steps.SubmitCompleteAsync(ittId, pathways);
        var before = (await _steps.ResponseOfAsync(ittId, ResponseSteps.Pathways)).InTheBox!;

        var added = await ResponseSteps.UploadAsync(client, token, ittId, "late-addition.pdf", Pdf(2048, "addition"));
        var tooLarge = await ResponseSteps.UploadAsync(client, token, ittId, "large.pdf", Pdf(100 * 1024));
        var removed = await _steps.Responses(pathways).RemoveFileAsync(ittId, file.Id);

        Assert.Contains("Your response is in the tender box. Withdraw it first", await ResponseSteps.RefusalAsync(added));
        Assert.Contains("Your response is in the tender box", await ResponseSteps.RefusalAsync(tooLarge));
        Assert.False(removed.Succeeded);
        Assert.Contains("Your response is in the tender box", removed.Message);
        var after = await _steps.ResponseOfAsync(ittId, ResponseSteps.Pathways);
        Assert.Equal((before.Id, before.ResponseSha256), (after.InTheBox!.Id, after.InTheBox.ResponseSha256));
        Assert.Equal([file.Id], after.CurrentFiles.Select(f => f.Id));
        Assert.Equal([ResponseVault.StoredNameFor(file.Id)], _steps.FilesOnDisk(ittId));
    }

    private async Task<(Guid IttId, HttpClient Client, string Token)> TenderAsync(string title)
    {
        var (_, ittId) = await _steps.IssuedTenderAsync(title);
        var (client, token) = await _steps.UploaderAsync(ResponseSteps.Pathways, ittId);
        return (ittId, client, token);
    }

    private async Task AssertNothingKeptAsync(Guid ittId)
    {
        Assert.Empty(_steps.FilesOnDisk(ittId));
        await using var db = await _app.OpenDbAsync();
        Assert.False(await (from f in db.Set<ResponseFile>()
                            join r in db.Set<TenderResponse>() on f.ResponseId equals r.Id
                            where r.InvitationToTenderId == ittId
                            select f).AnyAsync());
    }

    /// <summary>A PDF header and then filler to the given size, different for each label so two are never the same file.</summary>
    private static byte[] Pdf(int size, string label = "filler")
    {
        var content = new byte[size];
        Array.Fill(content, (byte)' ');
        var head = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {label}\n");
        head.CopyTo(content, 0);
        return content;
    }

    /// <summary>The upload as a browser might send it, the Content-Disposition's file name written by hand.</summary>
    private static async Task<HttpResponseMessage> RawUploadAsync(HttpClient client, string token, Guid ittId, string fileNameParameter, byte[] content)
    {
        const string boundary = "portal-test-boundary";
        using var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; {fileNameParameter}\r\nContent-Type: application/pdf\r\n\r\n"));
        body.Write(content);
        body.Write(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n"));
        var form = new ByteArrayContent(body.ToArray());
        form.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        using var request = new HttpRequestMessage(HttpMethod.Post, ResponseEndpoints.UploadUrl(ittId, ResponseFileSlot.Supporting, null)) { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    /// <summary>A body whose connection drops part way: it gives the first bytes, then fails as a broken network read does.</summary>
    private sealed class CutOffStream(byte[] content, int cutAt) : Stream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= cutAt) throw new IOException("The connection was reset.");
            var read = Math.Min(count, cutAt - _position);
            Array.Copy(content, _position, buffer, offset, read);
            _position += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

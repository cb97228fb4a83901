using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmark.Running;
using Portal.Components.Responses;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Benchmark.Responses;

/// <summary>
/// Brings one bidder's response to the point of submitting, through the app's own services: its completed pricing
/// schedule uploaded through the response file store, then a draft with every question answered within its word
/// limit, a price for each year, a social value commitment and every declaration.
/// </summary>
public static class CompleteResponse
{
    private const string Boundary = "benchmark-boundary";

    public static async Task PrepareAsync(IServiceProvider services, Guid ittId, Actor bidder)
    {
        await using var scope = services.CreateAsyncScope();
        var responses = ActivatorUtilities.CreateInstance<TenderResponseService>(scope.ServiceProvider, new FixedActor(bidder));
        var store = scope.ServiceProvider.GetRequiredService<ResponseFileStore>();

        var upload = await store.UploadAsync(ittId, ResponseFileSlot.PricingSchedule, null, bidder, PricingScheduleRequest(bidder), CancellationToken.None);
        if (upload.Outcome != OperationOutcome.Succeeded) throw new InvalidOperationException($"{bidder.DisplayName}'s pricing schedule was refused: {upload.Message}");

        var view = Value(await responses.GetAsync(ittId), bidder, "open");
        var content = view.Content with
        {
            Compliance = view.Content.Compliance.Select(_ => new ComplianceAnswer(true, "We meet this requirement in full.")).ToList(),
            Quality = view.QualityQuestions.Select(q => Words(q.WordLimit > 0 ? Math.Min(q.WordLimit, 300) : 300)).ToList(),
            YearlyPrices = view.Content.YearlyPrices.Select(_ => (Money?)Money.FromPounds(74_500m)).ToList(),
            SocialValue = Words(120),
            Declarations = TenderDeclarations.All.Select(d => d.Key).ToList(),
        };
        Value(await responses.SaveDraftAsync(ittId, content, view.ConcurrencyToken), bidder, "save");
        var saved = Value(await responses.GetAsync(ittId), bidder, "reopen");
        if (saved.ProblemsBeforeSubmit.Count > 0)
            throw new InvalidOperationException($"{bidder.DisplayName}'s draft is not complete: {string.Join(" ", saved.ProblemsBeforeSubmit)}");
    }

    /// <summary>A form upload of a small PDF, as the browser's upload script sends it.</summary>
    private static HttpRequest PricingScheduleRequest(Actor bidder)
    {
        var pdf = $"%PDF-1.4\n% Pricing schedule completed by {bidder.DisplayName}\n%%EOF\n";
        var body = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pricing-schedule.pdf\"\r\n" +
            $"Content-Type: application/pdf\r\n\r\n{pdf}\r\n--{Boundary}--\r\n";
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = $"multipart/form-data; boundary={Boundary}";
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        return context.Request;
    }

    private static string Words(int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => i % 12 == 11 ? "outcomes." : "women"));

    private static T Value<T>(OperationResult<T> result, Actor bidder, string doing) => result.Succeeded && result.Value is { } value
        ? value
        : throw new InvalidOperationException($"{bidder.DisplayName} could not {doing} the response: {result.Message}");
}

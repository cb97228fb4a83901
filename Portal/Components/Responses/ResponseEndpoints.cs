using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Portal.Components.Documents;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.Responses;

/// <summary>
/// A bidder's uploads, its own files and its receipts. Uploads come by script (XMLHttpRequest, for its progress events)
/// rather than through the page's circuit, so a 100 MB file streams straight to disk; the antiforgery token is taken
/// from the RequestVerificationToken header before a byte of the body is read.
/// </summary>
public static class ResponseEndpoints
{
    public static void MapResponseEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var supplier = endpoints.MapGroup("/tenders/{ittId:guid}").RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
        supplier.MapPost("/response/files", UploadAsync).DisableAntiforgery();
        supplier.MapGet("/response/files/{fileId:guid}", DownloadOwnFileAsync);
        supplier.MapGet("/receipts/{receiptId:guid}/pdf", ReceiptPdfAsync);
    }

    public static string UploadUrl(Guid ittId, ResponseFileSlot slot, int? questionIndex) =>
        $"/tenders/{ittId}/response/files?slot={slot}" + (questionIndex is { } index ? $"&question={index}" : "");

    public static string FileUrl(Guid ittId, Guid fileId) => $"/tenders/{ittId}/response/files/{fileId}";

    public static string ReceiptPdfUrl(Guid ittId, Guid receiptId) => $"/tenders/{ittId}/receipts/{receiptId}/pdf";

    private static async Task<IResult> UploadAsync(Guid ittId, string? slot, int? question, HttpContext context, IAntiforgery antiforgery,
        IOptions<AntiforgeryOptions> antiforgeryOptions, ResponseFileStore store, CancellationToken cancellationToken)
    {
        var actor = PortalClaims.ToActor(context.User);
        if (!actor.IsSupplier) return TypedResults.Json(new UploadProblem("Only a bidder's own users can add files to its response."), statusCode: StatusCodes.Status403Forbidden);
        if (antiforgeryOptions.Value.HeaderName is not { } header || !context.Request.Headers.ContainsKey(header)
            || !await antiforgery.IsRequestValidAsync(context))
            return TypedResults.BadRequest(new UploadProblem("The page's security token was missing or out of date. Reload the page and try again."));
        if (!Enum.TryParse<ResponseFileSlot>(slot, ignoreCase: true, out var fileSlot) || !Enum.IsDefined(fileSlot))
            return TypedResults.BadRequest(new UploadProblem("Say where the file belongs in the response."));
        var result = await store.UploadAsync(ittId, fileSlot, question, actor, context.Request, cancellationToken);
        return result.Outcome switch
        {
            OperationOutcome.Succeeded => TypedResults.Created(FileUrl(ittId, result.File!.Id), result.File),
            OperationOutcome.NotFound => TypedResults.NotFound(new UploadProblem(result.Message!)),
            OperationOutcome.Forbidden => TypedResults.Json(new UploadProblem(result.Message!), statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.BadRequest(new UploadProblem(result.Message!)),
        };
    }

    private static async Task<IResult> DownloadOwnFileAsync(Guid ittId, Guid fileId, HttpContext context, ResponseFileStore store,
        CancellationToken cancellationToken)
    {
        if (await store.OpenOwnAsync(ittId, fileId, PortalClaims.ToActor(context.User), cancellationToken) is not { } opened) return TypedResults.NotFound();
        return new DocumentEndpoints.NoSniff(TypedResults.Stream(opened.Content, opened.File.ContentType, opened.File.OriginalName, enableRangeProcessing: true));
    }

    private static async Task<IResult> ReceiptPdfAsync(Guid ittId, Guid receiptId, TenderResponseService responses, CancellationToken cancellationToken)
    {
        var result = await responses.GetReceiptAsync(ittId, receiptId, cancellationToken);
        if (!result.Succeeded) return DocumentEndpoints.Refusal(result);
        return new DocumentEndpoints.NoSniff(TypedResults.File(ReceiptPdf.Render(result.Value!), "application/pdf", ReceiptPdf.FileName(result.Value!)));
    }
}

using Portal.Components.Documents;

namespace Portal.Components.TenderBox;

/// <summary>A file of an opened response, for an office reader; <see cref="TenderBoxService"/> decides and audits every read.</summary>
public static class TenderBoxEndpoints
{
    public static void MapTenderBoxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/commissions/{id:guid}/responses").RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
        office.MapGet("/{responseId:guid}/files/{fileId:guid}", DownloadAsync);
    }

    public static string FileUrl(Guid commissionId, Guid responseId, Guid fileId) => $"/commissions/{commissionId}/responses/{responseId}/files/{fileId}";

    private static async Task<IResult> DownloadAsync(Guid id, Guid responseId, Guid fileId, TenderBoxService box, CancellationToken cancellationToken)
    {
        if (await box.OpenFileAsync(id, responseId, fileId, cancellationToken) is not { } opened) return TypedResults.NotFound();
        return new DocumentEndpoints.NoSniff(TypedResults.Stream(opened.Content, opened.File.ContentType, opened.File.OriginalName, enableRangeProcessing: true));
    }
}

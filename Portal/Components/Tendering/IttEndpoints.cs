using Portal.Components.Documents;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

/// <summary>
/// The office's ITT downloads: a document version's file, and the timetable as an iCalendar file. Who may have them is
/// decided by <see cref="IttService"/>, which refuses anyone without an office role.
/// </summary>
public static class IttEndpoints
{
    public static void MapIttEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/commissions/{id:guid}/itt").RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
        office.MapGet("/files/{fileId:guid}", DownloadFileAsync);
        office.MapGet("/timetable.ics", TimetableAsync);
    }

    private static async Task<IResult> DownloadFileAsync(Guid id, Guid fileId, IttService itt, IttDocumentStore store, CancellationToken cancellationToken)
    {
        var view = await itt.GetAsync(id, cancellationToken);
        if (!view.Succeeded) return DocumentEndpoints.Refusal(view);
        if (await store.OpenAsync(id, fileId, cancellationToken) is not { } file) return TypedResults.NotFound();
        return new DocumentEndpoints.NoSniff(TypedResults.Stream(file.Content, file.ContentType, file.FileName, enableRangeProcessing: true));
    }

    private static async Task<IResult> TimetableAsync(Guid id, IttService itt, CancellationToken cancellationToken)
    {
        var result = await itt.GetAsync(id, cancellationToken);
        if (!result.Succeeded) return DocumentEndpoints.Refusal(result);
        var view = result.Value!;
        if (!view.Exists) return TypedResults.NotFound();
        var calendar = TimetableCalendar.Build(view.CommissionId, view.Reference, view.CommissionTitle, view.Content.BuildTimetable(),
            view.LastChangedAt ?? DateTimeOffset.UnixEpoch);
        return new DocumentEndpoints.NoSniff(TypedResults.File(System.Text.Encoding.UTF8.GetBytes(calendar),
            TimetableCalendar.ContentType + "; charset=utf-8", TimetableCalendar.FileName(view.Reference)));
    }
}

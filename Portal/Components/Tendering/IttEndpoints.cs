using Portal.Components.Documents;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

/// <summary>
/// The ITT's downloads: a document version's file, and the timetable as an iCalendar file. For the office, who may have
/// them is decided by <see cref="IttService"/>; for suppliers, by <see cref="SupplierTenderService"/>, which knows only invited ones.
/// </summary>
public static class IttEndpoints
{
    public static void MapIttEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/commissions/{id:guid}/itt").RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
        office.MapGet("/files/{fileId:guid}", DownloadFileAsync);
        office.MapGet("/timetable.ics", TimetableAsync);

        var supplier = endpoints.MapGroup("/tenders/{ittId:guid}").RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
        supplier.MapGet("/documents/{fileId:guid}", SupplierDownloadAsync);
        supplier.MapGet("/timetable.ics", SupplierTimetableAsync);
    }

    /// <summary>A document version's file for an invited supplier: only a file of that ITT, only to a supplier invited to it.</summary>
    private static async Task<IResult> SupplierDownloadAsync(Guid ittId, Guid fileId, SupplierTenderService tenders, IttDocumentStore store,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var result = await tenders.GetAsync(ittId, cancellationToken);
        if (!result.Succeeded) return DocumentEndpoints.Refusal(result);
        var view = result.Value!;
        if (!view.Documents.SelectMany(d => d.Versions).Any(v => v.AttachmentId == fileId)
            || await store.OpenAsync(view.CommissionId, fileId, cancellationToken) is not { } file)
        {
            loggers.CreateLogger(typeof(IttEndpoints)).LogWarning("Refused file {FileId}, which is not a document of ITT {IttId}, to a supplier", fileId, ittId);
            return TypedResults.NotFound();
        }
        return new DocumentEndpoints.NoSniff(TypedResults.Stream(file.Content, file.ContentType, file.FileName, enableRangeProcessing: true));
    }

    private static async Task<IResult> SupplierTimetableAsync(Guid ittId, SupplierTenderService tenders, CancellationToken cancellationToken)
    {
        var result = await tenders.GetAsync(ittId, cancellationToken);
        if (!result.Succeeded) return DocumentEndpoints.Refusal(result);
        var view = result.Value!;
        return Calendar(view.CommissionId, view.Reference, view.Title, view.Content.BuildTimetable(), view.LastChangedAt);
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
        return Calendar(view.CommissionId, view.Reference, view.CommissionTitle, view.Content.BuildTimetable(), view.LastChangedAt ?? DateTimeOffset.UnixEpoch);
    }

    private static IResult Calendar(Guid commissionId, string reference, string title, Domain.Calendar.Timetable timetable, DateTimeOffset lastChanged) =>
        new DocumentEndpoints.NoSniff(TypedResults.File(System.Text.Encoding.UTF8.GetBytes(TimetableCalendar.Build(commissionId, reference, title, timetable, lastChanged)),
            TimetableCalendar.ContentType + "; charset=utf-8", TimetableCalendar.FileName(reference)));
}

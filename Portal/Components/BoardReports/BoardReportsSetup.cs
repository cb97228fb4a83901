using Portal.Components.Documents;
using Portal.Infrastructure;

namespace Portal.Components.BoardReports;

public static class BoardReportsSetup
{
    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddBoardReports(this WebApplicationBuilder builder) => builder.Services.AddScoped<BoardReportService>();

    /// <summary>The report's downloads: <c>?half=2023-H1</c> and optionally <c>&amp;contract={commission id}</c>, as on the page.</summary>
    public static void MapBoardReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/board-reports").RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
        reports.MapGet("/report.pdf", PdfAsync);
        reports.MapGet("/report.xlsx", WorkbookAsync);
    }

    private static async Task<IResult> PdfAsync(string? half, Guid? contract, BoardReportService reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var view = await GetAsync(half, contract, reports, cancellationToken);
        if (!view.Succeeded) return DocumentEndpoints.Refusal(view);
        return new DocumentEndpoints.NoSniff(TypedResults.File(BoardReportPdf.Render(view.Value!, clock.GetUtcNow()), "application/pdf", FileName(view.Value!, "pdf")));
    }

    private static async Task<IResult> WorkbookAsync(string? half, Guid? contract, BoardReportService reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var view = await GetAsync(half, contract, reports, cancellationToken);
        if (!view.Succeeded) return DocumentEndpoints.Refusal(view);
        return new DocumentEndpoints.NoSniff(TypedResults.File(BoardReportWorkbook.Render(view.Value!, clock.GetUtcNow()), WorkbookType, FileName(view.Value!, "xlsx")));
    }

    private static async Task<OperationResult<BoardReportView>> GetAsync(string? half, Guid? contract, BoardReportService reports, CancellationToken cancellationToken)
    {
        var parsed = HalfYearCode.Parse(half);
        if (half is not null && parsed is null)
            return OperationResult<BoardReportView>.From(OperationResult.Refused("Name the half-year as 2023-H1 (April to September) or 2023-H2 (October to March)."));
        return await reports.GetAsync(parsed, contract, cancellationToken);
    }

    public static string FileName(BoardReportView view, string extension) =>
        $"board-report-{HalfYearCode.Of(view.Report.Half)}{(view.CommissionId is null ? "" : "-" + view.Contracts.Single(c => c.CommissionId == view.CommissionId).Reference)}.{extension}";
}

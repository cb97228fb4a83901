using Portal.Components.Documents;
using Portal.Infrastructure;

namespace Portal.Components.EvaluationResults;

/// <summary>Registers the evaluation results, the award recommendation and post-tender clarifications, and maps the report downloads.</summary>
public static class EvaluationResultsSetup
{
    public static void AddEvaluationResults(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ResultsCalculator>();
        services.AddScoped<EvaluationResultsService>();
        services.AddScoped<AwardRecommendationService>();
        services.AddScoped<PostTenderClarificationService>();
        services.AddScoped<IEvaluationOutcomeSource, EvaluationOutcomeSource>();
    }

    public static void MapEvaluationResultsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/commissions/{id:guid}/evaluation").RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
        office.MapGet("/report.pdf", PdfAsync);
        office.MapGet("/report.xlsx", WorkbookAsync);
    }

    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<IResult> PdfAsync(Guid id, EvaluationResultsService results, TimeProvider clock, CancellationToken cancellationToken)
    {
        var view = await results.GetAsync(id, cancellationToken);
        if (!view.Succeeded) return DocumentEndpoints.Refusal(view);
        return new DocumentEndpoints.NoSniff(TypedResults.File(EvaluationReportPdf.Render(view.Value!, clock.GetUtcNow()), "application/pdf",
            $"{view.Value!.Reference}-evaluation-report.pdf"));
    }

    private static async Task<IResult> WorkbookAsync(Guid id, EvaluationResultsService results, TimeProvider clock, CancellationToken cancellationToken)
    {
        var view = await results.GetAsync(id, cancellationToken);
        if (!view.Succeeded) return DocumentEndpoints.Refusal(view);
        return new DocumentEndpoints.NoSniff(TypedResults.File(EvaluationReportWorkbook.Render(view.Value!, clock.GetUtcNow()), WorkbookType,
            $"{view.Value!.Reference}-evaluation-report.xlsx"));
    }
}

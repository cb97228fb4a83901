using Portal.Infrastructure;

namespace Portal.Components.Evaluation;

public static class EvaluationSetup
{
    /// <summary>The panel, declarations, compliance, scoring and moderation, and the moderated sheet the results read.</summary>
    public static void AddEvaluation(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EvaluationService>();
        builder.Services.AddSingleton<IModeratedSheetSource, ModeratedSheetSource>();
    }
}

using Portal.Components.Documents;

namespace Portal.Components.Meetings;

public static class MeetingsSetup
{
    public static void AddMeetings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MeetingWriter>();
        builder.Services.AddScoped<MeetingService>();
    }

    /// <summary>A meeting's data pack as a PDF; who may have it is decided by <see cref="MeetingService"/>.</summary>
    public static void MapMeetingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/commissions/{id:guid}/meetings/{meetingId:guid}/data-pack.pdf", DataPackAsync)
            .RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
    }

    private static async Task<IResult> DataPackAsync(Guid id, Guid meetingId, MeetingService meetings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var pack = await meetings.GetDataPackAsync(id, meetingId, cancellationToken);
        if (!pack.Succeeded) return DocumentEndpoints.Refusal(pack);
        return new DocumentEndpoints.NoSniff(TypedResults.File(DataPackPdf.Render(pack.Value!, clock.GetUtcNow()), "application/pdf",
            $"{pack.Value!.Reference}-data-pack-{UkDate(pack.Value.MeetingStartsAt)}.pdf"));
    }

    private static string UkDate(DateTimeOffset instant) => Portal.Domain.Common.UkTime.ToUk(instant).ToString("yyyy-MM-dd");
}

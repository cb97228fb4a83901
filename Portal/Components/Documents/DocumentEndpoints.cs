using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Components.DecisionNotes;
using Portal.Components.Equality;
using Portal.Components.PublicRegister;
using Portal.Data;
using Portal.Domain.DecisionNotes;
using Portal.Infrastructure;

namespace Portal.Components.Documents;

/// <summary>
/// The portal's file endpoints: decision-note and EIA PDFs for the office and for the public register, and the upload
/// and download of the papers attached to a decision note. Who may have what is decided by the feature services, which
/// already refuse non-office users; the endpoints only translate their answers into HTTP.
/// </summary>
public static class DocumentEndpoints
{
    public static void AddDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AttachmentStore>();
        builder.Services.AddSingleton<ScannedFileStore>();
    }

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/commissions/{id:guid}").RequireAuthorization().AddEndpointFilter(UseRequestUser);
        office.MapGet("/decision-note.pdf", DecisionNotePdfAsync);
        office.MapGet("/equality-assessment.pdf", EqualityAssessmentPdfAsync);
        office.MapGet("/attachments/{attachmentId:guid}", DownloadAttachmentAsync);
        // Antiforgery: the upload is sent by script (fetch) from the decision-note page, so the framework's form-field
        // check does not apply (and reading the form to find the field would buffer the upload). UploadAttachmentAsync
        // validates the antiforgery token itself, from the RequestVerificationToken header the page sends, before it
        // reads a byte of the body. The sign-in cookie is also SameSite=Strict; the token is kept as well so that a
        // request from a sibling subdomain or an old browser cannot ride on the cookie.
        office.MapPost("/attachments", UploadAttachmentAsync).DisableAntiforgery();

        var register = endpoints.MapGroup("/register").AllowAnonymous();
        register.MapGet("/decisions/{id:guid}.pdf", PublishedDecisionPdfAsync);
        register.MapGet("/equality/{id:guid}.pdf", PublishedEqualityAssessmentPdfAsync);
        register.MapGet("/decisions/{id:guid}/appendices/{attachmentId:guid}", DownloadAppendixAsync);
    }

    /// <summary>
    /// The feature services read the user from the Blazor authentication state; outside a Blazor render it has to be
    /// given the request's user first.
    /// </summary>
    internal static ValueTask<object?> UseRequestUser(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
        return next(context);
    }

    private static async Task<IResult> DecisionNotePdfAsync(Guid id, int? version, DecisionNoteService notes, CancellationToken cancellationToken)
    {
        var note = await notes.GetAsync(id, cancellationToken);
        if (!note.Succeeded) return Refusal(note);
        var view = note.Value!;
        DecisionNoteContent? content = null;
        if (version is { } number && number != view.CurrentVersion)
        {
            var earlier = await notes.GetVersionAsync(id, number, cancellationToken);
            if (!earlier.Succeeded) return Refusal(earlier);
            content = earlier.Value;
        }
        var name = $"{view.Reference}-decision-note{(version is { } v && v != view.CurrentVersion ? $"-v{v}" : "")}.pdf";
        return Pdf(DecisionNotePdf.Render(view, version, content), name);
    }

    private static async Task<IResult> EqualityAssessmentPdfAsync(Guid id, EqualityAssessmentService assessments, CancellationToken cancellationToken)
    {
        var result = await assessments.GetAsync(id, cancellationToken);
        if (!result.Succeeded) return Refusal(result);
        if (!result.Value!.Exists) return TypedResults.NotFound();
        return Pdf(EqualityAssessmentPdf.Render(result.Value), $"{result.Value.Reference}-equality-impact-assessment.pdf");
    }

    private static async Task<IResult> DownloadAttachmentAsync(Guid id, Guid attachmentId, DecisionNoteService notes,
        IDbContextFactory<PortalDbContext> contexts, AttachmentStore store, CancellationToken cancellationToken)
    {
        var note = await notes.GetAsync(id, cancellationToken);
        if (!note.Succeeded) return Refusal(note);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attachment = await db.DecisionNoteAttachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.CommissionId == id, cancellationToken);
        return File(attachment, store);
    }

    private static async Task<IResult> UploadAttachmentAsync(Guid id, HttpContext context, IAntiforgery antiforgery,
        IOptions<AntiforgeryOptions> antiforgeryOptions, AttachmentStore store, CancellationToken cancellationToken)
    {
        var actor = PortalClaims.ToActor(context.User);
        if (!actor.IsOfficeUser) return TypedResults.Forbid();
        // Only the header is accepted: without it the antiforgery check would read the form, buffering the upload.
        if (antiforgeryOptions.Value.HeaderName is not { } header || !context.Request.Headers.ContainsKey(header)
            || !await antiforgery.IsRequestValidAsync(context))
            return TypedResults.BadRequest(new UploadProblem("The page's security token was missing or out of date. Reload the page and try again."));
        var result = await store.UploadAsync(id, actor, context.Request, cancellationToken);
        return result.Outcome switch
        {
            OperationOutcome.Succeeded => TypedResults.Created($"/commissions/{id}/attachments/{result.Attachment!.Id}", result.Attachment),
            OperationOutcome.Forbidden => TypedResults.Json(new UploadProblem(result.Message!), statusCode: StatusCodes.Status403Forbidden),
            OperationOutcome.NotFound => TypedResults.NotFound(new UploadProblem(result.Message!)),
            _ => TypedResults.BadRequest(new UploadProblem(result.Message!)),
        };
    }

    private static async Task<IResult> PublishedDecisionPdfAsync(Guid id, PublicRegisterService register, CancellationToken cancellationToken) =>
        await register.GetDecisionAsync(id, cancellationToken) is { } decision
            ? Pdf(DecisionNotePdf.Render(decision), $"{decision.DecisionNumber}.pdf")
            : TypedResults.NotFound();

    private static async Task<IResult> PublishedEqualityAssessmentPdfAsync(Guid id, PublicRegisterService register, CancellationToken cancellationToken) =>
        await register.GetEqualityAssessmentAsync(id, cancellationToken) is { } assessment
            ? Pdf(EqualityAssessmentPdf.Render(assessment), $"{assessment.Reference}-equality-impact-assessment.pdf")
            : TypedResults.NotFound();

    private static async Task<IResult> DownloadAppendixAsync(Guid id, Guid attachmentId, PublicRegisterService register, AttachmentStore store,
        CancellationToken cancellationToken) =>
        File(await register.GetAppendixAsync(id, attachmentId, cancellationToken), store);

    private static IResult File(DecisionNoteAttachment? attachment, AttachmentStore store)
    {
        if (attachment is null) return TypedResults.NotFound();
        var path = store.PathOf(attachment);
        if (!System.IO.File.Exists(path)) return TypedResults.NotFound();
        return new NoSniff(TypedResults.PhysicalFile(path, attachment.ContentType, attachment.OriginalName, enableRangeProcessing: true));
    }

    private static IResult Pdf(byte[] pdf, string name) => new NoSniff(TypedResults.File(pdf, "application/pdf", name));

    /// <summary>An opened evidence file as a download, or the refusal that stood in its way.</summary>
    internal static IResult Serve(OperationResult<OpenedFile> result) => result.Value is { } file
        ? new NoSniff(TypedResults.Stream(file.Content, file.ContentType, file.FileName, enableRangeProcessing: true))
        : Refusal(result);

    internal static IResult Refusal(OperationResult result) => result.Outcome switch
    {
        OperationOutcome.Forbidden => TypedResults.Forbid(),
        _ => TypedResults.NotFound(),
    };

    /// <summary>A file response the browser must take for the type the server gave, never one it guesses.</summary>
    internal sealed class NoSniff(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.XContentTypeOptions = "nosniff";
            httpContext.Response.Headers.CacheControl = "private, no-store";
            return inner.ExecuteAsync(httpContext);
        }
    }
}

public sealed record UploadProblem(string Message);

using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Portal.Components.Documents;

/// <summary>
/// What every streaming upload endpoint reads from a multipart request before and around its file: the boundary, the
/// server's limit on the body, the name the browser gave the file, and whether a failed read was the body being too
/// large or the upload being cut off.
/// </summary>
internal static class MultipartUpload
{
    /// <summary>Room for the multipart boundaries and the small form fields around the file.</summary>
    public const long FormOverhead = 64 * 1024;

    /// <summary>The request's multipart boundary, or null when it is not a well-formed form upload.</summary>
    public static string? Boundary(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
        && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is { Length: > 0 and <= 200 } boundary
            ? boundary
            : null;

    /// <summary>Lets the server read a body as large as the file limit allows, and no larger.</summary>
    public static void LimitBody(HttpRequest request, long maxFileBytes)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxFileBytes + FormOverhead;
    }

    public static bool IsPlainlyTooLarge(HttpRequest request, long maxFileBytes) => request.ContentLength > maxFileBytes + FormOverhead;

    public static string? FileName(ContentDispositionHeaderValue disposition) =>
        HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;

    /// <summary>A read that failed because the client stopped sending or sent what is not a form, rather than the server failing.</summary>
    public static bool IsBrokenUpload(Exception exception, CancellationToken cancellationToken) =>
        exception is BadHttpRequestException or InvalidDataException or IOException && !cancellationToken.IsCancellationRequested;

    public static bool IsBodyTooLarge(Exception exception) => exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
}

using Microsoft.AspNetCore.Components.Forms;

namespace Portal.Tests.Integration.Tendering;

/// <summary>A file as the browser hands it to the builder: read through a stream with a size limit.</summary>
public sealed class TestBrowserFile(string name, byte[] content, string contentType = "application/octet-stream") : IBrowserFile
{
    public string Name => name;
    public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
    public long Size => content.LongLength;
    public string ContentType => contentType;

    public Stream OpenReadStream(long maxAllowedSize = 512_000, CancellationToken cancellationToken = default) =>
        Size > maxAllowedSize ? throw new IOException($"Supplied file with size {Size} bytes exceeds the maximum of {maxAllowedSize} bytes.") : new MemoryStream(content);
}

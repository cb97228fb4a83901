using System.Text;

namespace Portal.Benchmark.Responses;

/// <summary>A PDF of an exact size for upload: the PDF header the portal checks a file's type by, filler, and the end marker.</summary>
public static class LargePdf
{
    public static void Write(string path, long size)
    {
        var head = "%PDF-1.4\n"u8.ToArray();
        var tail = "\n%%EOF\n"u8.ToArray();
        var filler = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("% benchmark filler for a large supporting document\n", 1_300)));
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        file.Write(head);
        var remaining = size - head.Length - tail.Length;
        while (remaining > 0)
        {
            var count = (int)Math.Min(filler.Length, remaining);
            file.Write(filler, 0, count);
            remaining -= count;
        }
        file.Write(tail);
    }
}

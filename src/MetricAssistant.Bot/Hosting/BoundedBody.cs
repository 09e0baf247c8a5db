using Microsoft.AspNetCore.Http;

namespace MetricAssistant.Bot.Hosting;

/// <summary>Reads a request body of at most <c>limit</c> bytes; null when it is longer (→ 413).</summary>
public static class BoundedBody
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

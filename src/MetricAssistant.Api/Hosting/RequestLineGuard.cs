using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace MetricAssistant.Api.Hosting;

/// <summary>
/// Kestrel refuses a request line holding bytes that are not printable ASCII — raw UTF-8 such as
/// <c>curl 'localhost:5080/api/search?q=客单'</c> — while parsing it, before any middleware runs, and answers
/// an empty 400 that nothing in the application can give a body (the request never reaches it). This
/// connection middleware reads the first request line of each connection first and answers such a line
/// itself: 400 application/problem+json saying what to percent-encode (never echoing the bytes), then closes.
/// </summary>
/// <remarks>
/// Limits, on purpose: only a connection's first request line is looked at (a client that keeps a connection
/// open and sends raw bytes in a later request still gets Kestrel's empty 400); bytes that do not begin
/// with a method token (TLS, HTTP/2 frames) pass untouched; nothing else about the request is judged here.
/// </remarks>
public sealed class RequestLineGuard(ConnectionDelegate next, KestrelServerLimits limits)
{
    /// <summary>Kestrel's default request-line limit: a longer first line is Kestrel's to refuse.</summary>
    public const int MaxLine = 8 * 1024;

    private const int MaxDrain = 64 * 1024;

    private static readonly byte[] HeadersEnd = "\r\n\r\n"u8.ToArray();

    public static readonly string Detail =
        "The request line contains characters that are not percent-encoded (for example raw UTF-8 in the query string). " +
        "Percent-encode the path and query, e.g. curl -G URL --data-urlencode 'q=...'.";

    private static readonly byte[] Response = BuildResponse();

    private enum Verdict { NeedMore, Pass, Reject }

    public async Task OnConnectionAsync(ConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var input = connection.Transport.Input;
        // The same patience Kestrel has: keep-alive for a first byte, the header timeout once one came.
        using var timeout = new CancellationTokenSource(limits.KeepAliveTimeout);
        var verdict = Verdict.NeedMore;
        var started = false;
        try
        {
            while (verdict == Verdict.NeedMore)
            {
                var result = await input.ReadAsync(timeout.Token);
                var buffer = result.Buffer;
                if (!started && !buffer.IsEmpty)
                {
                    started = true;
                    timeout.CancelAfter(limits.RequestHeadersTimeout);
                }
                verdict = Inspect(buffer);
                if (verdict == Verdict.NeedMore && (result.IsCompleted || buffer.Length >= MaxLine)) verdict = Verdict.Pass;
                // Nothing is consumed: Kestrel reads the same bytes next.
                input.AdvanceTo(buffer.Start, verdict == Verdict.NeedMore ? buffer.End : buffer.Start);
            }
        }
        catch (OperationCanceledException)
        {
            connection.Abort(new ConnectionAbortedException("No request line in time."));
            return;
        }

        if (verdict == Verdict.Pass)
        {
            await next(connection);
            return;
        }
        await RejectAsync(connection, timeout.Token);
    }

    /// <summary>Whether the first line (so far) is a request line Kestrel would refuse for its bytes.</summary>
    private static Verdict Inspect(ReadOnlySequence<byte> buffer)
    {
        var position = 0;
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (position == 0 && b is < (byte)'A' or > (byte)'Z') return Verdict.Pass; // not an HTTP/1 method
                if (b == (byte)'\n') return Verdict.Pass;
                if (b >= 0x7F || (b < 0x20 && b != (byte)'\r')) return Verdict.Reject;
                if (++position >= MaxLine) return Verdict.Pass;
            }
        }
        return Verdict.NeedMore;
    }

    /// <summary>Reads the rest of the head (so closing does not reset what the client still sends), then answers and closes.</summary>
    private static async Task RejectAsync(ConnectionContext connection, CancellationToken cancellationToken)
    {
        var input = connection.Transport.Input;
        try
        {
            while (true)
            {
                var result = await input.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                var done = result.IsCompleted || buffer.Length >= MaxDrain || Contains(buffer, HeadersEnd);
                input.AdvanceTo(done ? buffer.End : buffer.Start, buffer.End);
                if (done) break;
            }
            await connection.Transport.Output.WriteAsync(Response, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Out of time: close without an answer, as Kestrel would.
        }
        await connection.Transport.Output.CompleteAsync();
        await input.CompleteAsync();
    }

    private static bool Contains(ReadOnlySequence<byte> buffer, byte[] value)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.TryReadTo(out ReadOnlySequence<byte> _, value, advancePastDelimiter: false);
    }

    private static byte[] BuildResponse()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            ["title"] = "Bad request line",
            ["status"] = 400,
            ["detail"] = Detail,
        });
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = "HTTP/1.1 400 Bad Request\r\n" +
            "Content-Type: application/problem+json\r\n" +
            $"Content-Length: {bytes.Length}\r\n" +
            "Connection: close\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. bytes];
    }
}

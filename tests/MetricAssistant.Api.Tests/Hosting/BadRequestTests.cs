using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MetricAssistant.Api.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Api.Tests.Hosting;

/// <summary>
/// Requests the framework refuses before an endpoint runs still get a ProblemDetails body. The request-line
/// cases need the real Kestrel (the in-memory test server never parses a request line), over a raw socket
/// (HttpClient would percent-encode what a shell's curl sends as it is).
/// </summary>
public sealed class BadRequestTests(BadRequestTests.KestrelFactory factory) : IClassFixture<BadRequestTests.KestrelFactory>
{
    public sealed class KestrelFactory : ApiFactoryBase
    {
        public KestrelFactory() => UseKestrel(0);

        public Uri Address
        {
            get
            {
                StartServer();
                return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            }
        }
    }

    [Fact]
    public async Task Raw_utf8_in_the_query_string_is_a_problem_that_says_to_percent_encode_never_an_empty_400()
    {
        var (head, body) = await SendRawAsync("GET /api/search?q=客单&user=ceo HTTP/1.1\r\nHost: localhost\r\nUser-Agent: curl/8\r\nAccept: */*\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", head, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(RequestLineGuard.Detail, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("客单", body, StringComparison.Ordinal); // the bytes sent are never echoed
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET /api/metrics/\u00e9 HTTP/1.1")]        // raw Latin-1/UTF-8 in the path
    [InlineData("GET /api/health?x=\u0001 HTTP/1.1")]       // a control character
    public async Task Other_unprintable_request_lines_are_problems_too(string requestLine)
    {
        var (head, body) = await SendRawAsync(requestLine + "\r\nHost: localhost\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 400", head, StringComparison.Ordinal);
        Assert.Equal(400, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_percent_encoded_request_on_the_same_server_is_answered()
    {
        var (head, body) = await SendRawAsync("GET /api/search?q=%E5%AE%A2%E5%8D%95&user=ceo HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200", head, StringComparison.Ordinal);
        Assert.Contains(JsonDocument.Parse(body).RootElement.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("metricId").GetString() == "aov");
    }

    [Theory]
    // The sent values are not hex, so a trace id in the problem cannot contain them by chance.
    [InlineData("/api/search?q=gmv&user=ceo&top=xyzzy", "xyzzy")]  // a query value of the wrong type
    [InlineData("/api/search?q=gmv&user=ceo&top=99999999999999999999", "99999999999999999999")]
    public async Task A_query_value_of_the_wrong_type_is_a_problem_with_a_detail_that_does_not_echo_it(string path, string sent)
    {
        using var client = new HttpClient { BaseAddress = factory.Address };
        var response = await client.GetAsync(path);
        await AssertFrameworkProblemAsync(response, sent);
    }

    [Theory]
    [InlineData("/api/ask", "{\"question\": ")]              // not JSON
    [InlineData("/api/ask", "{\"question\": 5}")]             // JSON, wrong shape
    [InlineData("/api/query", "[1, 2, 3]")]
    [InlineData("/api/feedback", "{\"helpful\": \"<script>\"}")]
    public async Task A_body_that_cannot_be_read_is_a_problem_with_a_detail(string path, string json)
    {
        using var client = new HttpClient { BaseAddress = factory.Address };
        var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        await AssertFrameworkProblemAsync(response, "<script>");
    }

    private static async Task AssertFrameworkProblemAsync(HttpResponseMessage response, string sent)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(FrameworkProblems.BadRequestDetail, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(sent, text, StringComparison.Ordinal);
    }

    /// <summary>Sends the bytes as they are (UTF-8) and reads until the server closes or the answer is complete.</summary>
    private async Task<(string Head, string Body)> SendRawAsync(string request)
    {
        var address = factory.Address;
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await tcp.ConnectAsync(address.Host, address.Port, timeout.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), timeout.Token);

        var received = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0) break;
            received.Write(buffer, 0, read);
            if (Complete(received.ToArray())) break;
        }
        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, "no response head: " + text);
        var head = text[..split];
        var body = text[(split + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) body = Dechunk(body);
        return (head, body);
    }

    /// <summary>A Content-Length body fully read, or a chunked body's last chunk seen.</summary>
    private static bool Complete(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0) return false;
        var head = text[..split];
        var length = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (length is not null) return bytes.Length - Encoding.UTF8.GetByteCount(text[..(split + 4)]) >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
    }

    private static string Dechunk(string chunked)
    {
        var result = new StringBuilder();
        var rest = chunked;
        while (true)
        {
            var end = rest.IndexOf("\r\n", StringComparison.Ordinal);
            var size = Convert.ToInt32(rest[..end], 16);
            if (size == 0) return result.ToString();
            // Sizes count bytes; the bodies here are read back as UTF-8 text.
            var bytes = Encoding.UTF8.GetBytes(rest[(end + 2)..]);
            result.Append(Encoding.UTF8.GetString(bytes, 0, size));
            rest = Encoding.UTF8.GetString(bytes, size + 2, bytes.Length - size - 2);
        }
    }
}

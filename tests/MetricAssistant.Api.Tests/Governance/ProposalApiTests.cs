using System.Net;
using System.Text;
using System.Text.Json;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance;
using MetricAssistant.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Api.Tests.Governance;

/// <summary>The service with its catalog in a store seeded from the catalog folder, so a publish changes what it answers.</summary>
public sealed class StoreApiFactory : ApiFactoryBase
{
    public StoreCatalog Catalog { get; } = StoreCatalog.Seeded(TimeProvider.System);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ICatalogProvider>(Catalog);
            services.AddSingleton(Catalog.Store);
        });
    }
}

/// <summary>
/// The lifecycle over HTTP with the demo users, as the contract names it: propose, review (403 for the author and for
/// reviewers of other owners), publish (403 without the right, 409 on a moved metric with the diff), and the answer
/// changing at once.
/// </summary>
public sealed class ProposalApiTests : IDisposable
{
    private const string Now = "2025-07-15T10:00:00";
    private readonly StoreApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string> ProposeAsync(HttpClient client, string user, object definition, string metricId = "order_count")
    {
        var response = await client.PostAsync("/api/proposals", Json(new { kind = "change", metricId, baseVersion = 1, definition, reason = "业务常用说法", user }));
        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        Assert.Equal("in_review", body.GetProperty("status").GetString());
        Assert.Equal(metricId, body.GetProperty("metricId").GetString());
        return body.GetProperty("id").GetString()!;
    }

    private static Task<HttpResponseMessage> ReviewAsync(HttpClient client, string id, string user, string decision = "approve") =>
        client.PostAsync($"/api/proposals/{id}/reviews", Json(new { decision, comment = "ok", user }));

    private static Task<HttpResponseMessage> PublishAsync(HttpClient client, string id, string user) =>
        client.PostAsync($"/api/proposals/{id}/publish", Json(new { user }));

    private static async Task<JsonElement> AskAsync(HttpClient client, string question) =>
        await ReadAsync(await client.PostAsync("/api/ask", Json(new { question, user = "ceo", now = Now })));

    [Fact]
    public async Task Ecommerce_proposes_a_synonym_ceo_approves_and_publishes_and_the_next_question_uses_it()
    {
        var client = factory.CreateClient();
        const string Question = "上个月的篮子数";
        var before = await AskAsync(client, Question);
        Assert.False(before.GetProperty("status").GetString() == "answered" && before.GetProperty("metric").GetProperty("id").GetString() == "order_count");

        var synonyms = factory.Catalog.Current.FindMetric("order_count")!.Synonyms.Append("篮子数").ToArray();
        var id = await ProposeAsync(client, "ecom_zhao", new { synonyms });

        var own = await ReviewAsync(client, id, "ecom_zhao");
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("author", (await ReadAsync(own)).GetProperty("reason").GetString());
        var finance = await ReviewAsync(client, id, "fin_li");
        Assert.Equal(HttpStatusCode.Forbidden, finance.StatusCode);
        Assert.Contains("E-commerce", (await ReadAsync(finance)).GetProperty("error").GetProperty("message").GetString());

        var early = await PublishAsync(client, id, "ceo");
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Contains("approval", (await ReadAsync(early)).GetProperty("reason").GetString());

        var approved = await ReviewAsync(client, id, "ceo");
        Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
        Assert.Equal("approved", (await ReadAsync(approved)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await PublishAsync(client, id, "ecom_zhao")).StatusCode);

        var published = await PublishAsync(client, id, "ceo");
        var result = await ReadAsync(published);
        Assert.True(published.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal(("order_count", 1), (result.GetProperty("metricId").GetString(), result.GetProperty("version").GetInt32()));

        var after = await AskAsync(client, Question);
        Assert.Equal("answered", after.GetProperty("status").GetString());
        Assert.Equal("order_count", after.GetProperty("metric").GetProperty("id").GetString());

        var view = await ReadAsync(await client.GetAsync($"/api/proposals/{id}?user=ceo"));
        Assert.Equal("published", view.GetProperty("status").GetString());
        Assert.Equal("ceo", view.GetProperty("reviews")[0].GetProperty("reviewer").GetString());
        Assert.Equal("synonyms", view.GetProperty("diff").GetProperty("fields")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task The_second_publish_on_one_base_is_a_409_with_both_diffs_and_bad_input_is_a_400()
    {
        var client = factory.CreateClient();
        var synonyms = factory.Catalog.Current.FindMetric("order_count")!.Synonyms;
        var first = await ProposeAsync(client, "ecom_zhao", new { synonyms = synonyms.Append("单据数").ToArray() });
        var second = await ProposeAsync(client, "east_wang", new { typicalQuestions = new[] { "上个月有多少订单" } });
        Assert.Equal(HttpStatusCode.Created, (await ReviewAsync(client, first, "ceo")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ReviewAsync(client, second, "ecom_zhao")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PublishAsync(client, first, "ceo")).StatusCode);

        var conflict = await PublishAsync(client, second, "ceo");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var body = await ReadAsync(conflict);
        Assert.Equal("conflict", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal((1, 1), (body.GetProperty("baseVersion").GetInt32(), body.GetProperty("currentVersion").GetInt32()));
        Assert.Equal("synonyms", body.GetProperty("diff").GetProperty("current")[0].GetProperty("path").GetString());
        Assert.Equal("typical_questions", body.GetProperty("diff").GetProperty("proposed")[0].GetProperty("path").GetString());

        var invalid = await client.PostAsync("/api/proposals", Json(new { kind = "change", metricId = "gmv", definition = new { measure = "pay_amout" }, reason = "x", user = "fin_li" }));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var error = (await ReadAsync(invalid)).GetProperty("error");
        Assert.Equal("invalid", error.GetProperty("code").GetString());
        Assert.Contains("pay_amount", error.GetProperty("suggestions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("measure", error.GetProperty("problems")[0].GetProperty("field").GetString());

        var guest = await client.PostAsync("/api/proposals", Json(new { kind = "change", metricId = "gmv", definition = new { synonyms = new[] { "GMV" } }, reason = "x", user = "guest" }));
        Assert.Equal(HttpStatusCode.Forbidden, guest.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/proposals/p-nope?user=ceo")).StatusCode);

        var list = await ReadAsync(await client.GetAsync("/api/proposals?status=published&metricId=order_count&user=ceo"));
        Assert.Equal([first], list.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var comment = await client.PostAsync($"/api/proposals/{second}/comments", Json(new { text = "请基于最新版本重新提", user = "ceo" }));
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
    }

    [Fact]
    public async Task Several_clients_publishing_at_once_keep_every_version_in_order()
    {
        const int Clients = 3, Each = 3;
        var versions = new System.Collections.Concurrent.ConcurrentBag<int>();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            var client = factory.CreateClient();
            for (var i = 0; i < Each; i++)
            {
                while (true)
                {
                    var created = await client.PostAsync("/api/proposals", Json(new { kind = "change", metricId = "gmv", definition = new { unit = $"CNY_{c}_{i}" }, reason = $"client {c} #{i}", user = "fin_li" }));
                    var createdBody = await ReadAsync(created);
                    Assert.True(created.StatusCode == HttpStatusCode.Created, createdBody.ToString());
                    Assert.True(createdBody.GetProperty("bumpsVersion").GetBoolean());
                    var id = createdBody.GetProperty("id").GetString()!;
                    Assert.Equal(HttpStatusCode.Created, (await ReviewAsync(client, id, "ceo")).StatusCode);
                    var published = await PublishAsync(client, id, "fin_li");
                    if (published.StatusCode == HttpStatusCode.OK)
                    {
                        versions.Add((await ReadAsync(published)).GetProperty("version").GetInt32());
                        break;
                    }
                    Assert.Equal(HttpStatusCode.Conflict, published.StatusCode);
                }
            }
        })));

        Assert.Equal(Enumerable.Range(4, Clients * Each), versions.Order());
        var history = await factory.Catalog.Store.HistoryAsync("catalog/metrics/gmv.yaml", CancellationToken.None);
        Assert.Equal(Enumerable.Range(3, Clients * Each + 1), history.Select(r => MetricAssistant.Application.Governance.Proposals.ProposedDocument.VersionOf(r.Yaml)));
        Assert.Equal(3 + Clients * Each, factory.Catalog.Current.FindMetric("gmv")!.Version);
    }
}

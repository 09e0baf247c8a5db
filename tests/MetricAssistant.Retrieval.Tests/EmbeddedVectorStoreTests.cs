using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval.Tests;

public sealed class EmbeddedVectorStoreTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static VectorPoint Point(ulong id, float[] vector, string kind = "metric", string? status = "published", string? metric = "m", params string[] tags) =>
        new(id, vector, new VectorPayload { Kind = kind, Status = status, MetricId = metric, Tags = tags, Field = "synonym", Text = "text " + id, Official = id % 2 == 0 });

    private static float[] Sparse(int dimensions, params (int Index, float Value)[] values)
    {
        var v = new float[dimensions];
        foreach (var (i, x) in values) v[i] = x;
        return v;
    }

    [Fact]
    public async Task A_collection_is_persisted_and_read_back_by_a_new_store()
    {
        var first = new EmbeddedVectorStore(directory.Path);
        await first.EnsureCollectionAsync("docs_v1", 8, default);
        await first.UpsertAsync("docs_v1",
        [
            Point(1, Sparse(8, (0, 1f))),
            Point(2, Sparse(8, (0, 0.7f), (1, 0.7f)), "metric", "deprecated", "old", "finance-sensitive"),
            Point(3, [0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f], "dimension_value", null, null), // dense on disk
        ], default);
        await first.UpsertAsync("docs_v1", [Point(4, Sparse(8, (1, 1f)), "metric", "published", "m4", "public")], default);
        var before = await first.SearchAsync("docs_v1", Sparse(8, (0, 1f), (1, 0.2f)), 10, null, default);
        Assert.Single(directory.IndexFiles());

        var second = new EmbeddedVectorStore(directory.Path);
        Assert.True(await second.CollectionExistsAsync("docs_v1", default));
        Assert.Equal(1, second.FilesLoaded);
        Assert.Equal(4, await second.CountAsync("docs_v1", default));
        var after = await second.SearchAsync("docs_v1", Sparse(8, (0, 1f), (1, 0.2f)), 10, null, default);
        Assert.Equal(before, after, (a, b) => a.Id == b.Id && Math.Abs(a.Score - b.Score) < 1e-6 && a.Payload.Text == b.Payload.Text
            && a.Payload.Status == b.Payload.Status && a.Payload.Tags.SequenceEqual(b.Payload.Tags) && a.Payload.Official == b.Payload.Official);

        // filters on the reloaded payloads
        var published = await second.SearchAsync("docs_v1", Sparse(8, (0, 1f), (1, 0.5f)), 10, new VectorFilter { Kinds = ["metric"], Statuses = ["published"] }, default);
        Assert.Equal(new ulong[] { 1, 4 }, published.Select(p => p.Id).Order());
        var excluded = await second.SearchAsync("docs_v1", Sparse(8, (0, 1f), (1, 1f)), 10, new VectorFilter { ExcludedTags = ["finance-sensitive"] }, default);
        Assert.DoesNotContain(excluded, p => p.Id == 2);
        var tagged = await second.SearchAsync("docs_v1", Sparse(8, (1, 1f)), 10, new VectorFilter { AnyTags = ["public"] }, default);
        Assert.Equal(4ul, Assert.Single(tagged).Id);
    }

    [Fact]
    public async Task Replaced_points_stay_replaced_after_a_reload()
    {
        var first = new EmbeddedVectorStore(directory.Path);
        await first.EnsureCollectionAsync("c", 4, default);
        await first.UpsertAsync("c", [Point(1, Sparse(4, (0, 1f)))], default);
        await first.UpsertAsync("c", [Point(1, Sparse(4, (3, 1f)))], default);
        var second = new EmbeddedVectorStore(directory.Path);
        Assert.Equal(1, await second.CountAsync("c", default));
        Assert.Equal(1f, (await second.SearchAsync("c", Sparse(4, (3, 1f)), 1, null, default)).Single().Score, 5);
    }

    [Fact]
    public async Task An_unreadable_file_counts_as_missing_and_is_removed()
    {
        var first = new EmbeddedVectorStore(directory.Path);
        await first.EnsureCollectionAsync("c", 4, default);
        await first.UpsertAsync("c", [Point(1, Sparse(4, (0, 1f))), Point(2, Sparse(4, (1, 1f)))], default);
        var path = first.PathOf("c")!;
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length - 5)]); // truncated mid-record

        var second = new EmbeddedVectorStore(directory.Path);
        Assert.False(await second.CollectionExistsAsync("c", default));
        Assert.False(File.Exists(path));
        Assert.Equal(0, await second.CountAsync("c", default));
    }

    [Fact]
    public async Task A_file_holding_another_collection_is_not_taken_for_it()
    {
        var first = new EmbeddedVectorStore(directory.Path);
        await first.EnsureCollectionAsync("a", 4, default);
        await first.UpsertAsync("a", [Point(1, Sparse(4, (0, 1f)))], default);
        File.Copy(first.PathOf("a")!, Path.Combine(directory.Path, "b" + EmbeddedVectorStore.FileExtension));
        Assert.False(await new EmbeddedVectorStore(directory.Path).CollectionExistsAsync("b", default));
    }

    [Fact]
    public async Task Dimensions_are_checked_against_the_stored_collection()
    {
        var first = new EmbeddedVectorStore(directory.Path);
        await first.EnsureCollectionAsync("c", 4, default);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new EmbeddedVectorStore(directory.Path).EnsureCollectionAsync("c", 8, default));
    }

    [Fact]
    public async Task Deleting_removes_the_file_and_old_versions_can_be_pruned()
    {
        var store = new EmbeddedVectorStore(directory.Path);
        foreach (var name in new[] { "metric_docs_a", "metric_docs_b", "other" }) await store.EnsureCollectionAsync(name, 4, default);
        Assert.Equal(1, store.DeleteOtherCollections("metric_docs_", "metric_docs_b"));
        Assert.Equal(["metric_docs_b.mavec", "other.mavec"], directory.IndexFiles().Select(Path.GetFileName));
        await store.DeleteCollectionAsync("other", default);
        Assert.False(await store.CollectionExistsAsync("other", default));
        Assert.Single(directory.IndexFiles());
    }

    [Fact]
    public async Task Without_a_directory_the_store_is_in_memory_only()
    {
        var store = new EmbeddedVectorStore(null);
        await store.EnsureCollectionAsync("c", 4, default);
        await store.UpsertAsync("c", [Point(1, Sparse(4, (0, 1f)))], default);
        Assert.Equal(1, await store.CountAsync("c", default));
        Assert.Null(store.PathOf("c"));
    }

    [Fact]
    public async Task Collection_names_that_are_not_file_names_are_refused()
    {
        var store = new EmbeddedVectorStore(directory.Path);
        await Assert.ThrowsAsync<ArgumentException>(() => store.EnsureCollectionAsync("../escape", 4, default));
    }
}

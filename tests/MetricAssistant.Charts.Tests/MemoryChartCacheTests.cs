using MetricAssistant.Application.Charts;
using MetricAssistant.Charts;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Charts.Tests;

/// <summary>The chart cache: unguessable URL-safe ids, expiry by the clock, and the oldest evicted past either bound.</summary>
public sealed class MemoryChartCacheTests
{
    private readonly ManualTime time = new(new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.Zero));

    private MemoryChartCache Cache(int minutes = 60, int maxEntries = 100, int maxMegabytes = 8) =>
        new(Options.Create(new ChartOptions { CacheMinutes = minutes, CacheMaxEntries = maxEntries, CacheMaxMegabytes = maxMegabytes }), time);

    private static ChartImage Image(int bytes, byte fill = 1) => new(Enumerable.Repeat(fill, bytes).ToArray(), 720, 360, ChartKind.Bars);

    [Fact]
    public void Ids_are_128_random_bits_in_url_safe_base64_and_find_their_image()
    {
        var cache = Cache(maxEntries: 1000);
        var images = Enumerable.Range(0, 200).Select(i => Image(10, (byte)i)).ToArray();
        var ids = images.Select(cache.Add).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{22}$", id));
        for (var i = 0; i < ids.Length; i++) Assert.Same(images[i], cache.Find(ids[i]));
        Assert.Null(cache.Find("AAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Null(cache.Find(""));
    }

    [Fact]
    public void An_image_expires_after_its_lifetime()
    {
        var cache = Cache(minutes: 60);
        var id = cache.Add(Image(100));
        time.Now = time.Now.AddMinutes(59);
        Assert.NotNull(cache.Find(id));
        time.Now = time.Now.AddMinutes(1);
        Assert.Null(cache.Find(id));
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void Expired_images_are_dropped_when_new_ones_arrive()
    {
        var cache = Cache(minutes: 10);
        cache.Add(Image(100));
        cache.Add(Image(100));
        time.Now = time.Now.AddMinutes(11);
        var fresh = cache.Add(Image(50));
        Assert.Equal(1, cache.Count);
        Assert.Equal(50, cache.Bytes);
        Assert.NotNull(cache.Find(fresh));
    }

    [Fact]
    public void Past_the_entry_bound_the_oldest_go_first()
    {
        var cache = Cache(maxEntries: 3);
        var ids = Enumerable.Range(0, 5).Select(_ => cache.Add(Image(10))).ToArray();
        Assert.Equal(3, cache.Count);
        Assert.Null(cache.Find(ids[0]));
        Assert.Null(cache.Find(ids[1]));
        Assert.All(ids[2..], id => Assert.NotNull(cache.Find(id)));
    }

    [Fact]
    public void Past_the_byte_bound_the_oldest_go_first_and_the_newest_always_stays()
    {
        var cache = Cache(maxMegabytes: 1);
        var first = cache.Add(Image(600_000));
        var second = cache.Add(Image(600_000));
        Assert.Null(cache.Find(first));
        Assert.NotNull(cache.Find(second));
        Assert.Equal(600_000, cache.Bytes);

        var huge = cache.Add(Image(1_500_000));
        Assert.NotNull(cache.Find(huge));
        Assert.Null(cache.Find(second));
        Assert.Equal(1, cache.Count);
    }
}

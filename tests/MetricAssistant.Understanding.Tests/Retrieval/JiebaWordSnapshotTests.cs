using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Text.Segmentation;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Understanding.Tests.Retrieval;

/// <summary>
/// The catalog's words taught to jieba, kept between starts: teaching records each word with the frequency jieba gave
/// it; replaying them onto the dictionary where it stood leaves it where teaching did, and onto any other changes
/// nothing; the file reads back what was written, is never served for another catalog or build, and a damaged or
/// foreign one is taught again with a warning.
/// </summary>
[Collection(JiebaDictionaryCollection.Name)]
public sealed class JiebaWordSnapshotTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ma-jieba-words-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    /// <summary>Words of rare characters no dictionary holds, new to this process.</summary>
    private static string[] NewWords(int count)
    {
        var random = new Random(Guid.NewGuid().GetHashCode());
        return [.. Enumerable.Range(0, count).Select(_ => new string([.. Enumerable.Range(0, 4).Select(_ => RareCharacter(random))]))
            .Distinct()];
    }

    // A traditional character is read as its simplified form, often a common one (們 → 们) that jieba joins to its neighbours.
    private static char RareCharacter(Random random)
    {
        while (true)
            if ((char)random.Next(0x4E00, 0x9FA5) is var c && !TraditionalChinese.IsTraditional(c)) return c;
    }

    [Fact]
    public void Teaching_records_each_word_with_the_frequency_jieba_gave_it()
    {
        var words = NewWords(20);
        var taught = JiebaRuntime.Teach(words);
        Assert.Equal(words, taught.Words);
        Assert.All(taught.Frequencies, f => Assert.True(f >= 1));
        Assert.Equal(taught.TotalBefore + taught.Frequencies.Sum(), taught.TotalAfter);
        Assert.Equal(taught.TotalAfter, JiebaRuntime.Total);
        // taught again: nothing is new
        Assert.Empty(JiebaRuntime.Teach(words).Words);
    }

    [Fact]
    public void Replaying_onto_the_dictionary_where_it_stood_adds_the_words_with_their_frequencies()
    {
        var words = NewWords(10);
        var frequencies = words.Select((_, i) => 3 + i).ToArray();
        var before = JiebaRuntime.Total;
        Assert.True(JiebaRuntime.TryReplay(new TaughtWords(before, before + frequencies.Sum(), words, frequencies)));
        Assert.Equal(before + frequencies.Sum(), JiebaRuntime.Total);
        Assert.All(words, w => Assert.Contains(w, MixedTextTokenizer.WordsOnly.Tokenize("上个月" + w + "是多少")));
    }

    [Fact]
    public void Replaying_onto_a_dictionary_that_moved_on_changes_nothing()
    {
        var words = NewWords(10);
        var before = JiebaRuntime.Total;
        Assert.False(JiebaRuntime.TryReplay(new TaughtWords(before - 1, before - 1 + 10 * words.Length, words, [.. words.Select(_ => 10)])));
        Assert.Equal(before, JiebaRuntime.Total);
        Assert.Equal(words, JiebaRuntime.Teach(words).Words);
    }

    [Fact]
    public void The_file_reads_back_what_was_written_and_only_for_its_catalog_and_build()
    {
        var snapshot = new JiebaWordSnapshot(directory);
        var words = new TaughtWords(1000.0, 1012.0, ["毛利润率", "抖音小店"], [5, 7]);
        var key = JiebaWordSnapshot.KeyFor("catalog-a");
        Assert.True(snapshot.TryWrite(key, words, out var failure), failure);
        var read = snapshot.TryRead(key, out var rejected, out _);
        Assert.True(read is not null, rejected);
        Assert.Equal((words.TotalBefore, words.TotalAfter), (read.TotalBefore, read.TotalAfter));
        Assert.Equal(words.Words, read.Words);
        Assert.Equal(words.Frequencies, read.Frequencies);

        Assert.Null(snapshot.TryRead(JiebaWordSnapshot.KeyFor("catalog-b"), out rejected, out var damaged));
        Assert.Equal("of another catalog version or build", rejected);
        Assert.False(damaged);
        // a changed catalog's words are taught, not replayed, and replace the file
        var (teaches, replays) = (0, 0);
        snapshot.Teach(JiebaWordSnapshot.KeyFor("catalog-b"), () => { teaches++; return words with { TotalAfter = 2000 }; }, _ => { replays++; return true; });
        Assert.Equal((1, 0), (teaches, replays));
        Assert.Equal(2000, snapshot.TryRead(JiebaWordSnapshot.KeyFor("catalog-b"), out _, out _)!.TotalAfter);
        snapshot.Teach(JiebaWordSnapshot.KeyFor("catalog-b"), () => { teaches++; return words; }, _ => { replays++; return true; });
        Assert.Equal((1, 1), (teaches, replays));
        // kept words jieba cannot take (it moved on) are taught as usual
        snapshot.Teach(JiebaWordSnapshot.KeyFor("catalog-b"), () => { teaches++; return words; }, _ => { replays++; return false; });
        Assert.Equal((2, 2), (teaches, replays));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("foreign")]
    public void A_damaged_or_foreign_file_is_taught_again_with_a_warning(string damage)
    {
        var logger = new WarningLogger<JiebaWordSnapshot>();
        var snapshot = new JiebaWordSnapshot(directory, logger);
        var key = JiebaWordSnapshot.KeyFor("catalog-a");
        Assert.True(snapshot.TryWrite(key, new TaughtWords(1000.0, 1012.0, ["毛利润率", "抖音小店"], [5, 7]), out _));
        var bytes = File.ReadAllBytes(snapshot.FilePath);
        File.WriteAllBytes(snapshot.FilePath, damage switch
        {
            "truncated" => bytes[..^3],
            "flipped" => [.. bytes[..^2], (byte)(bytes[^2] ^ 0x5A), bytes[^1]],
            _ => [.. "MAREADER"u8, .. bytes[8..]],
        });
        Assert.Null(snapshot.TryRead(key, out _, out var damaged));
        Assert.True(damaged);
        var teaches = 0;
        snapshot.Teach(key, () => { teaches++; return new TaughtWords(1.0, 2.0, ["抖音小店"], [1]); }, _ => true);
        Assert.Equal(1, teaches);
        Assert.Single(logger.Warnings);
        Assert.NotNull(snapshot.TryRead(key, out _, out _));
    }
}

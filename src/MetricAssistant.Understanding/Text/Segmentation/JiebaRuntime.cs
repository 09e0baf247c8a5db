using JiebaNet.Segmenter;

namespace MetricAssistant.Understanding.Text.Segmentation;

/// <summary>
/// The one jieba segmenter of the process. jieba keeps its dictionary in a process-wide singleton, so
/// initialisation happens once (dictionary folder pointed at the build output's <c>Resources</c>), custom
/// words are added under a write lock and segmentation runs under a read lock: many readers at once, never
/// while the dictionary changes.
/// </summary>
internal static class JiebaRuntime
{
    private static readonly ReaderWriterLockSlim Lock = new(LockRecursionPolicy.NoRecursion);
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private static JiebaSegmenter Create()
    {
        var resources = Path.Combine(AppContext.BaseDirectory, "Resources");
        if (File.Exists(Path.Combine(resources, "dict.txt"))) ConfigManager.ConfigFileBaseDir = resources;
        var segmenter = new JiebaSegmenter();
        // Touch the dictionary now so the (one-off, ~0.5 s) load happens here and not inside a reader.
        _ = segmenter.CutForSearch("初始化", hmm: true).Count();
        return segmenter;
    }

    /// <summary>
    /// Loads the dictionary on a pool thread (once; later calls return at once), so a replica can read its catalog
    /// meanwhile: the load is about half a second of CPU that depends on nothing else. Whoever needs jieba before it
    /// is done waits for the same load.
    /// </summary>
    public static Task PreloadAsync() => Segmenter.IsValueCreated ? Task.CompletedTask : Task.Run(() => _ = Segmenter.Value);

    /// <summary>Whether the dictionary has been loaded in this process.</summary>
    public static bool IsLoaded => Segmenter.IsValueCreated;

    /// <summary>Adds words jieba must keep whole (lower-case, as normalised text is). Words already known are skipped.</summary>
    public static int AddWords(IEnumerable<string> words)
    {
        var segmenter = Segmenter.Value;
        var dictionary = WordDictionary.Instance;
        var added = 0;
        Lock.EnterWriteLock();
        try
        {
            foreach (var word in words)
            {
                if (dictionary.ContainsWord(word)) continue;
                segmenter.AddWord(word, 0, null);
                added++;
            }
        }
        finally
        {
            Lock.ExitWriteLock();
        }
        return added;
    }

    /// <summary>Search-mode segmentation with positions (overlapping sub-words included).</summary>
    public static List<Token> TokenizeForSearch(string text)
    {
        var segmenter = Segmenter.Value;
        Lock.EnterReadLock();
        try
        {
            return segmenter.Tokenize(text, TokenizerMode.Search, hmm: true).ToList();
        }
        finally
        {
            Lock.ExitReadLock();
        }
    }
}

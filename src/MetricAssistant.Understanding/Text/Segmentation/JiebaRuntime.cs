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

    /// <summary>
    /// As <see cref="AddWords"/>, recording each word added with the frequency jieba suggested for it (by segmenting it
    /// against the dictionary as it then stood) and the dictionary's total before and after, so that
    /// <see cref="TryReplay"/> can bring a fresh dictionary to the same state without segmenting anything.
    /// </summary>
    public static TaughtWords Teach(IEnumerable<string> words)
    {
        var segmenter = Segmenter.Value;
        var dictionary = WordDictionary.Instance;
        var added = new List<string>();
        var frequencies = new List<int>();
        Lock.EnterWriteLock();
        try
        {
            var before = dictionary.Total;
            foreach (var word in words)
            {
                if (dictionary.ContainsWord(word)) continue;
                segmenter.AddWord(word, 0, null);
                added.Add(word);
                // what jieba suggested (always at least 1, so the word counts as known)
                frequencies.Add(dictionary.GetFreqOrDefault(word));
            }
            return new TaughtWords(before, dictionary.Total, [.. added], [.. frequencies]);
        }
        finally
        {
            Lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Adds words recorded by <see cref="Teach"/> with their recorded frequencies, when the dictionary stands where it
    /// stood then (its total is the one recorded before): false, changing nothing, when it does not; false too when the
    /// total after is not the one recorded.
    /// </summary>
    public static bool TryReplay(TaughtWords words)
    {
        var segmenter = Segmenter.Value;
        var dictionary = WordDictionary.Instance;
        Lock.EnterWriteLock();
        try
        {
            // a sum of the same integers in the same order: equal exactly
            if (dictionary.Total != words.TotalBefore) return false;
            for (var i = 0; i < words.Words.Length; i++)
                if (!dictionary.ContainsWord(words.Words[i])) segmenter.AddWord(words.Words[i], words.Frequencies[i], null);
            // ends where teaching ended, or the caller teaches as usual (words already known are skipped)
            return dictionary.Total == words.TotalAfter;
        }
        finally
        {
            Lock.ExitWriteLock();
        }
    }

    /// <summary>The dictionary's total frequency (it changes with every word added).</summary>
    public static double Total
    {
        get
        {
            _ = Segmenter.Value;
            Lock.EnterReadLock();
            try
            {
                return WordDictionary.Instance.Total;
            }
            finally
            {
                Lock.ExitReadLock();
            }
        }
    }

    /// <summary>Whether the dictionary holds <paramref name="word"/> as a word of its own.</summary>
    public static bool IsWord(string word)
    {
        _ = Segmenter.Value;
        Lock.EnterReadLock();
        try
        {
            return WordDictionary.Instance.ContainsWord(word);
        }
        finally
        {
            Lock.ExitReadLock();
        }
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

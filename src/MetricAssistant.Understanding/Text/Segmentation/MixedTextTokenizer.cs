using System.Collections.Frozen;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Text.Segmentation;

/// <summary>
/// Turns mixed Chinese/English text into index terms for lexical retrieval:
/// <list type="bullet">
/// <item>jieba in search mode (whole words plus the dictionary sub-words inside them), with every catalog term
/// added as a custom word so 客单价, 下单GMV, 抖音小店 stay whole;</item>
/// <item>Chinese character bigrams (none touching a dropped word), marked with <see cref="BigramMarker"/> so they never collide with a word, for
/// recall on words jieba splits differently; a one-character word is kept as a unigram;</item>
/// <item>English and other Latin text as lower-case alphanumeric words with light plural stemming
/// (orders → order, categories → category); digits are kept;</item>
/// <item>question filler (的, 是多少, what, by …) and time words (上个月, 去年, last, month …) dropped: they say
/// when, not what, and the time resolver reads them elsewhere.</item>
/// </list>
/// Text is normalised with <see cref="TextNormalizer"/> first. Thread-safe; jieba is initialised once per process.
/// </summary>
public sealed partial class MixedTextTokenizer
{
    /// <summary>Prefix of a character-bigram term.</summary>
    public const char BigramMarker = '\u0001';

    /// <summary>The tokenizer; catalog words are process-wide (jieba's dictionary is), see <see cref="AddCatalogTerms"/>.</summary>
    public static MixedTextTokenizer Instance { get; } = new(includeBigrams: true);

    /// <summary>Words only, no bigrams.</summary>
    public static MixedTextTokenizer WordsOnly { get; } = new(includeBigrams: false);

    private readonly bool includeBigrams;

    private MixedTextTokenizer(bool includeBigrams) => this.includeBigrams = includeBigrams;

    /// <summary>
    /// Starts loading jieba's dictionary in the background (see <see cref="JiebaRuntime.PreloadAsync"/>): call it first
    /// thing at start-up, before the catalog is read, so the two overlap.
    /// </summary>
    public static Task PreloadAsync() => JiebaRuntime.PreloadAsync();

    /// <summary>
    /// Teaches jieba every name and synonym of the catalog's metrics, dimensions and dimension values.
    /// Returns how many words were new. Safe to call again with the same or another catalog.
    /// </summary>
    public static int AddCatalogTerms(SemanticCatalog catalog) => AddCustomWords(CatalogTerms(catalog));

    /// <summary>
    /// As <see cref="AddCatalogTerms"/>, with the words and the frequencies jieba gave them kept in
    /// <paramref name="snapshot"/> under <paramref name="key"/>: a start whose jieba holds nothing but its own dictionary
    /// adds the kept words with their kept frequencies instead of segmenting each (seconds over a 100k catalog).
    /// </summary>
    public static void AddCatalogTerms(SemanticCatalog catalog, JiebaWordSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(snapshot);
        snapshot.Teach(JiebaWordSnapshot.KeyFor(catalog.ContentHash), () => JiebaRuntime.Teach(JiebaWords(CatalogTerms(catalog))), JiebaRuntime.TryReplay);
    }

    /// <summary>Teaches jieba words to keep whole; only the parts with Chinese characters matter to it.</summary>
    public static int AddCustomWords(IEnumerable<string> terms) => JiebaRuntime.AddWords(JiebaWords(terms));

    /// <summary>Metric names and synonyms, dimension names and synonyms, dimension value names and synonyms.</summary>
    public static IEnumerable<string> CatalogTerms(SemanticCatalog catalog)
    {
        foreach (var metric in catalog.Metrics.Values)
        {
            yield return metric.Name.Zh;
            yield return metric.Name.En;
            foreach (var synonym in metric.Synonyms) yield return synonym;
        }
        foreach (var dimension in catalog.Dimensions.Values)
        {
            yield return dimension.Name.Zh;
            yield return dimension.Name.En;
            foreach (var synonym in dimension.Synonyms) yield return synonym;
            foreach (var value in dimension.Values)
            {
                yield return value.Name.Zh;
                yield return value.Name.En;
                foreach (var synonym in value.Synonyms) yield return synonym;
            }
        }
    }

    /// <summary>The pieces of terms jieba can hold: normalised, split at anything but CJK/letters/digits, with a CJK character, two characters or more.</summary>
    internal static IEnumerable<string> JiebaWords(IEnumerable<string> terms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (string.IsNullOrWhiteSpace(term)) continue;
            var normalized = TextNormalizer.Normalize(term);
            var start = -1;
            for (var i = 0; i <= normalized.Length; i++)
            {
                var inside = i < normalized.Length && IsWordChar(normalized[i]);
                if (inside && start < 0) start = i;
                else if (!inside && start >= 0)
                {
                    var part = normalized[start..i];
                    if (part.Length >= 2 && HasCjk(part) && seen.Add(part)) yield return part;
                    start = -1;
                }
            }
        }
    }

    /// <summary>Index terms of <paramref name="text"/>, in order of appearance (duplicates kept: they are term frequency).</summary>
    public List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        var normalized = TextNormalizer.Normalize(text.Length > 4 * TextNormalizer.MaxLength ? text[..(4 * TextNormalizer.MaxLength)] : text);
        if (normalized.Length == 0) return tokens;
        // "year to date" / "month-to-date" stay one word: they name what a running total restarts at (gmv_ytd vs
        // gmv_mtd), though each of their words alone is a time word and dropped.
        normalized = ToDate().Replace(normalized, "$1todate");

        bool[]? stopped = null;
        foreach (var token in JiebaRuntime.TokenizeForSearch(normalized))
        {
            var word = token.Word;
            if (HasCjk(word))
            {
                if (ChineseStopWords.Contains(word))
                {
                    stopped ??= new bool[normalized.Length];
                    var start = token.StartIndex;
                    // jieba's positions count every character it saw; should they ever drift, find the word again
                    if (start < 0 || start + word.Length > normalized.Length || string.CompareOrdinal(normalized, start, word, 0, word.Length) != 0)
                        start = normalized.IndexOf(word, StringComparison.Ordinal);
                    if (start < 0) continue;
                    for (var i = start; i < start + word.Length; i++) stopped[i] = true;
                    continue;
                }
                tokens.Add(word);
                if (HasLatinOrDigit(word)) AddLatinWords(word, tokens);
            }
            else
            {
                AddLatinWords(word, tokens);
            }
        }

        if (includeBigrams)
        {
            for (var i = 0; i + 1 < normalized.Length; i++)
            {
                if (!TextNormalizer.IsCjk(normalized[i]) || !TextNormalizer.IsCjk(normalized[i + 1])) continue;
                if (stopped is not null && (stopped[i] || stopped[i + 1])) continue;
                tokens.Add(string.Create(3, (normalized[i], normalized[i + 1]), static (span, pair) =>
                {
                    span[0] = BigramMarker;
                    span[1] = pair.Item1;
                    span[2] = pair.Item2;
                }));
            }
        }
        return tokens;
    }

    /// <summary>Splits Latin text into alphanumeric words, drops filler words, stems the rest.</summary>
    private static void AddLatinWords(string text, List<string> tokens)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && IsLatinOrDigit(text[i]);
            if (inside && start < 0) start = i;
            else if (!inside && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (EnglishStopWords.Contains(word)) continue;
                tokens.Add(Stem(word));
            }
        }
    }

    /// <summary>Light English stemming: plural endings only (orders → order, categories → category, boxes stay).</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetter(word[^1])) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal)) return word;
        if (word.EndsWith('s')) return word[..^1];
        return word;
    }

    internal static bool HasCjk(string text)
    {
        foreach (var c in text) if (TextNormalizer.IsCjk(c)) return true;
        return false;
    }

    private static bool HasLatinOrDigit(string text)
    {
        foreach (var c in text) if (IsLatinOrDigit(c)) return true;
        return false;
    }

    internal static bool IsLatinOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\u00bf' && c < '\u0250' && char.IsLetter(c));

    private static bool IsWordChar(char c) => TextNormalizer.IsCjk(c) || char.IsLetterOrDigit(c);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(year|month|quarter|week)[\s-]+to[\s-]+date\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ToDate();

    /// <summary>Question filler and time words: they say when or how to ask, not which metric.</summary>
    internal static readonly FrozenSet<string> ChineseStopWords = FrozenSet.ToFrozenSet(
    [
        "的", "了", "吗", "呢", "吧", "啊", "呀", "是", "是多少", "多少", "什么", "怎么", "怎么样", "怎样", "如何", "请问", "请", "一下", "帮我", "给我",
        "我", "我们", "你", "查", "查询", "查看", "看", "看看", "看下", "统计", "有", "有多少", "和", "与", "及", "或", "在", "按", "按照", "各", "每",
        "个", "分别", "情况", "数据", "对比", "比较", "相比", "趋势", "变化", "多", "少", "为", "对", "里", "中", "的话", "一共", "总共",
        "上个", "上个月", "上月", "本月", "这个月", "当月", "今年", "去年", "前年", "明年", "今天", "昨天", "前天", "本周", "上周", "这周", "这个",
        "上季度", "本季度", "季度", "上半年", "下半年", "年", "月", "日", "天", "周", "号", "近", "最近", "过去", "以来", "至今", "当天", "期间",
        "同比", "环比", "年度", "月份", "每月", "每天", "每周", "第", "到",
    ], StringComparer.Ordinal);

    internal static readonly FrozenSet<string> EnglishStopWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "of", "in", "on", "at", "by", "for", "to", "from", "with", "and", "or", "vs", "versus",
        "what", "which", "who", "how", "much", "many", "is", "are", "was", "were", "be", "been", "do", "does", "did",
        "show", "me", "give", "tell", "list", "get", "our", "my", "we", "please", "i", "it", "its", "this", "that", "these",
        "last", "next", "previous", "past", "current", "so", "far", "ago", "since", "until", "between", "during",
        "day", "days", "daily", "week", "weeks", "weekly", "month", "months", "monthly", "quarter", "quarters", "quarterly",
        "year", "years", "yearly", "annual", "today", "yesterday", "ytd", "mtd", "qtd", "trend", "compare", "compared", "each",
    ], StringComparer.Ordinal);
}

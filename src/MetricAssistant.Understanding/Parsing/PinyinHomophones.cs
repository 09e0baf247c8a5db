using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Chinese names typed by sound with the wrong characters, as a pinyin input method's first choice puts them: 京冬 → 京东,
/// 华栋 → 华东, 抖因 → 抖音. A span no catalog term takes, whose characters read (tones aside) as a metric's name or synonym,
/// a dimension's name or one of its values, of the same length, is read as that name when exactly one name reads so. At least
/// one character must be the name's own (a whole term it holds counts: 订单树 → 订单数) and every other a real slip, never a question word (多, 的, 我们 of 我们店): 背景 is
/// no 北京. Built from the catalog's terms, so a new value or synonym is read the same way without a list.
/// </summary>
public sealed class PinyinHomophones
{
    // Characters that stand in questions for themselves, on top of the metric typo reader's common ones.
    private const string NeverSlips = "们这那哪它她他我你您其此些就都也还又很太更把被让给从向到过着";

    private readonly CatalogLexicon lexicon;
    private readonly Dictionary<string, List<(string Name, string Meaning)>> bySound = new(StringComparer.Ordinal);
    private readonly int[] lengths;

    public PinyinHomophones(CatalogLexicon lexicon)
    {
        this.lexicon = lexicon;
        foreach (var term in lexicon.Terms.Where(t => t.Length >= 2 && t.All(TextNormalizer.IsCjk)))
        {
            var entries = lexicon.Lookup(term);
            if (entries.Count == 0 || entries.Any(e => e.Kind is not (TermKind.Metric or TermKind.AmbiguousMetric or TermKind.DimensionValue or TermKind.Dimension))) continue;
            if (ChinesePinyin.Key(term) is not { } key) continue;
            if (!bySound.TryGetValue(key, out var names)) bySound[key] = names = [];
            names.Add((term, string.Join(";", entries.Select(e => $"{e.Kind}:{e.Id}:{e.Code}").Order(StringComparer.Ordinal))));
        }
        lengths = [.. bySound.Values.SelectMany(n => n).Select(n => n.Name.Length).Distinct().OrderDescending()];
    }

    /// <summary>A span read as the name it sounds like.</summary>
    public sealed record Reading(int Start, string Typed, string Meant);

    /// <summary>The text with each span typed by sound written as the name it stands for (same length), and those readings.</summary>
    public (string Text, IReadOnlyList<Reading> Readings) Read(string text)
    {
        if (lengths.Length == 0 || !text.Any(TextNormalizer.IsCjk)) return (text, []);
        var terms = LexiconScanner.Scan(lexicon, text);
        var taken = new bool[text.Length];
        var readings = new List<Reading>();
        foreach (var length in lengths)
        {
            for (var i = 0; i + length <= text.Length; i++)
            {
                // A span may hold a whole term and the slip beside it (订单树 → 订单数), never cut through one or lie inside one.
                if (Array.IndexOf(taken, true, i, length) >= 0
                    || terms.Any(m => m.Start < i + length && m.End > i && (m.Start < i || m.End > i + length))) continue;
                var window = text.AsSpan(i, length);
                if (window.ContainsAnyExceptInRange('\u4e00', '\u9fff') || ChinesePinyin.Key(window) is not { } key
                    || !bySound.TryGetValue(key, out var names)) continue;
                var typed = window.ToString();
                if (lexicon.Lookup(typed).Count > 0 || Meant(typed, names) is not { } meant) continue;
                readings.Add(new Reading(i, typed, meant));
                Array.Fill(taken, true, i, length);
            }
        }
        if (readings.Count == 0) return (text, []);
        var chars = text.ToCharArray();
        foreach (var r in readings) r.Meant.CopyTo(0, chars, r.Start, r.Meant.Length);
        readings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (new string(chars), readings);
    }

    // The one name the span sounds like, when all names that sound so mean one thing and the span is a slip of it.
    private static string? Meant(string typed, List<(string Name, string Meaning)> names)
    {
        if (names.Select(n => n.Meaning).Distinct(StringComparer.Ordinal).Count() != 1) return null;
        foreach (var (name, _) in names)
        {
            var kept = 0;
            var slips = true;
            for (var k = 0; k < name.Length; k++)
            {
                if (name[k] == typed[k]) kept++;
                else slips &= ChineseTypoMatcher.Typo(typed[k]) && !NeverSlips.Contains(typed[k]);
            }
            if (kept > 0 && slips) return name;
        }
        return null;
    }
}

using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Cities named by their one-character short forms, several in a row: "广深两地" (广州 and 深圳), "京津", "成渝", "北上广深".
/// Written out before the question is read ("广州和深圳"), so the values are read as any named city, a filter or, when the
/// question compares them, a split; a following 两地 / 三地 / 地区 / 一带 is part of the run. The forms are data
/// (city-short-forms.txt); a city is read only when it is a value of the catalog, and never inside a catalog term or an
/// ordinary word of the table's list (上个月, 深度, 广告, 成交, 京东 stay as they are).
/// </summary>
public sealed class CityShortForms
{
    private static readonly string[] GroupWords = ["两个城市", "三个城市", "四个城市", "两地", "三地", "四地", "两城", "三城", "两市", "三市", "地区", "一带", "等地"];
    private readonly Dictionary<char, string> forms;
    private readonly string[] notWords;
    private readonly CatalogLexicon lexicon;

    public CityShortForms(SemanticCatalog catalog, CatalogLexicon lexicon)
    {
        this.lexicon = lexicon;
        var values = catalog.Dimensions.Values.SelectMany(d => d.Values).Select(v => v.Name.Zh).ToHashSet(StringComparer.Ordinal);
        forms = [];
        var not = new List<string>();
        foreach (var line in WordTable.ReadEmbedded("city-short-forms.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new InvalidOperationException($"city-short-forms.txt: '{line}' has no 'city:'");
            var head = line[..colon].Trim();
            var words = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (head == "not") not.AddRange(words);
            else if (values.Contains(head))
                foreach (var form in words.Where(w => w.Length == 1)) forms.TryAdd(form[0], head);
        }
        notWords = [.. not.OrderByDescending(w => w.Length)];
    }

    /// <summary>The text with each run of city short forms written out as the cities; the same string when there is none.</summary>
    public string Read(string text)
    {
        if (!HasPair(text)) return text;
        var blocked = new bool[text.Length];
        foreach (var word in notWords)
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
                Array.Fill(blocked, true, i, word.Length);
        foreach (var term in LexiconScanner.Scan(lexicon, text).Where(m => m.Length > 1)) Array.Fill(blocked, true, term.Start, term.Length);
        StringBuilder? read = null;
        var at = 0;
        while (at < text.Length)
        {
            var cities = Run(text, blocked, at);
            if (cities.Count < 2)
            {
                read?.Append(text[at]);
                at++;
                continue;
            }
            read ??= new StringBuilder(text, 0, at, text.Length + 16);
            read.Append(cities.Count == 2 ? $"{cities[0]}和{cities[1]}" : $"{string.Join('、', cities.Take(cities.Count - 1))}和{cities[^1]}");
            at += cities.Count;
            if (GroupWords.FirstOrDefault(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0) is { } group) at += group.Length;
        }
        return read?.ToString() ?? text;
    }

    // The cities of the run of short forms starting at `start`: each a different one, at most four.
    private List<string> Run(string text, bool[] blocked, int start)
    {
        var cities = new List<string>();
        for (var i = start; i < text.Length && cities.Count < 4 && !blocked[i] && forms.TryGetValue(text[i], out var city) && !cities.Contains(city); i++)
            cities.Add(city);
        return cities;
    }

    private bool HasPair(string text)
    {
        for (var i = 1; i < text.Length; i++)
            if (forms.ContainsKey(text[i]) && forms.ContainsKey(text[i - 1])) return true;
        return false;
    }
}

using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Concepts;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// "Now give me the finance definition instead", "the paid definition", "用运营的口径" after a GMV question: a definition named by
/// its owner or by the word that sets it apart in its family is the variant of the metric just asked, the rest of the question
/// kept. Owners and words come from the catalog's definition families (<see cref="VariantFamilies"/>), never from a list.
/// </summary>
public sealed partial class DefinitionSwitch(SemanticCatalog catalog)
{
    private readonly VariantFamilies families = new(catalog, ConceptVocabulary.Default);

    // What says a definition is meant, not a value or a department's own number: "definition", "version", "口径", "算法", "那套".
    [GeneratedRegex(@"口径|算法|那套|这套|版本|(?<![a-z0-9])(definition|definitions|version|numbers?|methodology|way of counting|one)(?![a-z0-9])")]
    private static partial Regex DefinitionWord();

    /// <summary>The one variant of the previous metric's family the question names by owner or distinguishing word, or null.</summary>
    public string? Of(IReadOnlyList<string> previous, string text)
    {
        if (previous is not [var metric] || !families.FamilyOf.TryGetValue(metric, out var key) || !families.DeclaredFamilies.Contains(key)) return null;
        if (!DefinitionWord().IsMatch(text)) return null;
        // "not the finance one", "不要财务口径": a definition ruled out is no switch to it (the negation reader offers the others).
        if (ConceptVocabulary.Default.Negations.Any(n => Holds(text, n))) return null;
        var members = families.MembersOf[key];
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, id) in families.Owners.Concat(families.OwnerRefs.Select(r => (r.Key, r.Value))))
            if (members.Contains(id) && Holds(text, word)) named.Add(id);
        foreach (var (word, ids) in families.Qualifiers)
            if (Holds(text, word)) named.UnionWith(ids.Where(members.Contains));
        return named.Count == 1 ? named.Single() : null;
    }

    /// <summary>
    /// Whether a value's <paramref name="word"/> names a team ("the e-commerce team's") or a department's definition ("电商的口径"), not
    /// the value: a team word follows, or the word is a definition's owner and a definition word follows.
    /// </summary>
    public bool NamesAnOwner(string word, string textAfter) =>
        Team().IsMatch(textAfter) || families.OwnerRefs.ContainsKey(word.Trim()) && OwnersDefinition().IsMatch(textAfter);

    [GeneratedRegex(@"^\s*(的|'s)?\s*(口径|算法|那套|版本|definition|version|numbers?|one)(?![a-z0-9])")]
    private static partial Regex OwnersDefinition();

    [GeneratedRegex(@"^\s*('s\s+)?(team|teams|team's|department|dept|部门|团队|那边)(?![a-z0-9])")]
    private static partial Regex Team();

    private static bool Holds(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + word.Length;
            var before = at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]) || !char.IsAsciiLetterOrDigit(word[0]);
            var after = end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]) || !char.IsAsciiLetterOrDigit(word[^1]);
            if (before && after) return true;
            at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
        }
        return false;
    }
}

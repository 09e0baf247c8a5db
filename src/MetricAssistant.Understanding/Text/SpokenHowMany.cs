using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Text;

/// <summary>
/// 好多 asked as 多少, as Sichuan and the Southwest say it: 卖了好多单？ 来了好多人？ Only in a clause that ends in a
/// question mark, after at most a measure word and a particle; a statement's 好多 ("a lot") and 好多了 ("much better")
/// stay as they are. Same length, so every position read in the question is kept.
/// </summary>
public static partial class SpokenHowMany
{
    /// <summary>The text with each questioned 好多 read as 多少; the same string when there is none.</summary>
    public static string Read(string text) => text.Contains("好多", StringComparison.Ordinal) ? Asked().Replace(text, "多少") : text;

    [GeneratedRegex(@"好多(?!了)(?=[\p{IsCJKUnifiedIdeographs}A-Za-z0-9 ]{0,5}[?？])", RegexOptions.CultureInvariant)]
    private static partial Regex Asked();
}

using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Coverage;

/// <summary>
/// The last step of reading: every part of the question must have been taken by some step (metric,
/// value, dimension, time, grain, ranking, comparison, a concept) or be filler. What is left and means
/// something — two Chinese characters or more, or a Latin word of three letters or more that is no
/// filler — is returned, so that the answer can say it was not understood rather than drop it.
/// </summary>
public sealed partial class CoverageCheck(FillerWords filler)
{
    // Runs of text between consumed parts and punctuation.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]+|[a-z][a-z'\-]*")]
    private static partial Regex Piece();

    public IReadOnlyList<string> Leftovers(string text, IEnumerable<ConsumedSpan> consumed)
    {
        var chars = text.ToCharArray();
        foreach (var span in consumed)
        {
            var start = Math.Clamp(span.Start, 0, chars.Length);
            Array.Fill(chars, ' ', start, Math.Clamp(span.Length, 0, chars.Length - start));
        }
        var rest = filler.BlankChinese(new string(chars));
        var leftovers = new List<string>();
        var latinRun = new List<string>();
        var lastEnd = -1;
        foreach (Match m in Piece().Matches(rest))
        {
            var word = m.Value.Trim('\'', '-');
            if (word.Any(TextNormalizer.IsCjk))
            {
                Flush();
                if (word.Length >= 2) leftovers.Add(word);
                continue;
            }
            var meaningful = word.Length >= 3 && !filler.IsLatinFiller(word);
            // Neighbouring Latin words left over are one phrase ("gross sales"), as the asker wrote them.
            if (!meaningful || lastEnd >= 0 && rest[lastEnd..m.Index].Trim().Length > 0) Flush();
            if (meaningful)
            {
                latinRun.Add(word);
                lastEnd = m.Index + m.Length;
            }
        }
        Flush();
        return leftovers.Distinct(StringComparer.Ordinal).ToArray();

        void Flush()
        {
            if (latinRun.Count > 0) leftovers.Add(string.Join(' ', latinRun));
            latinRun.Clear();
            lastEnd = -1;
        }
    }
}

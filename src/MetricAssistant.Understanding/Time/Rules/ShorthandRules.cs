using System.Text.RegularExpressions;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Chat shorthand for the periods counted from today: lw / tw (last / this ISO week), lm / tm (last / this month),
/// lq / tq, ly (last year), yday / yest / ytday (yesterday), tdy (today). Each is a token of its own: never inside a
/// word ("flw", "atm", "only"), nor joined by a hyphen, apostrophe or dot ("t-m", "y'day"). "vs lm" / "vs ly" are
/// comparisons (<see cref="ComparisonRules"/>), not periods.
/// </summary>
internal static partial class ShorthandRules
{
    /// <summary>As their long forms (<see cref="RelativePeriodRules"/>).</summary>
    private const int Priority = 2;

    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in Token.Matches(text))
        {
            var word = m.Groups["w"].Value;
            if (word is "yday" or "yest" or "ytday" or "tdy")
            {
                var offset = word == "tdy" ? 0 : -1;
                found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(today.AddDays(offset))) with
                {
                    Priority = Priority, IsToday = offset == 0,
                });
                continue;
            }
            var shift = word[0] == 'l' ? -1 : 0;
            var unit = word[1] switch { 'w' => TimeUnit.Week, 'm' => TimeUnit.Month, 'q' => TimeUnit.Quarter, _ => TimeUnit.Year };
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, RelativePeriodRules.Shift(today, unit, shift)) with { Priority = Priority });
        }
    }

    // tm and ly, words of their own elsewhere ("这tm", "family"), only between spaces or punctuation. A token alone ("tdy's" its possessive): not inside a word or number, not joined by - ' . / &, and not after a comparison word ("vs ly").
    [GeneratedRegex(@"(?<![a-z0-9'’./&-])(?<!(?:vs\.?|versus|against|than|compared\s+(?:to|with)|over|on)\s+)(?:(?<w>lw|tw|lm|lq|tq|yday|yest|ytday|tdy)|(?<![^\s,;:!?(（，])(?<w>tm|ly)(?=$|['’\s,.;:!?)）？，。]))(?:['’]s)?(?![a-z0-9'’&-])(?!\.[a-z0-9])", Options, TimeoutMs)]
    private static partial Regex Token { get; }
}

using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// 年初, 这阵子, 这几天, 前段时间, "lately": words that say a period is meant without saying which. When nothing else in
/// the question names the period, the answer asks for it instead of answering for a default window silently.
/// (年初至今 / 年初到现在 are year-to-date, a range the time reader resolves, and never reach here.)
/// </summary>
public static partial class VaguePeriodWords
{
    [GeneratedRegex(@"(?<!\d)年初(?!至今|到现在|到今天|到目前|以来|开始|起|至|到)|这阵子|這陣子|前阵子|前陣子|那阵子|这段时间|這段時間|前段时间|前段時間|最近这段时间|这几天|這幾天|那几天|那幾天|\blately\b|\bof late\b|\bthese days\b")]
    private static partial Regex Vague();

    /// <summary>The first vague period word of the question, or null.</summary>
    public static string? Find(string text) => Vague().Match(text) is { Success: true } m ? m.Value : null;
}

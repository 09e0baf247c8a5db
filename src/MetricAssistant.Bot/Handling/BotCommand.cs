using System.Net;
using System.Text.RegularExpressions;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// A Teams message as a command or a question. Mentions and markup are removed first:
/// <c>&lt;at&gt;Metric Assistant&lt;/at&gt; 定义 客单价</c> → Define("客单价").
/// </summary>
public sealed partial record BotCommand(BotCommandKind Kind, string Text)
{
    public static BotCommand Parse(string? raw)
    {
        var text = Clean(raw);
        if (text.Length == 0) return new BotCommand(BotCommandKind.Empty, "");
        var lower = text.ToLowerInvariant().TrimEnd('?', '？', '!', '！', '.', '。');
        if (lower is "help" or "帮助" or "/help" or "?" or "？" or "使用说明" or "怎么用" or "hi" or "hello" or "你好")
            return new BotCommand(BotCommandKind.Help, text);
        if (lower is "指标列表" or "list metrics" or "metrics" or "list" or "/metrics" or "所有指标" or "有哪些指标" or "都有哪些指标" or "指标目录")
            return new BotCommand(BotCommandKind.ListMetrics, text);
        if (DefinePattern().Match(text) is { Success: true } match && match.Groups["term"].Value.Trim() is { Length: > 0 } term)
            return new BotCommand(BotCommandKind.Define, term.TrimEnd('?', '？', '。', '.'));
        return new BotCommand(BotCommandKind.Question, text);
    }

    /// <summary>Teams sends mentions and some formatting as markup; only the words matter here.</summary>
    private static string Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var text = MentionPattern().Replace(raw, " ");
        text = TagPattern().Replace(text, " ");
        text = WebUtility.HtmlDecode(text).Replace('\u00a0', ' ');
        return SpacePattern().Replace(text, " ").Trim();
    }

    // "定义 客单价", "定义：客单价", "define aov", "definition of aov", "口径 GMV", "什么是客单价"
    [GeneratedRegex(@"^(?:(?:定义|口径|指标定义)\s*[:：]?\s*|(?:define|definition(?:\s+of)?)\s*[:：]?\s+|什么是)(?<term>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DefinePattern();

    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}

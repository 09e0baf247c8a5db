namespace MetricAssistant.Bot.Cards;

/// <summary>The card's words in Chinese and English; the language is the question's (or the sender's locale).</summary>
public sealed record CardText(bool Zh)
{
    public static CardText For(string language) => new(language.StartsWith("zh", StringComparison.OrdinalIgnoreCase));

    public string Language => Zh ? "zh" : "en";
    public string Official => Zh ? "✅ 官方口径" : "✅ Official definition";
    public string NotOfficial => Zh ? "变体口径" : "Variant definition";
    public string Definition => Zh ? "口径" : "Definition";
    public string Version => Zh ? "版本" : "Version";

    /// <summary>The version an answer was computed with: "v3", or "v2（当前为v3）" / "v2 (current: v3)" when an earlier one was pinned.</summary>
    public string VersionUsed(int version, int? current) => current is { } now && now != version
        ? Zh ? $"v{version}（当前为v{now}）" : $"v{version} (current: v{now})"
        : $"v{version}";
    public string Owner => Zh ? "负责人" : "Owner";
    public string Status => Zh ? "状态" : "Status";
    public string Scope => Zh ? "数据范围（按你的权限）" : "Scope (from your permissions)";
    public string ShowSql => Zh ? "查看SQL" : "Show SQL";
    public string Helpful => Zh ? "👍 有用" : "👍 Helpful";
    public string NotHelpful => Zh ? "👎 不准确" : "👎 Not right";
    public string CommentPlaceholder => Zh ? "哪里不对？（可选）" : "What was wrong? (optional)";
    public string Send => Zh ? "提交" : "Send";
    public string Choose => Zh ? "请选择你要的指标：" : "Which one do you mean?";
    public string Nearest => Zh ? "相近的指标：" : "Closest metrics:";
    public string Variants => Zh ? "其他口径" : "Other definitions";
    public string ChartAlt => Zh ? "图表" : "Chart";
    public string ThanksFeedback => Zh ? "谢谢反馈，已转给指标负责人。" : "Thanks, your feedback reached the metric's owners.";
    public string Examples => Zh ? "可以这样问：" : "Try asking:";
    public string Define => Zh ? "看定义" : "Definition";
    public string Domain => Zh ? "领域" : "Domain";
    public string Synonyms => Zh ? "同义词" : "Synonyms";
    public string Question => Zh ? "回答的问题" : "Answers";
    public string DefaultWindow => Zh ? "默认时间窗" : "Default window";
    public string TypicalQuestions => Zh ? "典型问题" : "Typical questions";
    public string RequestMetric => Zh ? "📝 提报这个指标" : "📝 Request this metric";
    public string RequestHint => Zh ? "没有你要的指标？提报给指标负责人：" : "Not the metric you wanted? Request it from the metric owners:";

    public string MoreRows(int shown, int total) => Zh ? $"仅显示前{shown}行，共{total}行。" : $"Showing {shown} of {total} rows.";
}

namespace MetricAssistant.Evals.Scoring;

/// <summary>How many of <see cref="Total"/> cases were right; <see cref="Value"/> is null when none were measured.</summary>
public sealed record Rate(int Right, int Total)
{
    public static readonly Rate Empty = new(0, 0);

    public double? Value => Total == 0 ? null : (double)Right / Total;

    public static Rate Of(IEnumerable<bool?> judgments)
    {
        var right = 0;
        var total = 0;
        foreach (var judgment in judgments)
        {
            if (judgment is not { } value) continue;
            total++;
            if (value) right++;
        }
        return new Rate(right, total);
    }

    /// <summary>"93.5% (187/200)", or "n/a" when nothing was measured.</summary>
    public string Format() => Value is { } v ? $"{v * 100:0.0}% ({Right}/{Total})" : "n/a";

    /// <summary>"93.5%", or "n/a".</summary>
    public string Percent() => Value is { } v ? $"{v * 100:0.0}%" : "n/a";
}

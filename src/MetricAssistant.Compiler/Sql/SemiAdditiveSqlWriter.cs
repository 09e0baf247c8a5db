using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// A semi-additive measure (a balance, a headcount) cannot be summed over time: it is aggregated per snapshot first,
/// then across the snapshots of each period, or at the period's end the last snapshot the period has.
/// </summary>
internal sealed class SemiAdditiveSqlWriter(QueryPlan plan)
{
    /// <param name="perSnapshot">The component's SELECT, grouped by its keys and its snapshot column.</param>
    /// <param name="keys">The component's key names, without the snapshot.</param>
    public string Write(string perSnapshot, IReadOnlyList<string> keys, SemiAdditive semi)
    {
        var outer = new StringBuilder("SELECT ");
        // The measure's own choice (MetricFlow's window_choice) wins; "at: period_end" asks an averaged snapshot for its last one.
        var choice = semi.Choice ?? (plan.At == ValueAt.PeriodEnd ? WindowChoice.Max : (WindowChoice?)null);
        if (choice is { } chosen)
        {
            // Per period of a trend; MAX keeps the one value and its type.
            var partition = plan.Grain is null ? "" : "PARTITION BY period";
            var (pick, alias) = chosen == WindowChoice.Min ? ("MIN", "first_snapshot") : ("MAX", "last_snapshot");
            outer.AppendJoin(", ", keys.Append("MAX(v) AS v"));
            outer.Append($"\n  FROM (SELECT snapshots.*, {pick}(snapshot) OVER (").Append(partition).Append($") AS {alias}")
                .Append("\n  FROM (").Append(perSnapshot).Append(") AS snapshots) AS ranked\n  WHERE snapshot = ").Append(alias);
        }
        else
        {
            outer.AppendJoin(", ", keys.Append($"{MeasureSqlWriter.Apply(semi.PeriodAggregation, "v")} AS v"));
            outer.Append("\n  FROM (").Append(perSnapshot).Append(") AS snapshots");
        }
        if (keys.Count > 0) outer.Append("\n  GROUP BY ").AppendJoin(", ", keys);
        return outer.ToString();
    }
}

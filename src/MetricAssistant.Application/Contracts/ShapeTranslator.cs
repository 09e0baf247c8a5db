using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Contracts;

/// <summary>The contract's entities, time groups and metric conditions to and from the query model; shape errors only (the compiler checks names).</summary>
internal static class ShapeTranslator
{
    public static (IReadOnlyList<TimeGroup>? Groups, ErrorDto? Error) TimeGroups(IReadOnlyList<TimeGroupDto?>? dtos)
    {
        if (dtos is null || dtos.Count == 0) return (null, null);
        if (dtos.Count > QueryTranslator.MaxListLength) return (null, Error("too_large", $"query.timeGroups may hold at most {QueryTranslator.MaxListLength} entries."));
        var groups = new List<TimeGroup>();
        foreach (var dto in dtos)
        {
            if (dto is null) return (null, Error("invalid_time_group", "A time group needs a grain or a part."));
            var hasGrain = !string.IsNullOrWhiteSpace(dto.Grain);
            var hasPart = !string.IsNullOrWhiteSpace(dto.Part);
            if (hasGrain == hasPart)
                return (null, Error("invalid_time_group", "A time group needs either a grain (day, week, month, quarter, year) or a part (year, quarter, month, day, dow, doy), not both."));
            TimeGrain? grain = null;
            if (hasGrain)
            {
                if (!Enum.TryParse<TimeGrain>(dto.Grain, ignoreCase: true, out var g) || int.TryParse(dto.Grain, out _))
                    return (null, Error("invalid_time_group", $"Unknown grain '{dto.Grain}'; use day, week, month, quarter or year."));
                grain = g;
            }
            var part = hasPart ? TimeGroup.ParsePart(dto.Part) : null;
            if (hasPart && part is null) return (null, Error("invalid_time_group", $"Unknown date part '{dto.Part}'; use year, quarter, month, day, dow or doy."));
            groups.Add(new TimeGroup(string.IsNullOrWhiteSpace(dto.TimeDimension) ? null : dto.TimeDimension.Trim(), grain, part));
        }
        return (groups, null);
    }

    public static (IReadOnlyList<MetricFilter>? Having, ErrorDto? Error) Having(IReadOnlyList<HavingDto?>? dtos)
    {
        if (dtos is null || dtos.Count == 0) return (null, null);
        if (dtos.Count > QueryTranslator.MaxListLength) return (null, Error("too_large", $"query.having may hold at most {QueryTranslator.MaxListLength} conditions."));
        var having = new List<MetricFilter>();
        foreach (var dto in dtos)
        {
            if (dto is null || string.IsNullOrWhiteSpace(dto.Metric) || dto.Value is null)
                return (null, Error("invalid_having", "Each having condition needs a metric, an op and a numeric value."));
            var op = dto.Op?.Trim().ToLowerInvariant() switch
            {
                ">" or "gt" => MetricFilterOperator.Gt,
                ">=" or "ge" => MetricFilterOperator.Ge,
                "<" or "lt" => MetricFilterOperator.Lt,
                "<=" or "le" => MetricFilterOperator.Le,
                "=" or "eq" => MetricFilterOperator.Eq,
                "!=" or "<>" or "ne" => MetricFilterOperator.Ne,
                _ => (MetricFilterOperator?)null,
            };
            if (op is null) return (null, Error("invalid_having", $"Unknown op '{dto.Op}'; use >, >=, <, <=, = or !=."));
            having.Add(new MetricFilter(dto.Metric.Trim(), op.Value, dto.Value.Value));
        }
        return (having, null);
    }

    public static IReadOnlyList<TimeGroupDto>? ToDto(IReadOnlyList<TimeGroup> groups) => groups.Count == 0 ? null
        : groups.Select(g => new TimeGroupDto(g.TimeDimension, g.Grain?.ToString().ToLowerInvariant(), g.Part is { } p ? TimeGroup.PartWord(p) : null)).ToArray();

    public static IReadOnlyList<HavingDto>? ToDto(IReadOnlyList<MetricFilter> having) => having.Count == 0 ? null
        : having.Select(h => new HavingDto(h.Metric, h.Operator switch
        {
            MetricFilterOperator.Gt => ">",
            MetricFilterOperator.Ge => ">=",
            MetricFilterOperator.Lt => "<",
            MetricFilterOperator.Le => "<=",
            MetricFilterOperator.Eq => "=",
            _ => "!=",
        }, h.Value)).ToArray();

    private static ErrorDto Error(string code, string message) => new(code, message, []);
}

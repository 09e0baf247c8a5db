using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// What differs between engines. The renderer writes standard SQL through these members only, so a
/// new engine is one subclass.
/// </summary>
public abstract class SqlDialect
{
    public abstract string Name { get; }

    /// <summary>The placeholder of a bound parameter named <paramref name="name"/>.</summary>
    public abstract string Parameter(string name);

    /// <summary>
    /// Every identifier is quoted, always: the catalog's names are exact (case, reserved words such as "order", spaces),
    /// and the SQL reads the same for every name. Standard SQL: double quotes, an embedded quote doubled.
    /// </summary>
    public virtual string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>A model's table: each part quoted, joined by dots ("dwd"."orders", "analytics"."dwd"."orders").</summary>
    public virtual string Table(TableName table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return string.Join('.', table.Parts.Select(Quote));
    }

    public virtual string DateTrunc(TimeGrain grain, string expression) => $"date_trunc('{GrainUnit(grain)}', {expression})";

    /// <summary>A calendar part as a BIGINT: ISO day of week (Monday 1 … Sunday 7), day of year, day, month, quarter, year.</summary>
    public virtual string DatePart(QueryModel.DatePart part, string expression) => ToBigInt($"EXTRACT({DatePartUnit(part)} FROM {expression})");

    protected static string DatePartUnit(QueryModel.DatePart part) => part switch
    {
        QueryModel.DatePart.DayOfWeek => "isodow",
        QueryModel.DatePart.DayOfYear => "doy",
        _ => part.ToString().ToLowerInvariant(),
    };

    public virtual string ToDate(string expression) => $"CAST({expression} AS DATE)";

    public virtual string ToTimestamp(string expression) => $"CAST({expression} AS TIMESTAMP)";

    public virtual string ToDouble(string expression) => $"CAST({expression} AS DOUBLE PRECISION)";

    public virtual string ToBigInt(string expression) => $"CAST({expression} AS BIGINT)";

    /// <summary><paramref name="interval"/> is trusted text such as "3 months" or "7 days".</summary>
    public virtual string AddInterval(string expression, string interval) => $"{expression} + INTERVAL '{interval}'";

    /// <summary><paramref name="interval"/> is trusted text such as "7 days"; a DATE minus an interval is a TIMESTAMP in both engines.</summary>
    public virtual string SubtractInterval(string expression, string interval) => $"{expression} - INTERVAL '{interval}'";

    /// <summary>A table of timestamps named <paramref name="column"/> from first to last inclusive, one interval apart.</summary>
    public virtual string Series(string first, string last, string interval, string alias, string column) =>
        $"generate_series({ToTimestamp(first)}, {ToTimestamp(last)}, INTERVAL '{interval}') AS {alias}({column})";

    public virtual string NullSafeEquals(string left, string right) => $"{left} IS NOT DISTINCT FROM {right}";

    /// <summary>One ORDER BY term, nulls last in either direction (an engine without NULLS LAST sorts on "x IS NULL" first).</summary>
    public virtual string OrderTerm(string expression, bool descending) => $"{expression} {(descending ? "DESC" : "ASC")} NULLS LAST";

    /// <summary>The clause after ORDER BY that keeps the first <paramref name="count"/> rows (a bound parameter's placeholder).</summary>
    public virtual string Limit(string count) => "LIMIT " + count;

    /// <summary>
    /// The ordered-set aggregate of <paramref name="argument"/> at <paramref name="fraction"/> (0.5 is the median): interpolated
    /// between the two nearest values, or with <paramref name="discrete"/> the first value at or past it. Standard SQL's form.
    /// </summary>
    public virtual string Percentile(string argument, decimal fraction, bool discrete) =>
        $"PERCENTILE_{(discrete ? "DISC" : "CONT")}({fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}) WITHIN GROUP (ORDER BY {argument})";

    public virtual string StringLiteral(string value) => "'" + value.Replace("'", "''") + "'";

    protected static string GrainUnit(TimeGrain grain) => grain.ToString().ToLowerInvariant();
}

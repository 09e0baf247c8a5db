using System.Globalization;

namespace MetricAssistant.Infrastructure;

/// <summary>
/// Times as the SQL stores keep them: SQLite as fixed-width ISO text in UTC (so text order is time order),
/// PostgreSQL as timestamptz (read back as UTC DateTimes).
/// </summary>
internal static class SqlTime
{
    private const string SqliteFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Sqlite(DateTimeOffset time) => time.UtcDateTime.ToString(SqliteFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseSqlite(string text) =>
        DateTimeOffset.ParseExact(text, SqliteFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>A time column's value as either store returns it.</summary>
    public static DateTimeOffset Read(object value) => value switch
    {
        string text => ParseSqlite(text),
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        _ => throw new InvalidOperationException($"unexpected time value of type {value.GetType().Name}"),
    };
}

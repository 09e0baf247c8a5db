using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Learning;

namespace MetricAssistant.Infrastructure.Learning;

/// <summary>
/// The schema both stores share: <c>learned_examples</c>, one row per question (normalised) and metrics, with
/// the count of sightings, the first and last asker and the review; and <c>learned_example_sightings</c>,
/// every sighting as it came (who, when, how, the query), so nothing recorded is lost to the count.
/// Metric lists and queries are kept as the contract's JSON.
/// </summary>
internal static class ExampleTable
{
    public const string Examples = "learned_examples";
    public const string Sightings = "learned_example_sightings";

    /// <summary>A new example, or one more sighting of the same one (its status left as it is); returns its id.</summary>
    public const string Upsert = $"""
        INSERT INTO {Examples} (fingerprint, question, metrics_json, query_json, origin, status, count, first_user, first_seen, last_user, last_seen)
        VALUES (@Fingerprint, @Question, @MetricsJson, @QueryJson, @Origin, 'pending', 1, @UserId, @Time, @UserId, @Time)
        ON CONFLICT (fingerprint) DO UPDATE SET count = {Examples}.count + 1, last_user = excluded.last_user, last_seen = excluded.last_seen
        RETURNING id
        """;

    public const string InsertSighting =
        $"INSERT INTO {Sightings} (example_id, question, user_id, seen_at, origin, query_json) VALUES (@ExampleId, @Question, @UserId, @Time, @Origin, @QueryJson)";

    public const string Select =
        $"SELECT id AS Id, question AS Question, metrics_json AS MetricsJson, query_json AS QueryJson, origin AS Origin, status AS Status, count AS Count, " +
        $"first_user AS FirstUser, first_seen AS FirstSeen, last_user AS LastUser, last_seen AS LastSeen, reviewed_by AS ReviewedBy, reviewed_at AS ReviewedAt FROM {Examples}";

    public const string SelectSightings =
        $"SELECT s.question AS Question, e.metrics_json AS MetricsJson, s.query_json AS QueryJson, s.origin AS Origin, s.user_id AS UserId, s.seen_at AS SeenAt " +
        $"FROM {Sightings} s JOIN {Examples} e ON e.id = s.example_id WHERE s.example_id = @Id ORDER BY s.seen_at, s.id";

    public const string Review = $"UPDATE {Examples} SET status = @Status, reviewed_by = @Reviewer, reviewed_at = @Time WHERE id = @Id";

    public static readonly string[] Indexes =
    [
        $"CREATE INDEX IF NOT EXISTS ix_learned_examples_status ON {Examples} (status, last_seen, id)",
        $"CREATE INDEX IF NOT EXISTS ix_learned_examples_last_seen ON {Examples} (last_seen, id)",
        $"CREATE INDEX IF NOT EXISTS ix_learned_example_sightings_example ON {Sightings} (example_id, seen_at)",
    ];

    public static string Name(ExampleStatus status) => status.ToString().ToLowerInvariant();

    public static string Name(ExampleOrigin origin) => origin.ToString().ToLowerInvariant();

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ContractJson.Options);

    public static object Parameters<TTime>(ExampleSighting sighting, TTime time) => new
    {
        sighting.Fingerprint,
        sighting.Question,
        MetricsJson = Json(sighting.Metrics),
        QueryJson = Json(sighting.Query),
        Origin = Name(sighting.Origin),
        sighting.UserId,
        Time = time,
    };

    /// <summary>SQLite keeps times as fixed-width ISO text in UTC, so text order is time order.</summary>
    public static string SqliteTime(DateTimeOffset time) => SqlTime.Sqlite(time);

    public static DateTimeOffset ParseSqliteTime(string text) => SqlTime.ParseSqlite(text);
}

/// <summary>A row as Dapper reads it; times come as text from SQLite and as UTC DateTimes from PostgreSQL.</summary>
internal sealed class ExampleRow
{
    public long Id { get; set; }
    public string Question { get; set; } = "";
    public string MetricsJson { get; set; } = "[]";
    public string QueryJson { get; set; } = "{}";
    public string Origin { get; set; } = "";
    public string Status { get; set; } = "";
    public long Count { get; set; }
    public string FirstUser { get; set; } = "";
    public object FirstSeen { get; set; } = "";
    public string LastUser { get; set; } = "";
    public object LastSeen { get; set; } = "";
    public string? ReviewedBy { get; set; }
    public object? ReviewedAt { get; set; }

    public LearnedExample ToExample() => new(
        Id,
        Question,
        JsonSerializer.Deserialize<string[]>(MetricsJson, ContractJson.Options) ?? [],
        JsonSerializer.Deserialize<QueryDto>(QueryJson, ContractJson.Options) ?? new QueryDto([]),
        Enum.Parse<ExampleOrigin>(Origin, ignoreCase: true),
        Enum.Parse<ExampleStatus>(Status, ignoreCase: true),
        checked((int)Count),
        FirstUser,
        Time(FirstSeen),
        LastUser,
        Time(LastSeen),
        ReviewedBy,
        ReviewedAt is { } reviewed and not DBNull ? Time(reviewed) : null);

    public static DateTimeOffset Time(object value) => SqlTime.Read(value);
}

/// <summary>A sighting as Dapper reads it, with its example's question and metrics.</summary>
internal sealed class SightingRow
{
    public string Question { get; set; } = "";
    public string MetricsJson { get; set; } = "[]";
    public string QueryJson { get; set; } = "{}";
    public string Origin { get; set; } = "";
    public string UserId { get; set; } = "";
    public object SeenAt { get; set; } = "";

    public ExampleSighting ToSighting() => new(
        Question,
        JsonSerializer.Deserialize<string[]>(MetricsJson, ContractJson.Options) ?? [],
        JsonSerializer.Deserialize<QueryDto>(QueryJson, ContractJson.Options) ?? new QueryDto([]),
        Enum.Parse<ExampleOrigin>(Origin, ignoreCase: true),
        UserId,
        ExampleRow.Time(SeenAt));
}

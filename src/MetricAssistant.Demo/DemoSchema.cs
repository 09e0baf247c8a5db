using System.Text;

namespace MetricAssistant.Demo;

/// <summary>A column of a demo table: DuckDB type and nullability.</summary>
public sealed record DemoColumn(string Name, string Type, bool Nullable = false);

/// <summary>
/// A table of the demo warehouse. <paramref name="PrimaryKey"/> is enforced (the spec's pk columns);
/// <see cref="UniqueKey"/> is the natural key of tables the spec gives none: unique by construction and
/// checked by tests, but not indexed, because a composite ART index on millions of rows costs more to build
/// than generating the data and DuckDB's analytical queries do not use it.
/// </summary>
public sealed record DemoTable(string Name, IReadOnlyList<DemoColumn> Columns, IReadOnlyList<string> PrimaryKey)
{
    public IReadOnlyList<string> UniqueKey { get; init; } = PrimaryKey;

    /// <summary>CREATE TABLE without the primary key (added after the bulk load, which is much faster).</summary>
    internal string CreateSql()
    {
        var sql = new StringBuilder("CREATE TABLE ").Append(Name).Append(" (");
        sql.AppendJoin(", ", Columns.Select(c => $"{c.Name} {c.Type}{(c.Nullable ? "" : " NOT NULL")}"));
        return sql.Append(')').ToString();
    }

    internal string AddPrimaryKeySql() => $"ALTER TABLE {Name} ADD PRIMARY KEY ({string.Join(", ", PrimaryKey)})";
}

/// <summary>The demo warehouse schema (shared/specs/demo-domain.md). Names are a contract.</summary>
public static class DemoSchema
{
    private const string Money = "DECIMAL(12,2)";

    private static DemoColumn C(string name, string type, bool nullable = false) => new(name, type, nullable);

    public static IReadOnlyList<DemoTable> Tables { get; } =
    [
        new("regions", [C("region_code", "VARCHAR"), C("name_zh", "VARCHAR"), C("name_en", "VARCHAR")], ["region_code"]),
        new("stores",
        [
            C("store_id", "INTEGER"), C("store_name", "VARCHAR"), C("store_name_en", "VARCHAR"), C("city_zh", "VARCHAR"),
            C("city_en", "VARCHAR"), C("region_code", "VARCHAR"), C("store_type", "VARCHAR"), C("opened_on", "DATE"),
        ], ["store_id"]),
        new("channels", [C("channel_code", "VARCHAR"), C("name_zh", "VARCHAR"), C("name_en", "VARCHAR"), C("is_online", "BOOLEAN")], ["channel_code"]),
        new("products",
        [
            C("product_id", "INTEGER"), C("product_name", "VARCHAR"), C("category_code", "VARCHAR"), C("category_zh", "VARCHAR"),
            C("category_en", "VARCHAR"), C("unit_cost", Money), C("list_price", Money),
        ], ["product_id"]),
        new("customers", [C("customer_id", "INTEGER"), C("signup_date", "DATE"), C("region_code", "VARCHAR"), C("member_level", "VARCHAR")], ["customer_id"]),
        new("orders",
        [
            C("order_id", "INTEGER"), C("customer_id", "INTEGER"), C("store_id", "INTEGER"), C("channel_code", "VARCHAR"),
            C("order_time", "TIMESTAMP"), C("status", "VARCHAR"), C("order_amount", Money), C("discount_amount", Money),
            C("pay_amount", Money), C("paid_time", "TIMESTAMP", nullable: true),
        ], ["order_id"]),
        new("order_items",
        [
            C("order_id", "INTEGER"), C("line_no", "INTEGER"), C("product_id", "INTEGER"), C("quantity", "INTEGER"),
            C("unit_price", Money), C("line_amount", Money),
        ], []) { UniqueKey = ["order_id", "line_no"] },
        new("refunds", [C("refund_id", "INTEGER"), C("order_id", "INTEGER"), C("refund_time", "TIMESTAMP"), C("refund_amount", Money)], ["refund_id"]),
        new("appointments",
        [
            C("appointment_id", "INTEGER"), C("customer_id", "INTEGER"), C("store_id", "INTEGER"), C("created_time", "TIMESTAMP"),
            C("appointment_date", "DATE"), C("status", "VARCHAR"), C("order_id", "INTEGER", nullable: true),
        ], ["appointment_id"]),
        new("store_staff_monthly", [C("month", "DATE"), C("store_id", "INTEGER"), C("headcount", "INTEGER")], []) { UniqueKey = ["month", "store_id"] },
        new("store_traffic", [C("traffic_date", "DATE"), C("store_id", "INTEGER"), C("channel_code", "VARCHAR"), C("visitors", "INTEGER")], []) { UniqueKey = ["traffic_date", "store_id", "channel_code"] },
        new("demo_metadata", [C("key", "VARCHAR"), C("value", "VARCHAR")], ["key"]),
    ];

    /// <summary>The eleven tables of the spec (without <c>demo_metadata</c>).</summary>
    public static IReadOnlyList<string> DataTableNames { get; } = Tables.Select(t => t.Name).Where(n => n != "demo_metadata").ToArray();
}

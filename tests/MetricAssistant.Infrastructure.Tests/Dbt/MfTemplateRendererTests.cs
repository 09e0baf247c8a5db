using MetricAssistant.Compiler.Sql;
using MetricAssistant.Infrastructure.Dbt;

namespace MetricAssistant.Infrastructure.Tests.Dbt;

/// <summary>MetricFlow's check-query helpers, rendered as its CheckQueryHelpers do, per engine.</summary>
public sealed class MfTemplateRendererTests
{
    private readonly MfTemplateRenderer duck = new(DuckDbDialect.Instance, "main");
    private readonly MfTemplateRenderer postgres = new(PostgresDialect.Instance, "mf");

    [Fact]
    public void Time_constraint_ends_the_day_after_the_stop_date()
    {
        Assert.Equal("CAST(ds AS TIMESTAMP) >= CAST('2020-01-01' AS TIMESTAMP) AND CAST(ds AS TIMESTAMP) < CAST('2020-01-03' AS TIMESTAMP)",
            duck.Render("{{ render_time_constraint(\"ds\", \"2020-01-01\", \"2020-01-02\") }}"));
    }

    [Fact]
    public void Date_trunc_sub_and_types_follow_the_engine()
    {
        Assert.Equal("DATE_TRUNC('month', CAST(a.ds AS TIMESTAMP))", duck.Render("{{ render_date_trunc(\"a.ds\", TimeGranularity.MONTH) }}"));
        Assert.Equal("a.ds - INTERVAL 14 day", duck.Render("{{ render_date_sub(\"a\", \"ds\", 2, TimeGranularity.WEEK) }}"));
        Assert.Equal("a.ds - MAKE_INTERVAL(days => 14)", postgres.Render("{{ render_date_sub(\"a\", \"ds\", 2, TimeGranularity.WEEK) }}"));
        Assert.Equal("SELECT 1 FROM mf.fct_bookings", postgres.Render("SELECT 1 FROM {{ source_schema }}.fct_bookings"));
        Assert.Equal("DOUBLE PRECISION", postgres.Render("{{ double_data_type_name }}"));
        Assert.Equal("main.mf_time_spine", duck.Render("{{ mf_time_spine_source }}"));
    }

    [Fact]
    public void Dimension_templates_become_metricflow_references()
    {
        Assert.Equal("{{ Dimension('listing__country_latest') }} = 'us'",
            duck.Render("{{ render_dimension_template('country_latest', entity_path=['listing']) }} = 'us'"));
        Assert.Equal("{{ Dimension('booking__is_instant') }}", duck.Render("{{ render_dimension_template('booking__is_instant') }}"));
    }

    [Fact]
    public void An_unknown_helper_is_an_error_not_left_in_the_sql()
    {
        Assert.Throws<MfTemplateException>(() => duck.Render("SELECT {{ render_nothing_known() }}"));
    }
}

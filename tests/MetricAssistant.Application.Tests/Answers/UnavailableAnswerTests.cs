using System.Data.Common;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Tests.Governance.Lineage;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Application.Tests.Answers;

/// <summary>
/// Something an answer needs is down (issue #15, faults): a warehouse that cannot be reached gives
/// <c>warehouse_unavailable</c> and is audited; an audit trail that cannot be written withholds the answer
/// (<c>audit_unavailable</c>) — never an answer without its audit entry.
/// </summary>
public sealed class UnavailableAnswerTests
{
    private static readonly QueryRequest Gmv = new(new QueryDto(["gmv"], ["region"], TimeRange: new TimeRangeDto("2025-06-01", "2025-07-01")), "ceo", "2025-07-15T10:00:00");

    private static QueryService Service(IWarehouse warehouse, IAuditLog log)
    {
        var catalogs = new Fixed(TestRepository.Catalog);
        var context = new RequestContext(new OrganizationClock(TimeProvider.System, Options.Create(new OrganizationOptions())), Options.Create(new IdentityOptions()), catalogs);
        return new QueryService(catalogs, warehouse, context, new AnswerAudit(log, catalogs, TimeProvider.System));
    }

    [Fact]
    public async Task An_unreachable_warehouse_answers_warehouse_unavailable_and_the_refusal_is_audited()
    {
        var log = new ListAuditLog();
        var answer = await Service(new Warehouse(QueryOutcome.Unavailable), log).RunAsync(Gmv, CancellationToken.None);
        Assert.Equal(AnswerStatus.Unavailable, answer.Status);
        Assert.Equal("warehouse_unavailable", answer.Error?.Code);
        Assert.Empty(answer.Rows);
        Assert.Null(answer.Sql);
        Assert.Equal(["gmv"], answer.Query?.Metrics);
        var entry = Assert.Single(log.Entries);
        Assert.Equal((AnswerStatus.Unavailable, "warehouse_unavailable"), (entry.Status, entry.ErrorCode));
    }

    [Fact]
    public async Task When_the_audit_trail_cannot_be_written_the_answer_is_withheld_with_audit_unavailable()
    {
        var warehouse = new Warehouse(QueryOutcome.Completed);
        var answer = await Service(warehouse, new DownAuditLog()).RunAsync(Gmv, CancellationToken.None);
        Assert.Equal(1, warehouse.Runs);
        Assert.Equal(AnswerStatus.Unavailable, answer.Status);
        Assert.Equal("audit_unavailable", answer.Error?.Code);
        Assert.Empty(answer.Rows);
        Assert.Empty(answer.Columns);
        Assert.Null(answer.Sql);
        Assert.DoesNotContain("12345", answer.Message ?? "");
    }

    [Fact]
    public async Task A_working_audit_trail_lets_the_answer_through()
    {
        var log = new ListAuditLog();
        var answer = await Service(new Warehouse(QueryOutcome.Completed), log).RunAsync(Gmv, CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.NotEmpty(answer.Rows);
        Assert.Equal(AnswerStatus.Answered, Assert.Single(log.Entries).Status);
    }

    private sealed class Fixed(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current => catalog;
    }

    /// <summary>Ends every query with <paramref name="outcome"/>; a completed one has one row per region.</summary>
    private sealed class Warehouse(QueryOutcome outcome) : IWarehouse
    {
        public int Runs { get; private set; }

        public SqlDialect Dialect => DuckDbDialect.Instance;

        public int RowLimit => 10_000;

        public Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken)
        {
            Runs++;
            IReadOnlyList<IReadOnlyList<object?>> rows = outcome == QueryOutcome.Completed ? [["east", 12345.67m], ["south", 2345.6m]] : [];
            return Task.FromResult(new QueryResult(rows, outcome, TimeSpan.FromMilliseconds(1)));
        }
    }

    /// <summary>A store that is down: every write fails as a database driver fails.</summary>
    private sealed class DownAuditLog : IAuditLog
    {
        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => throw new StoreDown();

        public Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken) => throw new StoreDown();

        private sealed class StoreDown() : DbException("the audit store is down");
    }
}

using System.CommandLine;

namespace MetricAssistant.Cli.Commands;

/// <summary>The command tree: demo, query, catalog.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("MetricAssistant: governed metrics, answered.");
        root.Subcommands.Add(DemoCommand.Build());
        root.Subcommands.Add(QueryCommand.Build());
        root.Subcommands.Add(AskCommand.Build());
        root.Subcommands.Add(CatalogCommand.Build());
        root.Subcommands.Add(EvalCommand.Build());
        root.Subcommands.Add(AuditCommand.Build());
        root.Subcommands.Add(ExamplesCommand.Build());
        root.Subcommands.Add(TeamsCommand.Build());
        root.Subcommands.Add(TimeConformanceCommand.Build());
        return root;
    }
}

using System.Globalization;
using System.Text;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>
/// A compiled query against its reviewed snapshot under <c>Snapshots/</c>: the SQL, then each parameter. With
/// UPDATE_SNAPSHOTS=1 the snapshot is rewritten instead, to be reviewed in the diff.
/// </summary>
internal static class SqlSnapshot
{
    /// <param name="name">The snapshot's path below Snapshots/, without ".sql" (e.g. "qualified/gmv_by_region.duckdb").</param>
    public static void AssertMatches(CompiledQuery query, string name)
    {
        var actual = Render(query);
        var path = Path.Combine(TestRepository.Root, "tests", "MetricAssistant.Compiler.Tests", "Snapshots", name + ".sql");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot {path}; run the tests with UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string Render(CompiledQuery query)
    {
        var text = new StringBuilder(query.Sql.ReplaceLineEndings("\n")).Append("\n\n");
        foreach (var p in query.Parameters)
            text.Append("-- ").Append(p.Name).Append(" = ").Append(Convert.ToString(p.Value is DateTime d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : p.Value, CultureInfo.InvariantCulture)).Append('\n');
        return text.ToString();
    }
}

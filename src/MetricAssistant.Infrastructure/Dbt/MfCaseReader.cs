using System.Globalization;
using MetricAssistant.Catalog.Dbt.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>Reads every <c>itest_*.yaml</c> of a folder into cases; a file that cannot be read is a problem, not an exception.</summary>
public static class MfCaseReader
{
    public static (IReadOnlyList<MfCase> Cases, IReadOnlyList<string> Problems) ReadFolder(string directory)
    {
        var cases = new List<MfCase>();
        var problems = new List<string>();
        if (!Directory.Exists(directory)) return ([], [$"{directory}: folder does not exist"]);
        foreach (var path in Directory.EnumerateFiles(directory, "itest_*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(directory, path).Replace('\\', '/');
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(File.ReadAllText(path)));
                foreach (var root in stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>())
                    if (new DbtNode(file, root).Mapping("integration_test") is { } test) cases.Add(Read(test));
            }
            catch (Exception e) when (e is YamlException or IOException)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }
        return (cases, problems);
    }

    private static MfCase Read(DbtNode t)
    {
        var groupBys = t.Strings("group_bys").Select(g => new MfGroupBy(g, null, null)).ToList();
        if (t.Raw("group_by_objs") is YamlSequenceNode objects)
            foreach (var o in objects.Children.OfType<YamlMappingNode>().Select(m => new DbtNode(t.File, m)))
                groupBys.Add(new MfGroupBy(o.String("name") ?? "", o.String("grain"), o.String("date_part")));
        var constraint = t.Strings("time_constraint");
        return new MfCase(t.File, t.Line, t.String("name") ?? "", t.String("model") ?? "", t.Strings("metrics"), groupBys,
            constraint.Count == 2 ? (constraint[0], constraint[1]) : null, t.String("where_filter"), t.Strings("order_bys"),
            t.String("limit") is { } limit && int.TryParse(limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            t.String("check_query") ?? "")
        {
            CheckOrder = Flag(t, "check_order"),
            AllowEmpty = Flag(t, "allow_empty"),
            MinMaxOnly = Flag(t, "min_max_only"),
            SavedQuery = t.String("saved_query_name"),
            RequiredFeatures = t.Strings("required_features"),
        };
    }

    private static bool Flag(DbtNode t, string key) => string.Equals(t.String(key), "true", StringComparison.OrdinalIgnoreCase);
}

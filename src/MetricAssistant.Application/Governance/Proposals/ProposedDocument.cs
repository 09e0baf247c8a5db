using System.Globalization;
using System.Text.Json;
using MetricAssistant.Catalog.Versions;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// Works out the document a proposal publishes from the base text and the proposed fields: a change's fields are
/// set over the base text (the rest kept line for line); when what the metric computes changes, the version moves
/// to base + 1 with a changelog entry (date, author, the reason); otherwise the version may not move.
/// </summary>
public static class ProposedDocument
{
    /// <summary>Fields a proposal may not set: the lifecycle writes them (status by the kind, changelog on publish).</summary>
    private static readonly string[] Written = ["status", "changelog"];

    public static (ProposedText? Text, GovernanceFailure? Failure) Build(
        ProposalKind kind, string metricId, string? baseYaml, JsonElement? definition, string author, string reason, DateOnly date)
    {
        var (fields, error) = DefinitionJson.Fields(definition);
        if (error is not null) return (null, GovernanceFailure.Invalid(error));
        return kind switch
        {
            ProposalKind.Create => Create(metricId, fields, author, reason, date),
            ProposalKind.Change => Change(metricId, baseYaml!, fields, author, reason, date),
            ProposalKind.Deprecate => Deprecate(baseYaml!, fields),
            _ => Retire(baseYaml!, fields),
        };
    }

    /// <summary>The <c>version:</c> of a document (0 when it has none).</summary>
    public static int VersionOf(string? yaml) =>
        yaml is not null && int.TryParse(DefinitionText.Scalar(yaml, "version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static (ProposedText?, GovernanceFailure?) Create(string metricId, IReadOnlyList<KeyValuePair<string, YamlNode?>> fields, string author, string reason, DateOnly date)
    {
        if (fields.Count == 0) return (null, GovernanceFailure.Invalid("definition is required for a new metric: the metric YAML's fields as JSON (name, description, owner, model, measure…)."));
        if (Scalar(fields, "metric") is { } named && named != metricId)
            return (null, GovernanceFailure.Invalid($"definition.metric is '{named}' but metricId is '{metricId}'.", [metricId]));
        if (Scalar(fields, "version") is { } v && v != "1")
            return (null, GovernanceFailure.Invalid($"A new metric starts at version 1, not {v}.", ["1"]));
        var all = new List<KeyValuePair<string, YamlNode?>> { new("metric", new YamlScalarNode(metricId)) };
        // A new metric is published as version 1 whatever status the draft carried; a changelog given is kept as written.
        all.AddRange(fields.Where(f => f.Key is not ("metric" or "version" or "status")));
        all.Add(new("status", new YamlScalarNode("published")));
        all.Add(new("version", new YamlScalarNode("1")));
        var yaml = DefinitionText.SetFields("", all);
        if (!fields.Any(f => f.Key == "changelog")) yaml = DefinitionText.AppendItem(yaml, "changelog", Entry(1, date, author, reason));
        return (new ProposedText(yaml, 1, false), null);
    }

    private static (ProposedText?, GovernanceFailure?) Change(string metricId, string baseYaml, IReadOnlyList<KeyValuePair<string, YamlNode?>> fields, string author, string reason, DateOnly date)
    {
        if (fields.Count == 0) return (null, GovernanceFailure.Invalid("definition is required for a change: the fields that change, e.g. { \"synonyms\": [...] }."));
        if (Scalar(fields, "metric") is { } named && named != metricId)
            return (null, GovernanceFailure.Invalid($"definition.metric is '{named}': a change cannot rename metric '{metricId}' (propose a new metric and deprecate this one).", [metricId]));
        var baseVersion = VersionOf(baseYaml);
        var merged = DefinitionText.SetFields(baseYaml, fields.Where(f => f.Key is not ("metric" or "version")));
        var changes = DefinitionDiff.Between(baseYaml, merged);
        // A full definition sent back with the same status and changelog is fine; changing them is the lifecycle's job.
        if (Refused(changes.Select(c => DefinitionDiff.TopField(c.Path))) is { } refused) return (null, refused);
        var computing = DefinitionDiff.ChangesComputation(changes);
        var asked = Scalar(fields, "version");
        var target = computing ? baseVersion + 1 : baseVersion;
        // The version read (base) or the one it becomes (base + 1) may be sent back with a computing change; nothing else.
        var accepted = computing ? new[] { baseVersion, target } : [baseVersion];
        if (asked is not null && !accepted.Any(v => v.ToString(CultureInfo.InvariantCulture) == asked))
            return (null, GovernanceFailure.Invalid(computing
                ? $"This change alters what the metric computes, so its version moves from {baseVersion} to {target} on publish; version {asked} cannot be set."
                : $"The version stays {baseVersion}: it only moves when what the metric computes changes ({string.Join(", ", DefinitionDiff.ComputingFields)}), and this change does not touch those.",
                [target.ToString(CultureInfo.InvariantCulture)]));
        if (!computing) return (new ProposedText(merged, baseVersion, false), null);
        var bumped = DefinitionText.SetFields(merged, [new("version", new YamlScalarNode(target.ToString(CultureInfo.InvariantCulture)))]);
        bumped = DefinitionText.AppendItem(bumped, "changelog", Entry(target, date, author, reason));
        return (new ProposedText(bumped, target, true), null);
    }

    private static (ProposedText?, GovernanceFailure?) Deprecate(string baseYaml, IReadOnlyList<KeyValuePair<string, YamlNode?>> fields)
    {
        if (fields.FirstOrDefault(f => f.Key is not ("replaced_by" or "sunset")) is { Key: { } other })
            return (null, GovernanceFailure.Invalid($"A deprecation takes replacedBy and sunset only, not '{other}' (propose a change for other fields).", ["replacedBy", "sunset"]));
        if (Scalar(fields, "replaced_by") is null)
            return (null, GovernanceFailure.Invalid("A deprecation needs definition.replacedBy: the published metric to answer with instead."));
        var set = new List<KeyValuePair<string, YamlNode?>> { new("status", new YamlScalarNode("deprecated")) };
        set.AddRange(fields);
        var yaml = DefinitionText.SetFields(baseYaml, set);
        return (new ProposedText(yaml, VersionOf(baseYaml), false), null);
    }

    private static (ProposedText?, GovernanceFailure?) Retire(string baseYaml, IReadOnlyList<KeyValuePair<string, YamlNode?>> fields)
    {
        if (DefinitionText.Scalar(baseYaml, "status") != "deprecated")
            return (null, GovernanceFailure.Invalid("Only a deprecated metric can be retired: deprecate it first (with its successor and sunset date)."));
        if (fields.FirstOrDefault(f => f.Key != "sunset") is { Key: { } other })
            return (null, GovernanceFailure.Invalid($"A retirement takes no definition fields but sunset, not '{other}'.", ["sunset"]));
        var yaml = DefinitionText.SetFields(baseYaml, [new("status", new YamlScalarNode("retired")), .. fields]);
        return (new ProposedText(yaml, VersionOf(baseYaml), false), null);
    }

    private static GovernanceFailure? Refused(IEnumerable<string> changedFields)
    {
        var written = changedFields.FirstOrDefault(Written.Contains);
        return written switch
        {
            null => null,
            "status" => GovernanceFailure.Invalid("definition.status is set by the lifecycle: propose kind 'deprecate' or 'retire' to change it.", ["deprecate", "retire"]),
            _ => GovernanceFailure.Invalid("definition.changelog is written on publish from the proposal's reason when the version moves."),
        };
    }

    private static string? Scalar(IReadOnlyList<KeyValuePair<string, YamlNode?>> fields, string key) =>
        fields.FirstOrDefault(f => f.Key == key).Value is YamlScalarNode s ? s.Value : null;

    /// <summary>A changelog entry on one line: <c>{ version: 4, date: 2026-12-05, author: fin_li, summary: { zh: …, en: … } }</c>.</summary>
    private static YamlMappingNode Entry(int version, DateOnly date, string author, string reason) => new(
        new YamlScalarNode("version"), new YamlScalarNode(version.ToString(CultureInfo.InvariantCulture)),
        new YamlScalarNode("date"), new YamlScalarNode(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new YamlScalarNode("author"), DefinitionJson.Scalar(author),
        new YamlScalarNode("summary"), new YamlMappingNode(new YamlScalarNode("zh"), DefinitionJson.Scalar(reason), new YamlScalarNode("en"), DefinitionJson.Scalar(reason)) { Style = YamlDotNet.Core.Events.MappingStyle.Flow })
    {
        Style = YamlDotNet.Core.Events.MappingStyle.Flow,
    };
}

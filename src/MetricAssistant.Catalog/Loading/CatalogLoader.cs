using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Snapshots;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Loading;

/// <summary>
/// Reads the catalog YAML (models, metrics, dimensions), validates it and returns the catalog, or every
/// problem found with its file and line. Never throws for bad content. With a <see cref="CatalogSnapshot"/>, a catalog
/// whose files hash to the snapshot's key is read from it instead (a start-up on unchanged definitions), and a newly
/// loaded valid catalog is kept in it.
/// </summary>
public sealed class CatalogLoader(CatalogSnapshot? snapshot = null)
{
    private enum Kind { Model, Metric, Dimension, Glossary, Access, Naming }

    /// <summary>The catalog folder of earlier definition versions (<c>catalog/history/gmv.v1.yaml</c>), skipped when loading.</summary>
    public const string HistoryFolder = "history";

    /// <summary>Loads every *.yaml / *.yml under <paramref name="catalogDirectory"/>, recursively.</summary>
    public CatalogLoadResult Load(string catalogDirectory)
    {
        var root = Path.GetFullPath(catalogDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (!Directory.Exists(root))
            return new CatalogLoadResult(null,
                [new CatalogProblem(catalogDirectory, 0, CatalogProblemCodes.CatalogNotFound, $"catalog directory '{catalogDirectory}' does not exist", null)]);

        // Paths are reported as "catalog/metrics/gmv.yaml": relative to the catalog's parent, with forward slashes.
        var prefix = Path.GetFileName(root);
        var found = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(file => (Relative: $"{prefix}/{Path.GetRelativePath(root, file).Replace('\\', '/')}", File: file))
            .ToList();
        // The files are hashed as bytes, one after the other, and read for keeps and decoded only when the snapshot
        // cannot be used: on an unchanged catalog a start reads 68 MB of YAML (at 100k metrics) and keeps none of it.
        string? rejected = null;
        if (snapshot is not null && ContentHasher.TryHashFiles(found) is { } unchanged && snapshot.TryRead(unchanged, out rejected) is { } kept)
            return new CatalogLoadResult(kept, []) { Snapshot = new CatalogSnapshotUse(CatalogSnapshotOutcome.Read) };
        var files = new List<(string, byte[])>();
        var problems = new List<CatalogProblem>();
        foreach (var (relative, file) in found)
        {
            try
            {
                files.Add((relative, File.ReadAllBytes(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new CatalogProblem(relative, 0, CatalogProblemCodes.ReadError, $"cannot read file: {e.Message}", null));
            }
        }
        // Hashed again from the bytes read: the catalog kept under this hash is the one these bytes give.
        var hash = snapshot is null || problems.Count > 0 ? null : ContentHasher.HashBytes(files);
        var result = Load(files.Select(f => (f.Item1, ContentHasher.Decode(f.Item2))).OrderBy(f => f.Item1, StringComparer.Ordinal).ToList(), hash, rejected);
        return problems.Count == 0 ? result : new CatalogLoadResult(null, [.. problems, .. result.Problems]);
    }

    /// <summary>Loads a catalog from in-memory files given as (path, YAML text); paths only name files in problems.</summary>
    public CatalogLoadResult LoadFromText(IEnumerable<(string path, string yaml)> files)
    {
        var ordered = files.OrderBy(f => f.path, StringComparer.Ordinal).ToList();
        var hash = snapshot is null ? null : ContentHasher.Hash(ordered.Select(f => (f.path, f.yaml)));
        string? rejected = null;
        if (snapshot?.TryRead(hash!, out rejected) is { } kept)
            return new CatalogLoadResult(kept, []) { Snapshot = new CatalogSnapshotUse(CatalogSnapshotOutcome.Read) };
        return Load(ordered, hash, rejected);
    }

    /// <summary>Parses and validates files in path order; <paramref name="hash"/> is their content hash when already worked out.</summary>
    private CatalogLoadResult Load(List<(string path, string yaml)> ordered, string? hash, string? rejected)
    {
        var problems = new ProblemSink();
        var sources = new SourceMap();
        var models = new List<SemanticModel>();
        var dimensions = new List<DimensionDefinition>();
        var metrics = new List<MetricDefinition>();
        var ambiguous = new List<AmbiguousTerm>();
        var unsupported = new List<UnsupportedTerm>();
        var roles = new List<RoleDefinition>();
        var users = new List<UserDefinition>();
        NamingConventions? naming = null;
        var approvalsRequired = 1;
        var publicTags = new List<PublicDefinitionTag>();
        var groups = new List<GroupDefinition>();

        // Each file is parsed and read on its own (YAML parsing is most of a large catalog's load), in parallel; the
        // definitions and each file's problems are then taken in path order, as one pass over the files would.
        var read = new (List<object> Items, ProblemSink Problems)[ordered.Count];
        Parallel.For(0, ordered.Count, i => read[i] = Read(ordered[i].path, ordered[i].yaml, sources));
        foreach (var (items, fileProblems) in read)
        {
            problems.AddAll(fileProblems);
            foreach (var item in items)
            {
                switch (item)
                {
                    case SemanticModel model: models.Add(model); break;
                    case MetricDefinition metric: metrics.Add(metric); break;
                    case DimensionDefinition dimension: dimensions.Add(dimension); break;
                    case AccessPolicy policy:
                        roles.AddRange(policy.Roles);
                        approvalsRequired = Math.Max(approvalsRequired, policy.ApprovalsRequired);
                        users.AddRange(policy.Users);
                        publicTags.AddRange(policy.PublicDefinitionTags);
                        groups.AddRange(policy.Groups);
                        break;
                    case NamingConventions rules:
                        if (naming is null) naming = rules;
                        else problems.Add(rules.Source, CatalogProblemCodes.DuplicateDocument,
                            $"a second naming rules document (the first is at {naming.Source})", "keep one 'naming:' document");
                        break;
                    case Glossary(var a, var u):
                        ambiguous.AddRange(a);
                        unsupported.AddRange(u);
                        break;
                }
            }
        }

        var draft = new CatalogDraft(models, dimensions, metrics, sources) { Naming = naming ?? NamingConventions.Default };
        // A file that does not parse is missing from the draft; cross-checks would only echo that as "unknown …".
        if (!problems.HasCode(CatalogProblemCodes.YamlSyntax))
        {
            CatalogValidator.Validate(draft, problems);
            GlossaryReader.Validate(ambiguous, draft, problems);
            GlossaryReader.Validate(unsupported, draft, problems);
            AccessReader.Validate(new AccessPolicy(roles, users) { PublicDefinitionTags = publicTags, Groups = groups }, draft, problems);
        }
        var sorted = problems.Sorted();
        var catalog = sorted.Count == 0 ? draft.ToCatalog(hash ?? ContentHasher.Hash(ordered.Select(f => (f.path, f.yaml)))) with { AmbiguousTerms = ambiguous, UnsupportedTerms = unsupported, Access = new AccessPolicy(roles, users) { ApprovalsRequired = approvalsRequired, PublicDefinitionTags = publicTags, Groups = groups } } : null;
        if (catalog is null || snapshot is null) return new CatalogLoadResult(catalog, sorted);
        var use = snapshot.TryWrite(catalog, out var failure)
            ? new CatalogSnapshotUse(CatalogSnapshotOutcome.Written, rejected)
            : new CatalogSnapshotUse(CatalogSnapshotOutcome.NotWritten, failure);
        return new CatalogLoadResult(catalog, sorted) { Snapshot = use };
    }

    private sealed record Glossary(IReadOnlyList<AmbiguousTerm> Ambiguous, IReadOnlyList<UnsupportedTerm> Unsupported);

    /// <summary>One file's definitions in document order, and its problems (the source map is safe to share).</summary>
    private static (List<object> Items, ProblemSink Problems) Read(string path, string yaml, SourceMap sources)
    {
        var problems = new ProblemSink();
        var items = new List<object>();
        foreach (var document in YamlDocuments.Parse(path, yaml, problems))
        {
            switch (KindOf(path, document))
            {
                case Kind.Model: items.Add(new ModelReader(sources).Read(document)); break;
                case Kind.Metric: items.Add(new MetricReader(sources).Read(document)); break;
                case Kind.Dimension: items.Add(new DimensionReader(sources).Read(document)); break;
                case Kind.Access: items.Add(AccessReader.Read(document)); break;
                case Kind.Naming: items.Add(NamingReader.Read(document)); break;
                case Kind.Glossary:
                    var (a, u) = GlossaryReader.Read(document);
                    items.Add(new Glossary(a, u));
                    break;
            }
        }
        return (items, problems);
    }

    /// <summary>
    /// The folder says what a document is (models/, metrics/, dimensions/); elsewhere its top-level key does.
    /// Naming rules are a <c>naming:</c> document anywhere (conventionally catalog/governance/naming.yaml).
    /// Documents elsewhere without such a key (access rules, notes) are not catalog definitions and are skipped,
    /// and so is <c>history/</c>: earlier versions of definitions, which seed the version store and are never current.
    /// </summary>
    private static Kind? KindOf(string path, YamlNodeReader document)
    {
        foreach (var folder in path.Split('/', '\\').SkipLast(1).Reverse())
        {
            switch (folder)
            {
                case HistoryFolder: return null;
                case "models": return Kind.Model;
                case "metrics": return Kind.Metric;
                case "dimensions": return Kind.Dimension;
                case "glossary": return Kind.Glossary;
                case "access": return Kind.Access;
            }
        }
        if (document.Has("metric")) return Kind.Metric;
        if (document.Has("dimension")) return Kind.Dimension;
        if (document.Has("model")) return Kind.Model;
        if (document.Has("ambiguous_terms") || document.Has("not_in_catalog")) return Kind.Glossary;
        if (document.Has("roles") || document.Has("users")) return Kind.Access;
        if (document.Has("naming")) return Kind.Naming;
        return null;
    }
}

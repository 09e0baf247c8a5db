using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>Collects problems while reading and validating, in the order found.</summary>
internal sealed class ProblemSink
{
    private readonly List<CatalogProblem> problems = [];

    public int Count => problems.Count;

    public bool HasCode(string code) => problems.Exists(p => p.Code == code);

    public void Add(SourceLocation at, string code, string message, string? suggestion = null) =>
        problems.Add(new CatalogProblem(at.File, at.Line, code, message, suggestion));

    /// <summary>Takes another sink's problems (one file's, read on its own), after the ones found so far.</summary>
    public void AddAll(ProblemSink other) => problems.AddRange(other.problems);

    /// <summary>Problems ordered by file and line, so a report reads top to bottom like the files.</summary>
    public IReadOnlyList<CatalogProblem> Sorted() =>
        problems.Select((p, i) => (p, i))
            .OrderBy(x => x.p.File, StringComparer.Ordinal).ThenBy(x => x.p.Line).ThenBy(x => x.i)
            .Select(x => x.p).ToList();
}

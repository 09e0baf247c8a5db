namespace MetricAssistant.Evals.Loading;

/// <summary>Collects problems, each prefixed with the file and the case it is about.</summary>
internal sealed class ProblemList(string file)
{
    private readonly List<string> problems = [];

    public string File => file;
    public IReadOnlyList<string> Items => problems;
    public int Count => problems.Count;

    public void Add(string caseId, string message) => problems.Add($"{file}: {caseId}: {message}");
    public void AddToFile(string message) => problems.Add($"{file}: {message}");
}

using System.Globalization;

namespace MetricAssistant.Load;

/// <summary>What a run prints (and keeps as markdown in the work directory), and the failures that make it exit non-zero.</summary>
public sealed class LoadReport(string path)
{
    private readonly List<string> lines = [];
    private readonly List<string> problems = [];

    public IReadOnlyList<string> Problems => problems;

    public void Line(FormattableString text) => Line(text.ToString(CultureInfo.InvariantCulture));

    public void Line(string text)
    {
        Console.WriteLine(text);
        lines.Add(text);
    }

    public void Problem(string text)
    {
        problems.Add(text);
        Line("FAILED: " + text);
    }

    public async Task SaveAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllLinesAsync(path, lines);
    }
}

namespace MetricAssistant.Catalog.Model;

/// <summary>Where a definition was read from, so that problems can point at a file and line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public static readonly SourceLocation None = new("", 0);
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}

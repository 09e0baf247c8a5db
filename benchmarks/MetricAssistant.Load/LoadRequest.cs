namespace MetricAssistant.Load;

/// <summary>One request to send: the path, the JSON body, and a key naming what it asked (to find its audit entry).</summary>
public sealed record LoadRequest(string Path, byte[] Body, string? Key);

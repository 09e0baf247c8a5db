using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Catalog;

/// <summary>
/// Why a definition is not shown: <see cref="DefinitionRefusalKind.NotFound"/> for an unknown metric and for one the caller
/// may not see alike (same message, suggestions only among visible metrics), or no usable caller.
/// </summary>
public sealed record DefinitionRefusal(DefinitionRefusalKind Kind, ErrorDto Error);

public enum DefinitionRefusalKind { NotFound, UnknownCaller }

namespace MetricAssistant.Application.Security;

/// <summary>How a caller was identified: a demo identity chosen by name, an authenticated person, or a system key.</summary>
public enum CallerKind { Demo, Authenticated, System }

namespace MetricAssistant.Application.Learning;

/// <summary>Invalid input (400), an unknown caller (400/401), no review right (403) or no such example (404).</summary>
public enum ExampleFailureKind { Invalid, UnknownCaller, Forbidden, NotFound }

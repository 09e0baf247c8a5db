using Microsoft.Extensions.Logging;

namespace MetricAssistant.Tests.Shared;

/// <summary>A logger that keeps what was logged at Warning, and every level seen, for tests that check what a component said.</summary>
public sealed class WarningLogger<T> : ILogger<T>
{
    public List<string> Warnings { get; } = [];

    public List<LogLevel> Levels { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Levels.Add(logLevel);
        if (logLevel == LogLevel.Warning) Warnings.Add(formatter(state, exception));
    }
}

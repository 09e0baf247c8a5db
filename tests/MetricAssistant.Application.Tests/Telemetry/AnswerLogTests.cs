using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Application.Tests.Telemetry;

/// <summary>The per-answer log line: structured fields always, the question's text only where allowed.</summary>
public sealed class AnswerLogTests
{
    private sealed class Captured : ILogger<AnswerLog>
    {
        public List<(LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Fields)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception), state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
    }

    private static (AnswerLog Log, Captured Lines) Create(bool demoIdentities, bool? includeQuestionText)
    {
        var lines = new Captured();
        var log = new AnswerLog(lines, Options.Create(new AnswerLogOptions { IncludeQuestionText = includeQuestionText }), Options.Create(new IdentityOptions { DemoIdentities = demoIdentities }));
        return (log, lines);
    }

    private static readonly Answer Answered = new() { Status = AnswerStatus.Answered };

    [Theory]
    [InlineData(false, null, false)] // a deployment: no question text
    [InlineData(true, null, true)]   // the demo
    [InlineData(false, true, true)]  // a deployment that asked for it
    [InlineData(true, false, false)] // the demo, turned off
    public void The_question_is_logged_only_where_allowed(bool demo, bool? include, bool expected)
    {
        var (log, captured) = Create(demo, include);
        log.Answered("ask", Answered, "gmv", "上个月华东区的GMV", 12.5);
        var line = Assert.Single(captured.Lines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal(expected, line.Message.Contains("上个月华东区的GMV", StringComparison.Ordinal));
        Assert.Equal(expected, line.Fields.Any(f => f.Key == "Question"));
        Assert.Contains(line.Fields, f => f.Key == "Metric" && (string?)f.Value == "gmv");
        Assert.Contains(line.Fields, f => f.Key == "Status" && (string?)f.Value == "answered");
        Assert.Contains(line.Fields, f => f.Key == "Door" && (string?)f.Value == "ask");
    }
}

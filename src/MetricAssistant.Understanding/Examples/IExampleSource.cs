namespace MetricAssistant.Understanding.Examples;

/// <summary>Where the reader finds the accepted learned examples; read on every question, so it must be cheap.</summary>
public interface IExampleSource
{
    ExampleSnapshot Current { get; }
}

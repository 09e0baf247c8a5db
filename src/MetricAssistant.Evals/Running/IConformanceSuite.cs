using MetricAssistant.Evals.Reports;

namespace MetricAssistant.Evals.Running;

/// <summary>
/// A conformance suite run beside the cases (the time-expression suite over Recognizers-Text's specs).
/// Implementations adapt the suite's own report; <see cref="ConformanceRunner"/> deals with absent folders and errors.
/// </summary>
public interface IConformanceSuite
{
    string Name { get; }

    ConformanceSection Run(string directory);
}

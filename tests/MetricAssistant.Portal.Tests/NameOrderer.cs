using Xunit.Abstractions;
using Xunit.Sdk;

namespace MetricAssistant.Portal.Tests;

/// <summary>Runs the tests of a class in the order of their method names (T1_…, T2_…).</summary>
public sealed class NameOrderer : ITestCaseOrderer
{
    public const string TypeName = "MetricAssistant.Portal.Tests.NameOrderer";
    public const string AssemblyName = "MetricAssistant.Portal.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase
        => testCases.OrderBy(c => c.TestMethod.Method.Name, StringComparer.Ordinal);
}

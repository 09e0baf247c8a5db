
namespace MetricAssistant.Catalog.Validation;

/// <summary>One concern of catalog validation; every rule sees the whole draft and reports into the sink.</summary>
internal interface ICatalogRule
{
    void Check(CatalogDraft draft, ProblemSink problems);
}

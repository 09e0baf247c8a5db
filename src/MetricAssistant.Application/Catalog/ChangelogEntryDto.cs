using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Catalog;

/// <summary>One version of a metric: <c>{ "version": 3, "date": "2024-01-01", "author": "数据治理委员会", "summary": { "zh": …, "en": … } }</c>.</summary>
public sealed record ChangelogEntryDto(int Version, string Date, string Author, LocalizedText Summary);

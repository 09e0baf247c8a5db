namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>Who said a case cannot be run: the importer (a definition it reported as not expressible), the query (a shape the catalog's query model has no word for) or the corpus (a manifest the folder does not hold).</summary>
public enum MfUnsupportedOrigin { Importer, Query, Corpus }

/// <summary>Why a case is not run: the feature by name, who found it, and the detail.</summary>
public sealed record MfUnsupported(MfUnsupportedOrigin Origin, string Feature, string Reason)
{
    public string Label => $"{Origin.ToString().ToLowerInvariant()}:{Feature}";
}

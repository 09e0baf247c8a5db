namespace MetricAssistant.Catalog.Model;

/// <summary>Time grains, finest first; weeks are ISO weeks starting on Monday.</summary>
public enum TimeGrain { Day, Week, Month, Quarter, Year }

namespace MetricAssistant.Catalog.Model;

/// <summary>The lifecycle: draft → in review → published → deprecated (a successor and a sunset date) → retired (never answered).</summary>
public enum MetricStatus { Draft, InReview, Published, Deprecated, Retired }

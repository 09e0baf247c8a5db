namespace MetricAssistant.Application.Governance.Requests;

/// <summary>One comment of a request's thread (the description it was made with comes first).</summary>
public sealed record RequestComment(string User, string Comment, DateTimeOffset Time, bool Reviewer);

namespace MetricAssistant.Application.Hosting;

/// <summary>An accepted turn as journaled: the door's own payload (the activity as received), where replies link to, and how often it was started.</summary>
public sealed record JournaledTurn(string Id, string Payload, string PublicBaseUrl, int Attempts);

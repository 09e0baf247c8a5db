using System.Text.Json.Serialization;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Audit;

/// <summary>The first bad entry of the chain (its id, its claimed position) and what is wrong with it.</summary>
public sealed record AuditChainBreak(long EntryId, long? Seq, [property: JsonConverter(typeof(SnakeCaseEnumConverter<AuditBreakKind>))] AuditBreakKind Kind, string Message);

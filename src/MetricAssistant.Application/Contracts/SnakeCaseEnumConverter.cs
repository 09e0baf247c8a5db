using System.Text.Json;
using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Contracts;

/// <summary>
/// An enum as the contract spells it (<c>ChangePct</c> → <c>"change_pct"</c>), set on the property itself so every
/// door writes the same words whatever enum converter its own JSON settings carry.
/// </summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MetricAssistant.Infrastructure.Shared;

/// <summary>How the shared stores write records as JSON: web names, enums by name, NaN and infinities kept.</summary>
public static class SharedJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}

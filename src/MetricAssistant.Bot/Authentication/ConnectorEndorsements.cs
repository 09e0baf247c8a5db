using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace MetricAssistant.Bot.Authentication;

/// <summary>
/// Reads a signing key's <c>endorsements</c>: an extra JWK property listing the channels the key may sign for,
/// e.g. <c>{"kid":"abc","kty":"RSA",…,"endorsements":["msteams","webchat"]}</c>.
/// </summary>
internal static class ConnectorEndorsements
{
    public const string Property = "endorsements";

    public static IReadOnlyList<string> Of(JsonWebKeySet? keySet, string? keyId)
    {
        if (keySet is null || keyId is null)
            return [];
        var key = keySet.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        return key is not null && key.AdditionalData.TryGetValue(Property, out var value) ? Strings(value) : [];
    }

    private static List<string> Strings(object? value) => value switch
    {
        null => [],
        string s => [s],
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
        JsonElement { ValueKind: JsonValueKind.String } single => [single.GetString()!],
        IEnumerable items => items.Cast<object?>().SelectMany(Strings).ToList(),
        _ => [],
    };
}

namespace MetricAssistant.Catalog.Model;

/// <summary>
/// The naming rules every definition follows, as catalog data (<c>naming:</c> in catalog/governance/naming.yaml):
/// the pattern ids match, the languages every name and description is given in, words no id or name may be,
/// and optional length limits. Without a document, <see cref="Default"/>: snake_case ids, zh and en, nothing reserved.
/// </summary>
public sealed record NamingConventions(
    string IdPattern,
    IReadOnlyList<string> RequiredLanguages,
    IReadOnlyList<string> ReservedWords,
    int? MaxIdLength,
    int? MaxNameLength,
    SourceLocation Source)
{
    /// <summary>Lowercase letters, digits and '_', starting with a letter ("gmv_ordered").</summary>
    public const string SnakeCasePattern = "^[a-z][a-z0-9_]*$";

    /// <summary>The languages a <see cref="LocalizedText"/> holds, so the only ones a rule can require.</summary>
    public static readonly IReadOnlyList<string> KnownLanguages = ["zh", "en"];

    public static readonly NamingConventions Default = new(SnakeCasePattern, KnownLanguages, [], null, null, SourceLocation.None);

    /// <summary>Whether <paramref name="word"/> is reserved (case and surrounding spaces ignored).</summary>
    public bool IsReserved(string word) =>
        ReservedWords.Any(r => string.Equals(r.Trim(), word.Trim(), StringComparison.OrdinalIgnoreCase));
}

using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>
/// Which questions say the same thing: the masked key learned examples use (<see cref="ExampleKeys"/>: time
/// expressions, dimension values and dimension words removed), so "上个月华东的库存" and "本周华南的库存" are one
/// wording; a key too short to stand for a question falls back to the normalised text. Built once per catalog.
/// </summary>
public sealed class WordingKeys(ITimeResolver time)
{
    private readonly Lock gate = new();
    private (string Hash, ExampleKeys Keys)? current;

    public string Of(SemanticCatalog catalog, string question)
    {
        var key = For(catalog).Of(question);
        return key.Length >= ExampleKeys.MinLength ? key : TextNormalizer.Normalize(question);
    }

    private ExampleKeys For(SemanticCatalog catalog)
    {
        lock (gate)
        {
            if (current is { } c && c.Hash == catalog.ContentHash) return c.Keys;
            var keys = new ExampleKeys(new CatalogLexicon(catalog), time);
            current = (catalog.ContentHash, keys);
            return keys;
        }
    }
}

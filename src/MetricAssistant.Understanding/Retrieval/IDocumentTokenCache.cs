namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// The tokens of a catalog's retrieval documents, kept between starts so that a replica does not segment every
/// document again (over a large catalog, the longest step of building the index). Entries are found by a key
/// that changes with the catalog, the document scheme and the tokenizer's code (see <see cref="CatalogIndexer"/>);
/// a cache that cannot answer soundly answers null.
/// </summary>
public interface IDocumentTokenCache
{
    /// <summary>The tokens stored under <paramref name="key"/>, one list per document, or null when there are none (or not for <paramref name="documents"/> documents).</summary>
    IReadOnlyList<string>[]? TryLoad(string key, int documents, CancellationToken cancellationToken);

    /// <summary>Stores the tokens under <paramref name="key"/>, replacing what the cache held.</summary>
    void Save(string key, IReadOnlyList<IReadOnlyList<string>> tokens, CancellationToken cancellationToken);
}

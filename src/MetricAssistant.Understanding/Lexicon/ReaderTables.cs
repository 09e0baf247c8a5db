using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Lexicon;

/// <summary>
/// The tables a question reader derives from its catalog's lexicon: the lexicon itself, the qualified names and the
/// three typo matchers' term lists. Over a 100k-metric catalog they take seconds of CPU to build, which is why a
/// replica keeps them in a <see cref="ReaderTableSnapshot"/> between starts.
/// </summary>
public sealed class ReaderTables
{
    internal ReaderTables(CatalogLexicon lexicon, QualifiedTerms qualified, EnglishTypoMatcher englishTypos, ChineseTypoMatcher chineseTypos, ValueTypoMatcher valueTypos) =>
        (Lexicon, Qualified, EnglishTypos, ChineseTypos, ValueTypos) = (lexicon, qualified, englishTypos, chineseTypos, valueTypos);

    public CatalogLexicon Lexicon { get; }

    public QualifiedTerms Qualified { get; }

    public EnglishTypoMatcher EnglishTypos { get; }

    public ChineseTypoMatcher ChineseTypos { get; }

    public ValueTypoMatcher ValueTypos { get; }

    /// <summary>Derives every table from <paramref name="lexicon"/>, which must be complete (nothing is added to it afterwards).</summary>
    public static ReaderTables Build(CatalogLexicon lexicon) =>
        new(lexicon, new QualifiedTerms(lexicon), new EnglishTypoMatcher(lexicon), new ChineseTypoMatcher(lexicon), new ValueTypoMatcher(lexicon));
}

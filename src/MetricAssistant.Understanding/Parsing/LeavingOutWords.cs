using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// The expressions that leave something out of a question, each with where what is left out stands: before it ("门店那块先不看",
/// "京东的不计"), after it ("不看门店", "skip the outlets", "forget about the miniapp") or inside it ("别把天猫算进去", "把京东剔掉",
/// "set Douyin aside", "with JD taken out"). One rule over one vocabulary (leaving-out.txt) reads a value of a dimension left out
/// (<see cref="ExclusionMarkers"/>) and a meaning of an unclear word ruled out (RuledOutMeanings) alike. The text is normalised.
/// </summary>
public sealed class LeavingOutWords
{
    private static readonly Lazy<LeavingOutWords> Loaded = new(() => new LeavingOutWords(WordTable.ReadEmbedded("leaving-out.txt")));

    // What may follow an expression closing a clause: its end, a particle (the table's), or a word going on to the next thing
    // ("再", "for now").
    // A new clause naming the rest of the kind ("旗舰店的不要 其他店型分别多少") ends it too: after a space, or asking each of them later.
    private static string ClauseGoesOn(IReadOnlyList<string> particles, IReadOnlyList<string> others, IReadOnlyList<string> othersEach) =>
        $@"(?=\s*($|[,.;:!?)~]|的话|了|再|后|之后|以后|一下|({Alternation(particles)}|for now|please|too|as well|and|then|when|so)(?![a-z0-9]))"
        + $@"|\s+({Alternation(others)})|\s*({Alternation(others)})[^,.;:!?]{{0,12}}?({Alternation(othersEach)}))";

    // The words that negate what follows them: a removing word said under one keeps what it names ("别把京东剔掉", "不要剔除天猫",
    // "don't skip JD"); the frames that are themselves negated ("别把…算进去") carry their negation in the opening.
    private const string Negators = @"别|不要|不用|甭|莫|不能|不许|没有|没";
    private const string EnglishNegators = @"don't|dont|do not|never|not|no need to";
    private const string NotNegated = $@"(?<!({Negators}|({EnglishNegators})\s+))";

    private readonly Regex before;
    private readonly string[] beforeWords;
    private readonly string[] afterWords;
    private readonly Regex after;
    private readonly IReadOnlyList<(Regex Opening, Regex Closing)> frames;
    private readonly IReadOnlyList<(string[] Openings, string[] Closings)> frameWords;
    private readonly Regex negatedRemoval;
    private readonly Regex negatedOpening;
    private readonly Regex removingClosing;
    private readonly Regex pointedBack;
    private readonly Regex asideThenLeft;
    private readonly CountingIn countingIn;
    private readonly Regex regardless;
    private readonly Regex either;
    private readonly Regex regardlessListed;
    private readonly Regex eitherLater;
    private readonly Regex chosen;
    private readonly HashSet<string> pointers;

    private sealed record CountingIn(Regex Before, Regex After, IReadOnlyList<(Regex Opening, Regex Closing)> Frames);

    /// <summary>The vocabulary of leaving-out.txt, read once (it never changes while the process runs).</summary>
    public static LeavingOutWords Default => Loaded.Value;

    public LeavingOutWords(string table)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var framesOf = new Dictionary<string, List<(string[] Opening, string[] Closing)>>(StringComparer.Ordinal) { ["frame"] = [], ["in-frame"] = [] };
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new InvalidOperationException($"leaving-out.txt: '{line}' has no 'kind:'");
            var (kind, words) = (line[..colon].Trim(), line[(colon + 1)..]);
            if (framesOf.TryGetValue(kind, out var frameList))
            {
                var parts = words.Split('…');
                if (parts.Length != 2) throw new InvalidOperationException($"leaving-out.txt: frame '{line}' needs 'opening … closing'");
                frameList.Add((Words(parts[0]), Words(parts[1])));
            }
            else
            {
                if (!lists.TryGetValue(kind, out var list)) lists[kind] = list = [];
                list.AddRange(Words(words));
            }
        }
        var frameLines = framesOf["frame"];
        var clauseGoesOn = ClauseGoesOn(Of(lists, "particle"), Of(lists, "others"), Of(lists, "others-each"));
        beforeWords = [.. Of(lists, "before")];
        pointers = Of(lists, "pointer").ToHashSet(StringComparer.OrdinalIgnoreCase);
        frameWords = frameLines;
        afterWords = [.. Of(lists, "after")];
        var articles = $@"((?<![a-z0-9])({Alternation(Of(lists, "article"))})\s+)*";
        // "门店那块先", "小程序的", "奥莱店暂时": what stands between a thing left out and the expression after it.
        // "小程序那边的单子先": several pointing words, 的 between; "从抖音来的都": the rows said by how they came about.
        var between = $@"^\s*(({Alternation(Of(lists, "rows-verb"))})\s*(?=的))?(的)?\s*(({Alternation(Of(lists, "pointer"))})\s*(的)?\s*)*(({Alternation(Of(lists, "adverb"))})\s*)*";
        // "剔除掉", "刨出去", "exclude 一下": a removing verb with its ending, never a bare one ("去年", "拿了多少").
        var removingWithEnding = $@"({Alternation(Of(lists, "removing"))})\s*({Alternation(Of(lists, "ending"))})"
            + $@"|({Alternation(Of(lists, "removing-whole"))})\s*({Alternation(Of(lists, "ending-whole"))})";
        // "exclude 掉 Douyin": an expression before what it leaves out with its ending; "不算那些在", "don't count the ones from the":
        // the rows described by where they come from.
        var beforeExpression = $@"({Alternation(Of(lists, "before"))})(\s*({Alternation(Of(lists, "before-ending"))}))?\s*{articles}{Rows(lists, articles)}(的)?\s*$";
        before = new Regex($@"(?<![a-z0-9]){NotNegated}{beforeExpression}", RegexOptions.CultureInvariant);
        after = new Regex($@"{between}({Alternation(Of(lists, "after"))}|{removingWithEnding})(?![a-z0-9]){clauseGoesOn}", RegexOptions.CultureInvariant);
        // A removing expression under a negation: before what it names ("不要剔除", "don't skip the"), or a frame that removes
        // opened under one ("别把 … 剔掉", "don't leave … out"); the negated frames' own closings (算进去) are no removal.
        var removingFrames = frameLines.Where(f => !f.Opening.All(o => Regex.IsMatch(o, $"^({Negators})"))).ToList();
        negatedRemoval = new Regex($@"(?<![a-z0-9])({Negators}|({EnglishNegators})\s+)\s*{beforeExpression}", RegexOptions.CultureInvariant);
        negatedOpening = new Regex($@"(?<![a-z0-9])({Negators}|({EnglishNegators})\s+)\s*(给我\s*)?({Alternation(removingFrames.SelectMany(f => f.Opening))})\s*{articles}$", RegexOptions.CultureInvariant);
        removingClosing = new Regex($@"{between}({Alternation(removingFrames.SelectMany(f => f.Closing))}|{removingWithEnding})(?![a-z0-9])", RegexOptions.CultureInvariant);
        // A removing frame also closes with a removing verb and its ending ("把银卡会员给刨了", "把 JD exclude 掉").
        frames = [.. frameLines.Select(f => Frame(f, articles, between, removingFrames.Contains(f) ? removingWithEnding : null))];
        // "outlets, don't count those ones": the expression before words pointing back at what it leaves out.
        pointedBack = new Regex($@"^\s*[,，]?\s*({Alternation(Of(lists, "before"))})\s*({Alternation(Of(lists, "back"))})(?![a-z0-9]){clauseGoesOn}", RegexOptions.CultureInvariant);
        // "抖音那块单独有个专项在处理，先不放进来": the value pointed at (那块, 这部分), a short aside about it, then a clause that is
        // nothing but an expression leaving out: what was pointed at is left out.
        var demonstratives = Of(lists, "pointer").Where(p => p.StartsWith('那') || p.StartsWith('这'));
        asideThenLeft = new Regex($@"^\s*(的)?\s*({Alternation(demonstratives)})[^,.;:!?]{{1,16}},\s*(({Alternation(Of(lists, "adverb"))})\s*)*"
            + $@"({Alternation(Of(lists, "after"))})(?![a-z0-9]){clauseGoesOn}", RegexOptions.CultureInvariant);
        countingIn = new CountingIn(
            new Regex($@"(?<![a-z0-9]){NotNegated}({Alternation(Of(lists, "in-before"))})\s*{articles}(的)?\s*$", RegexOptions.CultureInvariant),
            new Regex($@"{between}({Alternation(Of(lists, "in-after"))})(?![a-z0-9]){clauseGoesOn}", RegexOptions.CultureInvariant),
            [.. framesOf["in-frame"].Select(f => Frame(f, articles, between, null))]);
        regardless = new Regex($@"(?<![a-z0-9])({Alternation(Of(lists, "regardless"))})(?![a-z0-9])\s*(({Alternation(Of(lists, "regardless-which"))})\s*)?{articles}$", RegexOptions.CultureInvariant);
        either = new Regex($@"^\s*(的)?\s*(({Alternation(Of(lists, "either"))})\s*)?{articles}$", RegexOptions.CultureInvariant);
        chosen = new Regex($@"(?<![a-z0-9])({Alternation(Of(lists, "chosen"))})\s*{articles}(的)?\s*$", RegexOptions.CultureInvariant);
        regardlessListed = new Regex($@"(?<![a-z0-9])({Alternation(Of(lists, "regardless-listed"))})\s+{articles}$", RegexOptions.CultureInvariant);
        eitherLater = new Regex($@"^[^,.;:!?]*?(?<![a-z0-9])({Alternation(Of(lists, "either").Where(w => w.Any(char.IsLetter)))})(?![a-z0-9])", RegexOptions.CultureInvariant);
    }

    private static (Regex Opening, Regex Closing) Frame((string[] Opening, string[] Closing) f, string articles, string between, string? removingWithEnding) => (
        new Regex($@"(?<![a-z0-9]){NotNegated}({Alternation(f.Opening)})\s*{articles}$", RegexOptions.CultureInvariant),
        new Regex($@"{between}({Alternation(f.Closing)}{(removingWithEnding is null ? "" : "|" + removingWithEnding)})(?![a-z0-9])", RegexOptions.CultureInvariant));

    // The rows left out, described before where they come from: "那些在", "所有来自"; "the ones from the", "members who signed up in",
    // "whatever came through" (a relative clause of at most three words, inside one clause).
    private static string Rows(Dictionary<string, List<string>> lists, string articles) =>
        $@"((({Alternation(Of(lists, "rows"))})\s*)?({Alternation(Of(lists, "rows-from"))})\s*"
        + $@"|({Alternation(Of(lists, "rows"))})\s*(({Alternation(Of(lists, "rows-from"))})\s*)?"
        + $@"|(?<![a-z0-9])({Alternation(Of(lists, "rows-en"))})\s+((who|that|which)\s+)?([a-z'-]+\s+){{0,3}}?({Alternation(Of(lists, "rows-en-from"))})\s+{articles})?";

    /// <summary>Whether the thing between <paramref name="textBefore"/> and <paramref name="textAfter"/> is left out.</summary>
    public bool LeavesOut(string textBefore, string textAfter) =>
        before.IsMatch(textBefore) || after.IsMatch(textAfter) || pointedBack.IsMatch(textAfter) || asideThenLeft.IsMatch(textAfter)
        || frames.Any(f => f.Opening.IsMatch(textBefore) && f.Closing.IsMatch(textAfter));

    /// <summary>
    /// Whether the thing between <paramref name="textBefore"/> and <paramref name="textAfter"/> is said to be counted in
    /// ("别忘了把京东也算上", "make sure Tmall is included", "don't leave out the outlets"): it widens, it chooses nothing.
    /// </summary>
    public bool CountsIn(string textBefore, string textAfter) =>
        KeptUnderNegation(textBefore, textAfter) || countingIn.Before.IsMatch(textBefore) || countingIn.After.IsMatch(textAfter)
        || countingIn.Frames.Any(f => f.Opening.IsMatch(textBefore) && f.Closing.IsMatch(textAfter));

    /// <summary>Whether the text before a value chooses it ("只看", "only"): a value counted in beside it joins it.</summary>
    public bool Chosen(string textBefore) => chosen.IsMatch(textBefore);

    /// <summary>Whether the text before a value or dimension word says "regardless of" ("不管", "无论哪个", "whether", "regardless of").</summary>
    public bool Regardless(string textBefore, string textAfter) =>
        regardless.IsMatch(textBefore) || regardlessListed.IsMatch(textBefore) && eitherLater.IsMatch(textAfter);

    /// <summary>Whether the text between two values goes on with one list ("还是", "或", " or ", "、", nothing).</summary>
    public bool GoesOnWithTheList(string between) => either.IsMatch(between);

    /// <summary>
    /// A removing expression said under a negation ("不要剔除天猫", "别把京东剔掉", "don't leave JD out"): what it names is kept,
    /// whatever the removing words alone would say.
    /// </summary>
    public bool KeptUnderNegation(string textBefore, string textAfter) =>
        negatedRemoval.IsMatch(textBefore) || negatedOpening.IsMatch(textBefore) && removingClosing.IsMatch(textAfter);

    /// <summary>Whether the word points at the rows of a thing left out right before it ("天猫的订单", "the Tmall orders").</summary>
    public bool Points(string word) => pointers.Contains(word.Trim());

    /// <summary>The expressions said before what they leave out ("不看", "skip", "forget about").</summary>
    public IReadOnlyList<string> BeforeWords => beforeWords;

    /// <summary>The frames around what they leave out: openings ("别把", "set") and their closings ("算进去", "aside").</summary>
    public IReadOnlyList<(string[] Openings, string[] Closings)> FrameWords => frameWords;

    /// <summary>The expressions said after what they leave out, closing its clause ("先不看", "不计", "set aside").</summary>
    public IReadOnlyList<string> AfterWords => afterWords;

    private static string[] Words(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static IReadOnlyList<string> Of(Dictionary<string, List<string>> lists, string kind) =>
        lists.TryGetValue(kind, out var list) ? list : throw new InvalidOperationException($"leaving-out.txt has no '{kind}:' line");

    // Longest first, so "不看了" is tried before "不看"; spaces in a phrase match any run of spaces.
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")));
}

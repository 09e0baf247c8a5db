using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding;

/// <summary>
/// A reply to a clarification that picks an option by its place in the list ("第一个吧", "就第二个", "选2", "the first one please",
/// "option 2", "the last one"): the option shown at that place. Only a reply that says nothing else counts.
/// </summary>
public static partial class OptionPosition
{
    // The whole reply: a few words of choosing around an ordinal ("那就第二个吧", "我选第1个", "选项2", "最后一个").
    [GeneratedRegex(@"^\s*(嗯|好|好的|ok)?[,，\s]*(那就|那|就|还是|我选|选|我要|要|用|就要|就选|就用)?\s*(第\s*(?<n>[1-9]|[一二三四五六七八九])\s*(个|项|种|条|個|項|種|條)?|选项\s*(?<n>[1-9]|[一二三四五六七八九])|(?<n>[1-9])|(?<last>最后(一|那)?(个|项|种|条)))\s*(个|项|种|条)?\s*(那个|这个)?\s*(吧|呢|啊|呀|就行|就好|就可以|好了|即可|谢谢|谢啦)*\s*[。.!！~]*\s*$")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^\s*((ok|okay|yes|yeah|yep|sure|um|hmm|right)[,.!\s]+)?((i'?ll|i will|i'?d|i would|let'?s|we'?ll)\s+(take|go with|pick|choose|use|have|do)|go with|take|pick|choose|select|use|i want|give me)?\s*(the\s+)?((?<ord>first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last)(\s+(one|option|choice|metric|item))?|(option|choice|number|no\.?|#)\s*(?<n>[1-9]|one|two|three|four|five|six))(\s+(please|pls|plz|thanks|thank you))?\s*[.!]*\s*$")]
    private static partial Regex English();

    /// <summary>
    /// The place (1-based) a reply picks among <paramref name="count"/> options shown, or null when it picks none by place (a
    /// place past the list is none either).
    /// </summary>
    public static int? Of(string reply, int count)
    {
        var text = QuestionText.Of(reply);
        var match = Chinese().Match(text);
        if (!match.Success) match = English().Match(text);
        if (!match.Success) return null;
        int? at = match.Groups["last"].Success || match.Groups["ord"].Value == "last" ? count
            : match.Groups["ord"].Success ? Ordinal(match.Groups["ord"].Value)
            : Number(match.Groups["n"].Value);
        return at is >= 1 && at <= count ? at : null;
    }

    private static int? Ordinal(string word) => word switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        "fourth" or "4th" => 4,
        "fifth" or "5th" => 5,
        "sixth" or "6th" => 6,
        _ => null,
    };

    private static int? Number(string word) => word switch
    {
        [var digit] when char.IsAsciiDigit(digit) => digit - '0',
        "一" or "one" => 1,
        "二" or "two" => 2,
        "三" or "three" => 3,
        "四" or "four" => 4,
        "五" or "five" => 5,
        "六" or "six" => 6,
        "七" => 7,
        "八" => 8,
        "九" => 9,
        _ => null,
    };
}

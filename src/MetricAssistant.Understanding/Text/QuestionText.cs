namespace MetricAssistant.Understanding.Text;

/// <summary>
/// A question as every reader reads it: normalised (<see cref="TextNormalizer"/>), English shorthand written out
/// (<see cref="Shorthand"/>), "month-wise" read as "monthly" (<see cref="UnitWiseWords"/>), a Singlish question tag read away (<see cref="SinglishQuestionTag"/>), Cantonese words read as Mandarin (<see cref="CantoneseWords"/>), a questioned 好多 as 多少 (<see cref="SpokenHowMany"/>), the domain's words typed by
/// sound put right (<see cref="HomophoneTypos"/>), 平均 put before the unit it is per (<see cref="AverageWordOrder"/>). One place, so a
/// question, its follow-up reading, a reply to a clarification and the choices it narrows all read the same text.
/// </summary>
public static class QuestionText
{
    public static string Of(string question) =>
        AverageWordOrder.Normalize(UnitWiseWords.Read(Shorthand.Expand(HomophoneTypos.Correct(Spoken(question)))));

    /// <summary>The listed typos by sound that <see cref="Of"/> puts right in the question, each with the word it reads (the answer names them).</summary>
    public static IReadOnlyList<(string Typed, string Meaning)> SoundReadings(string question) => HomophoneTypos.Found(Spoken(question));

    private static string Spoken(string question) => SpokenHowMany.Read(CantoneseWords.Read(SinglishQuestionTag.Read(TextNormalizer.Normalize(question))));
}

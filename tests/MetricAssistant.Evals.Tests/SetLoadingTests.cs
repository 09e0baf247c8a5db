namespace MetricAssistant.Evals.Tests;

public sealed class SetLoadingTests
{
    [Fact]
    public void The_golden_set_loads_without_problems()
    {
        var (cases, problems) = EvalSets.Golden;
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.False(c.HeldOut));
    }

    [Fact]
    public void The_holdout_set_loads_without_problems()
    {
        var (cases, problems) = EvalSets.Holdout;
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.True(c.HeldOut));
    }

    [Fact]
    public void Ids_are_unique_across_both_sets()
    {
        var duplicates = EvalSets.All.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(duplicates.Length == 0, "duplicate ids: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void Ids_follow_file_lang_number()
    {
        // A conversation's turns are <conversation id>#<n>: the conversation's id follows the rule.
        var wrong = EvalSets.All
            .Where(c => !System.Text.RegularExpressions.Regex.IsMatch(c.Turn?.Conversation ?? c.Id, $"^{System.Text.RegularExpressions.Regex.Escape(Path.GetFileNameWithoutExtension(c.File))}-{c.Lang}-[0-9]{{3}}$")
                || (c.Turn is { } turn && c.Id != $"{turn.Conversation}#{turn.Number}"))
            .Select(c => $"{c.File}: {c.Id}").ToArray();
        Assert.True(wrong.Length == 0, "ids not of the form <file>-<lang>-<nnn>:\n" + string.Join("\n", wrong));
    }
}

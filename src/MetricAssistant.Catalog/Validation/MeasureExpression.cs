using System.Globalization;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// The small arithmetic language of measures and derived metrics: column paths (or input names), numbers,
/// + - * /, unary minus and parentheses. Example: "line_amount - quantity * products.unit_cost".
/// Parsing only checks the syntax and collects the referenced paths, in order of first appearance.
/// </summary>
public sealed record MeasureExpression(string Text, IReadOnlyList<ColumnPath> Columns, string? Error)
{
    public bool IsValid => Error is null;

    public static MeasureExpression Parse(string text)
    {
        var parser = new Parser(text);
        try
        {
            parser.ParseAll();
            return new MeasureExpression(text, parser.Columns, null);
        }
        catch (FormatException e)
        {
            return new MeasureExpression(text, parser.Columns, e.Message);
        }
    }

    // Recursive descent: expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*;
    // factor := '-' factor | number | path | '(' expr ')'.
    private sealed class Parser(string text)
    {
        private int position;
        public List<ColumnPath> Columns { get; } = [];

        public void ParseAll()
        {
            if (string.IsNullOrWhiteSpace(text)) throw new FormatException("the expression is empty");
            Expression();
            SkipSpace();
            if (position < text.Length) throw Unexpected();
        }

        private void Expression()
        {
            Term();
            while (Accept('+') || Accept('-')) Term();
        }

        private void Term()
        {
            Factor();
            while (Accept('*') || Accept('/')) Factor();
        }

        private void Factor()
        {
            SkipSpace();
            if (Accept('-')) { Factor(); return; }
            if (Accept('('))
            {
                Expression();
                if (!Accept(')')) throw position < text.Length ? Unexpected() : new FormatException("missing ')' at the end");
                return;
            }
            if (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.')) { Number(); return; }
            if (position < text.Length && IsNameStart(text[position])) { Path(); return; }
            throw position < text.Length ? Unexpected() : new FormatException("the expression ends where a value was expected");
        }

        private void Number()
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.')) position++;
            if (!decimal.TryParse(text[start..position], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                throw new FormatException($"'{text[start..position]}' is not a number (at position {start + 1})");
        }

        // "orders.stores.region_code": names joined by dots, no spaces around them.
        private void Path()
        {
            var start = position;
            while (true)
            {
                if (position >= text.Length || !IsNameStart(text[position]))
                    throw new FormatException($"a column name must follow '.' (at position {position + 1})");
                while (position < text.Length && (IsNameStart(text[position]) || char.IsAsciiDigit(text[position]))) position++;
                if (position < text.Length && text[position] == '.') { position++; continue; }
                break;
            }
            var path = ColumnPath.Parse(text[start..position]);
            if (!Columns.Contains(path)) Columns.Add(path);
        }

        private bool Accept(char c)
        {
            SkipSpace();
            if (position >= text.Length || text[position] != c) return false;
            position++;
            return true;
        }

        private void SkipSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
        }

        private FormatException Unexpected() => new($"unexpected '{text[position]}' at position {position + 1}");

        private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    }
}

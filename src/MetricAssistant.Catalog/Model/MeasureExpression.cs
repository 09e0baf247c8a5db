using System.Globalization;

namespace MetricAssistant.Catalog.Model;

/// <summary>
/// The small arithmetic language of measures and derived metrics: column paths (or input names), numbers,
/// + - * /, unary minus and parentheses. Example: "line_amount - quantity * products.unit_cost".
/// The one parser of this language: validation reads the referenced paths (in order of first appearance),
/// the compiler renders the <see cref="Tree"/>; nothing but names, numbers and + - * / ( ) reaches SQL.
/// </summary>
public sealed record MeasureExpression(string Text, IReadOnlyList<ColumnPath> Columns, string? Error, Expr? Tree = null)
{
    public bool IsValid => Error is null;

    public static MeasureExpression Parse(string text)
    {
        var parser = new Parser(text);
        try
        {
            var tree = parser.ParseAll();
            return new MeasureExpression(text, parser.Columns, null, tree);
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

        public Expr ParseAll()
        {
            if (string.IsNullOrWhiteSpace(text)) throw new FormatException("the expression is empty");
            var tree = Expression();
            SkipSpace();
            if (position < text.Length) throw Unexpected();
            return tree;
        }

        private Expr Expression()
        {
            var left = Term();
            while (true)
            {
                if (Accept('+')) left = new BinaryExpr('+', left, Term());
                else if (Accept('-')) left = new BinaryExpr('-', left, Term());
                else return left;
            }
        }

        private Expr Term()
        {
            var left = Factor();
            while (true)
            {
                if (Accept('*')) left = new BinaryExpr('*', left, Factor());
                else if (Accept('/')) left = new BinaryExpr('/', left, Factor());
                else return left;
            }
        }

        private Expr Factor()
        {
            SkipSpace();
            if (Accept('-')) return new NegateExpr(Factor());
            if (Accept('('))
            {
                var inner = Expression();
                if (!Accept(')')) throw position < text.Length ? Unexpected() : new FormatException("missing ')' at the end");
                return inner;
            }
            if (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.')) return Number();
            if (position < text.Length && (IsNameStart(text[position]) || text[position] == '"')) return Path();
            throw position < text.Length ? Unexpected() : new FormatException("the expression ends where a value was expected");
        }

        private NumberExpr Number()
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.')) position++;
            if (!decimal.TryParse(text[start..position], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                throw new FormatException($"'{text[start..position]}' is not a number (at position {start + 1})");
            return new NumberExpr(value);
        }

        // "orders.stores.region_code": names joined by dots, no spaces around them; a name that needs it is
        // double-quoted ("Line Amount", with "" for a quote), as the column path reads it.
        private NameExpr Path()
        {
            var start = position;
            while (true)
            {
                if (position < text.Length && text[position] == '"') QuotedName();
                else
                {
                    if (position >= text.Length || !IsNameStart(text[position]))
                        throw new FormatException($"a column name must follow '.' (at position {position + 1})");
                    while (position < text.Length && (IsNameStart(text[position]) || char.IsAsciiDigit(text[position]))) position++;
                }
                if (position < text.Length && text[position] == '.') { position++; continue; }
                break;
            }
            var path = ColumnPath.Parse(text[start..position]);
            if (!Columns.Contains(path)) Columns.Add(path);
            return new NameExpr(text[start..position]);
        }

        private void QuotedName()
        {
            var open = position++;
            while (true)
            {
                if (position >= text.Length) throw new FormatException($"the double quote at position {open + 1} is never closed");
                if (text[position] == '"')
                {
                    if (position + 1 < text.Length && text[position + 1] == '"') { position += 2; continue; }
                    position++;
                    break;
                }
                position++;
            }
            if (position == open + 2) throw new FormatException($"an empty quoted name at position {open + 1}");
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

using System.Globalization;

namespace MetricAssistant.Compiler.Expressions;

/// <summary>
/// Parses arithmetic over names and numbers with the usual precedence, e.g.
/// "line_amount - quantity * products.unit_cost". Returns null and an error for anything else,
/// so that nothing but names, numbers and + - * / ( ) ever reaches SQL.
/// </summary>
public static class ExpressionParser
{
    public static Expr? TryParse(string text, out string? error)
    {
        var parser = new State(text);
        try
        {
            var expr = parser.ParseSum();
            parser.SkipSpace();
            if (!parser.AtEnd)
            {
                error = $"unexpected '{text[parser.Position]}' at position {parser.Position + 1}";
                return null;
            }
            error = null;
            return expr;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>The names an expression uses, in order of first appearance.</summary>
    public static IReadOnlyList<string> Names(Expr expr)
    {
        var names = new List<string>();
        Collect(expr, names);
        return names;

        static void Collect(Expr e, List<string> into)
        {
            switch (e)
            {
                case NameExpr n when !into.Contains(n.Name): into.Add(n.Name); break;
                case BinaryExpr b: Collect(b.Left, into); Collect(b.Right, into); break;
                case NegateExpr n: Collect(n.Operand, into); break;
            }
        }
    }

    private sealed class State(string text)
    {
        public int Position;
        public bool AtEnd => Position >= text.Length;

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[Position])) Position++;
        }

        public Expr ParseSum()
        {
            var left = ParseProduct();
            while (TryTake('+', '-') is { } op) left = new BinaryExpr(op, left, ParseProduct());
            return left;
        }

        private Expr ParseProduct()
        {
            var left = ParseUnary();
            while (TryTake('*', '/') is { } op) left = new BinaryExpr(op, left, ParseUnary());
            return left;
        }

        private Expr ParseUnary() => TryTake('-') is not null ? new NegateExpr(ParseUnary()) : ParseAtom();

        private Expr ParseAtom()
        {
            SkipSpace();
            if (AtEnd) throw new FormatException("expression ends too early");
            var c = text[Position];
            if (c == '(')
            {
                Position++;
                var inner = ParseSum();
                if (TryTake(')') is null) throw new FormatException("missing ')'");
                return inner;
            }
            if (char.IsAsciiDigit(c)) return new NumberExpr(decimal.Parse(Take(ch => char.IsAsciiDigit(ch) || ch == '.'), CultureInfo.InvariantCulture));
            if (char.IsAsciiLetterLower(c) || c == '_') return new NameExpr(Take(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch is '_' or '.'));
            throw new FormatException($"unexpected '{c}' at position {Position + 1}");
        }

        private char? TryTake(params char[] ops)
        {
            SkipSpace();
            if (AtEnd || Array.IndexOf(ops, text[Position]) < 0) return null;
            return text[Position++];
        }

        private string Take(Func<char, bool> accept)
        {
            var start = Position;
            while (!AtEnd && accept(text[Position])) Position++;
            return text[start..Position];
        }
    }
}

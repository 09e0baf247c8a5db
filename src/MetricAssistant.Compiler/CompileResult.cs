using System.Diagnostics.CodeAnalysis;

namespace MetricAssistant.Compiler;

public sealed record CompileResult(CompiledQuery? Query, CompileError? Error)
{
    [MemberNotNullWhen(true, nameof(Query))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Query is not null;

    public static CompileResult Ok(CompiledQuery query) => new(query, null);
    public static CompileResult Fail(CompileError error) => new(null, error);
}

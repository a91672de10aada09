namespace Campaign.Templates;

/// <summary>Something wrong with a template; line and column (1-based) when the position is known.</summary>
public sealed record TemplateProblem(string Message, int? Line = null, int? Column = null)
{
    public override string ToString() => Line is { } line ? $"Line {line}, column {Column}: {Message}" : Message;

    /// <summary>The problem placed at character <paramref name="index"/> of the source; unplaced when it is negative (not found).</summary>
    internal static TemplateProblem At(string source, int index, string message)
    {
        if (index < 0) return new TemplateProblem(message);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new TemplateProblem(message, line, index - lineStart + 1);
    }
}

/// <summary>A template refused while checking or stopped while rendering.</summary>
public sealed class TemplateException(TemplateProblem problem) : Exception(problem.ToString())
{
    public TemplateProblem Problem { get; } = problem;

    public TemplateException(string message)
        : this(new TemplateProblem(message))
    {
    }
}

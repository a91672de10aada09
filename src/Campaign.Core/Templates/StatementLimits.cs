using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Values;

namespace Campaign.Templates;

/// <summary>
/// The limits that stop a runaway template, and the guards that enforce them. Fluid counts steps itself; it knows no
/// limit on the size of values or output, and a few filters can grow text quickly, so those are checked here.
/// </summary>
internal static class StatementLimits
{
    public const int MaxSourceLength = 50_000;
    public const int MaxSteps = 50_000;
    public const int MaxRecursion = 16;
    public const int MaxOutputLength = 100_000;
    public const int MaxValueLength = 50_000;
    public const int MaxRangeItems = 1_000;

    /// <summary>Input size × argument size a filter may work on: replace and join can multiply the two.</summary>
    public const long MaxFilterWork = 5_000_000;

    /// <summary>The filters a statement may use: text, lists, numbers and dates. Nothing that reflects or encodes.</summary>
    public static readonly IReadOnlySet<string> Filters = new HashSet<string>(StringComparer.Ordinal)
    {
        "append", "prepend", "capitalize", "downcase", "upcase", "default", "remove", "remove_first", "remove_last",
        "replace", "replace_first", "replace_last", "strip", "lstrip", "rstrip", "strip_newlines", "truncate", "truncatewords",
        "split", "slice", "size", "url_encode", "first", "last", "join", "sort", "sort_natural", "reverse", "uniq", "compact",
        "map", "where", "reject", "find", "sum", "concat", "plus", "minus", "times", "divided_by", "modulo", "round", "ceil",
        "floor", "abs", "at_least", "at_most", "date",
    };

    public static string StepsMessage { get; } =
        $"The template was stopped after {MaxSteps.ToString("N0", CultureInfo.InvariantCulture)} steps: it probably has a loop that never ends.";

    public static string OutputMessage { get; } =
        $"The template was stopped: it wrote more than {MaxOutputLength.ToString("N0", CultureInfo.InvariantCulture)} characters.";

    public static string ValueMessage { get; } =
        $"The template was stopped: a value it built grew beyond {MaxValueLength.ToString("N0", CultureInfo.InvariantCulture)} characters.";

    /// <summary>Keeps the allowed filters, each wrapped in a size guard, and drops the rest.</summary>
    public static void GuardFilters(FilterCollection filters)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            if (Filters.Contains(name)) filters.AddFilter(name, Guard(filter));
            else filters.Remove(name);
        }
    }

    private static FilterDelegate Guard(FilterDelegate filter) => async (input, arguments, context) =>
    {
        // A filter called without arguments (downcase, capitalize…) gets Fluid's empty arguments, whose list is null.
        var work = (SizeOf(input) + 1L) * ((arguments.Values ?? []).Sum(SizeOf) + 1L);
        if (work > MaxFilterWork) throw new TemplateException(ValueMessage);
        return CheckValue(await filter(input, arguments, context));
    };

    public static FluidValue CheckValue(FluidValue value) =>
        SizeOf(value) > MaxValueLength ? throw new TemplateException(ValueMessage) : value;

    /// <summary>Characters, roughly: text by length, lists by their items.</summary>
    private static long SizeOf(FluidValue value) => value switch
    {
        StringValue text => text.ToStringValue().Length,
        ArrayValue list => list.Values.Sum(item => SizeOf(item) + 1),
        _ => 1,
    };
}

/// <summary>Collects the rendered text and stops the template once it has written too much.</summary>
internal sealed class LimitedWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        Ensure(1);
        _text.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        Ensure(value.Length);
        _text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Ensure(count);
        _text.Append(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Ensure(buffer.Length);
        _text.Append(buffer);
    }

    // TextWriter's async defaults hop to the thread pool per call: write synchronously instead.
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override string ToString() => _text.ToString();

    private void Ensure(int count)
    {
        if (_text.Length + count > StatementLimits.MaxOutputLength) throw new TemplateException(StatementLimits.OutputMessage);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;

namespace Campaign.Templates;

/// <summary>
/// Checks a template against the allow-list before it runs, so a forbidden name is refused even in a branch that would
/// not render for this stakeholder; rendering checks again (<see cref="AllowListMemberAccess"/>) what cannot be known yet.
/// </summary>
internal sealed partial class StatementChecker(string source, TemplateKind kind) : AstVisitor
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "empty", "blank", "nil", "null", "true", "false" };

    private static readonly Dictionary<string, LiquidType> LoopMembers = new(StringComparer.Ordinal)
    {
        ["index"] = LiquidType.Number, ["index0"] = LiquidType.Number, ["rindex"] = LiquidType.Number,
        ["rindex0"] = LiquidType.Number, ["first"] = LiquidType.Boolean, ["last"] = LiquidType.Boolean,
        ["length"] = LiquidType.Number, ["parentloop"] = LiquidType.Unknown,
    };

    private static readonly LiquidType ForLoop = new(LiquidShape.Object);

    private readonly List<TemplateProblem> _problems = [];
    private readonly Dictionary<string, LiquidType> _assigned = new(StringComparer.Ordinal);
    private readonly List<(string Name, LiquidType Type)> _loops = [];

    public static IReadOnlyList<TemplateProblem> Check(IFluidTemplate template, string source, TemplateKind kind = TemplateKind.PositionStatement)
    {
        var checker = new StatementChecker(source, kind);
        checker.VisitTemplate(template);
        return checker._problems.DistinctBy(p => p.ToString()).ToList();
    }

    protected override Statement VisitCaptureStatement(CaptureStatement statement)
    {
        // The captured name is known, so its uses are not reported a second time.
        _assigned[statement.Identifier] = LiquidType.Text;
        return Refuse(statement, "capture");
    }

    protected override Statement VisitCycleStatement(CycleStatement statement) => Refuse(statement, "cycle");

    protected override Statement VisitIncrementStatement(IncrementStatement statement) => Refuse(statement, "increment");

    protected override Statement VisitDecrementStatement(DecrementStatement statement) => Refuse(statement, "decrement");

    protected override Statement VisitIncludeStatement(IncludeStatement statement) => Refuse(statement, "include");

    protected override Statement VisitRenderStatement(RenderStatement statement) => Refuse(statement, "render");

    protected override Statement VisitMacroStatement(MacroStatement statement) => Refuse(statement, "macro");

    protected override Statement VisitFromStatement(FromStatement statement) => Refuse(statement, "from");

    protected override Statement VisitTableRowStatement(TableRowStatement statement) => Refuse(statement, "tablerow");

    protected override Statement VisitIfChangedStatement(IfChangedStatement statement) => Refuse(statement, "ifchanged");

    protected override Statement VisitLiquidStatement(LiquidStatement statement) => Refuse(statement, "liquid");

    protected override Statement VisitCallbackStatement(CallbackStatement statement) => Refuse(statement, null);

    protected override Statement VisitEmptyTagStatement(EmptyTagStatement statement) => Refuse(statement, null);

    protected override Statement VisitEmptyBlockStatement(EmptyBlockStatement statement) => Refuse(statement, null);

    protected override Statement VisitParserTagStatement<T>(ParserTagStatement<T> statement) => Refuse(statement, null);

    protected override Statement VisitParserBlockStatement<T>(ParserBlockStatement<T> statement) => Refuse(statement, null);

    public override Statement VisitOtherStatement(Statement statement) => Refuse(statement, null);

    protected override Statement VisitAssignStatement(AssignStatement statement)
    {
        _assigned[statement.Identifier] = TypeOf(statement.Value);
        return statement;
    }

    protected override Statement VisitForStatement(ForStatement statement)
    {
        var items = TypeOf(statement.Source);
        TypeOf(statement.Limit);
        TypeOf(statement.Offset);
        _loops.Add((statement.Identifier, items.Shape == LiquidShape.List ? items.Element! : LiquidType.Unknown));
        foreach (var child in statement.Statements) Visit(child);
        _loops.RemoveAt(_loops.Count - 1);
        Visit(statement.Else);
        return statement;
    }

    protected override Expression VisitMemberExpression(MemberExpression expression)
    {
        Resolve(expression);
        return expression;
    }

    protected override Expression VisitFilterExpression(FilterExpression expression)
    {
        TypeOf(expression);
        return expression;
    }

    protected override Expression VisitRangeExpression(RangeExpression expression)
    {
        CheckRange(expression);
        return expression;
    }

    private LiquidType TypeOf(Expression? expression)
    {
        switch (expression)
        {
            case null:
                return LiquidType.Unknown;
            case MemberExpression member:
                return Resolve(member);
            case RangeExpression range:
                CheckRange(range);
                return new LiquidType(LiquidShape.List, null, LiquidType.Number);
            case FilterExpression filter:
                var input = TypeOf(filter.Input);
                foreach (var parameter in filter.Parameters) TypeOf(parameter.Expression);
                if (!StatementLimits.Filters.Contains(filter.Name))
                {
                    Add(FindInTags($@"\|\s*{Regex.Escape(filter.Name)}\b"),
                        $"The “{filter.Name}” filter is not available. Filters you can use: {string.Join(", ", StatementLimits.Filters.Order(StringComparer.Ordinal))}.");
                    return LiquidType.Unknown;
                }
                return filter.Name switch
                {
                    "first" or "last" when input.Shape == LiquidShape.List => input.Element!,
                    "sort" or "sort_natural" or "reverse" or "uniq" or "compact" or "where" or "reject" or "slice" or "concat"
                        when input.Shape == LiquidShape.List => input,
                    "find" when input.Shape == LiquidShape.List => input.Element!,
                    "size" or "plus" or "minus" or "times" or "divided_by" or "modulo" or "round" or "ceil" or "floor" or "abs"
                        or "at_least" or "at_most" or "sum" => LiquidType.Number,
                    "map" or "split" => new LiquidType(LiquidShape.List, null, LiquidType.Unknown),
                    "default" => LiquidType.Unknown,
                    _ => LiquidType.Text,
                };
            case LiteralExpression literal:
                return literal.Value is StringValue ? LiquidType.Text : LiquidType.Unknown;
            default:
                Visit(expression);
                return LiquidType.Unknown;
        }
    }

    private LiquidType Resolve(MemberExpression expression)
    {
        if (expression.Segments.Count == 0 || expression.Segments[0] is not IdentifierSegment first) return LiquidType.Unknown;

        var name = first.Identifier;
        LiquidType type;
        var loop = _loops.FindLast(l => l.Name == name);
        if (loop.Name is not null) type = loop.Type;
        else if (_assigned.TryGetValue(name, out var assigned)) type = assigned;
        else if (name == "forloop" && _loops.Count > 0) type = ForLoop;
        else if (StatementSchema.RootsOf(kind).TryGetValue(name, out var root)) type = root;
        else if (Keywords.Contains(name)) type = LiquidType.Unknown;
        else
        {
            Add(FindInTags($@"(?<![\w.]){Regex.Escape(name)}\b"),
                $"“{name}” is not something {TemplateKinds.WithArticle(kind).ToLowerInvariant()} can use. It can use {string.Join(", ", StatementSchema.RootsOf(kind).Keys)}.");
            return LiquidType.Unknown;
        }

        var path = name;
        foreach (var segment in expression.Segments.Skip(1))
        {
            string? member = null;
            if (segment is IdentifierSegment identifier) member = identifier.Identifier;
            else if (segment is IndexerSegment indexer)
            {
                TypeOf(indexer.Expression);
                if (indexer.Expression is LiteralExpression { Value: StringValue key }) member = key.ToStringValue();
            }

            var next = Step(type, segment, member);
            if (next is null)
            {
                Add(FindInTags(Regex.Escape(path + "." + member)) is var at and >= 0 ? at : FindInTags($@"\b{Regex.Escape(member ?? "")}\b"),
                    NotAvailable(type, path, member ?? "?"));
                return LiquidType.Unknown;
            }
            type = next;
            path += "." + member;
        }
        return type;
    }

    /// <summary>The type one step down, or null when the step is not allowed.</summary>
    private static LiquidType? Step(LiquidType type, MemberSegment segment, string? member)
    {
        if (ReferenceEquals(type, ForLoop)) return member is not null && LoopMembers.TryGetValue(member, out var loopMember) ? loopMember : null;
        return type.Shape switch
        {
            LiquidShape.Unknown => LiquidType.Unknown,
            // A computed key cannot be checked here; rendering refuses a bad one.
            LiquidShape.Object when member is null => LiquidType.Unknown,
            LiquidShape.Object => StatementSchema.Member(type.ClrType!, member),
            LiquidShape.List when segment is IndexerSegment && member is null => type.Element,
            LiquidShape.List => member switch { "size" => LiquidType.Number, "first" or "last" => type.Element, _ => null },
            LiquidShape.Text => member switch { "size" => LiquidType.Number, "first" or "last" => LiquidType.Text, _ => null },
            _ => null,
        };
    }

    private string NotAvailable(LiquidType type, string path, string member)
    {
        var offers = type.Shape switch
        {
            LiquidShape.Object when type.ClrType is { } clr => $"{StatementSchema.NameOf(clr)} has {string.Join(", ", StatementSchema.MemberNames(clr))}",
            LiquidShape.Object => $"the loop has {string.Join(", ", LoopMembers.Keys)}",
            LiquidShape.List => "a list has size, first and last",
            LiquidShape.Text => "text has size, first and last",
            _ => $"“{path}” has no members",
        };
        return $"“{path}.{member}” is not available to {TemplateKinds.Words(kind)}s: {offers}.";
    }

    private void CheckRange(RangeExpression range)
    {
        TypeOf(range.From);
        TypeOf(range.To);
        if (range.From is LiteralExpression { Value: NumberValue from } && range.To is LiteralExpression { Value: NumberValue to }
            && decimal.IsInteger(from.ToNumberValue()) && decimal.IsInteger(to.ToNumberValue())
            && to.ToNumberValue() - from.ToNumberValue() < StatementLimits.MaxRangeItems)
            return;
        Add(FindInTags(@"\([^()]*\.\.[^()]*\)"),
            $"A range must go between two whole numbers written out, with at most {StatementLimits.MaxRangeItems.ToString("N0", CultureInfo.InvariantCulture)} items, e.g. (1..5).");
    }

    private Statement Refuse(Statement statement, string? tag)
    {
        Add(tag is null ? -1 : FindInTags($@"\{{%-?\s*{tag}\b"),
            tag is null ? $"This tag is not allowed in {TemplateKinds.Words(kind)}s." : $"The “{tag}” tag is not allowed in {TemplateKinds.Words(kind)}s.");
        return statement;
    }

    private void Add(int index, string message) => _problems.Add(TemplateProblem.At(source, index, message));

    /// <summary>Where a pattern first occurs inside a {{ }} or {% %} tag (so prose mentioning the same word is skipped).</summary>
    private int FindInTags(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (Match tag in Tags().Matches(source))
        {
            var match = regex.Match(tag.Value);
            if (match.Success) return tag.Index + match.Index;
        }
        return -1;
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}

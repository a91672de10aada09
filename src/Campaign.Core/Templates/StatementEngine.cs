using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Campaign.Templates;

/// <summary>A template that parsed and passed the allow-list check, ready to render many times.</summary>
public sealed class CompiledStatement
{
    internal CompiledStatement(IFluidTemplate template, TemplateKind kind)
    {
        Template = template;
        Kind = kind;
    }

    internal IFluidTemplate Template { get; }

    /// <summary>The kind it was checked as: it renders over that kind's model only.</summary>
    public TemplateKind Kind { get; }
}

public sealed record StatementCheck(CompiledStatement? Statement, IReadOnlyList<TemplateProblem> Problems)
{
    public bool IsValid => Statement is not null && Problems.Count == 0;
}

/// <summary>Rendered Markdown, or why there is none.</summary>
public sealed record StatementRender(string? Markdown, IReadOnlyList<TemplateProblem> Problems);

/// <summary>
/// Templates of every kind: Markdown (plain text for email texts) with Liquid placeholders (Fluid) over the kind's model
/// only (<see cref="TemplateKinds.ModelType"/>). Thread-safe: one parser and one set of options per kind serve every render.
/// </summary>
public sealed partial class StatementEngine
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private readonly FluidParser _parser = new(new FluidParserOptions { AllowFunctions = false, AllowLiquidTag = false, AllowParentheses = false });
    private readonly Dictionary<TemplateKind, TemplateOptions> _options;

    public StatementEngine() => _options = Enum.GetValues<TemplateKind>().ToDictionary(k => k, Options);

    private static TemplateOptions Options(TemplateKind kind)
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = new AllowListMemberAccess { MemberNameStrategy = StatementSchema.Naming },
            CultureInfo = British,
            // Dates in the model are already UK calendar dates; no zone conversion should move them.
            TimeZone = TimeZoneInfo.Utc,
            MaxSteps = StatementLimits.MaxSteps,
            MaxRecursion = StatementLimits.MaxRecursion,
            StrictFilters = true,
            FileProvider = new NullFileProvider(),
            Undefined = name => throw new TemplateException(
                $"“{name}” is not something {TemplateKinds.WithArticle(kind).ToLowerInvariant()} can use. It can use {string.Join(", ", StatementSchema.RootsOf(kind).Keys)}."),
            Assigned = (_, value, _) => ValueTask.FromResult(StatementLimits.CheckValue(value)),
        };
        foreach (var type in StatementSchema.Types) options.MemberAccessStrategy.Register(type);
        StatementLimits.GuardFilters(options.Filters);
        return options;
    }

    /// <summary>The names templates can use, each with its members: generated from the model, so always current.</summary>
    public static IReadOnlyList<TemplateName> Vocabulary { get; } = StatementSchema.Describe();

    /// <summary>The names a template of this kind can use, each with its members.</summary>
    public static IReadOnlyList<TemplateName> VocabularyOf(TemplateKind kind) => StatementSchema.Describe(kind);

    /// <summary>Filters templates can use.</summary>
    public static IReadOnlyList<string> Filters { get; } = StatementLimits.Filters.Order(StringComparer.Ordinal).ToList();

    /// <summary>Parses and checks a template: syntax errors with line and column, then anything outside the allow-list.</summary>
    public StatementCheck Check(string source, TemplateKind kind = TemplateKind.PositionStatement)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > StatementLimits.MaxSourceLength)
            return new StatementCheck(null,
                [new TemplateProblem($"{TemplateKinds.WithArticle(kind)} can be at most {StatementLimits.MaxSourceLength:N0} characters long.")]);
        if (!_parser.TryParse(source, out var template, out var error))
            return new StatementCheck(null, [ParseProblem(error)]);
        var problems = StatementChecker.Check(template, source, kind);
        return new StatementCheck(problems.Count == 0 ? new CompiledStatement(template, kind) : null, problems);
    }

    /// <summary>Renders a checked position statement to Markdown; throws <see cref="TemplateException"/> when a limit stops it.</summary>
    public Task<string> RenderAsync(CompiledStatement statement, StatementModel model) => RenderModelAsync(statement, model, model?.Today);

    /// <summary>Renders a checked letter or email text for one recipient.</summary>
    public Task<string> RenderAsync(CompiledStatement statement, LetterModel model) => RenderModelAsync(statement, model, model?.Today);

    /// <summary>Renders a checked meeting brief for one meeting.</summary>
    public Task<string> RenderAsync(CompiledStatement statement, MeetingBriefModel model) => RenderModelAsync(statement, model, model?.Today);

    private async Task<string> RenderModelAsync(CompiledStatement statement, object? model, DateTime? today)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(model);
        if (TemplateKinds.ModelType(statement.Kind) != model.GetType())
            throw new ArgumentException($"{TemplateKinds.WithArticle(statement.Kind)} does not render over {model.GetType().Name}.", nameof(model));
        var context = new TemplateContext(_options[statement.Kind]) { Now = () => new DateTimeOffset(today!.Value, TimeSpan.Zero) };
        foreach (var (name, value) in StatementSchema.Values(model)) context.SetValue(name, value);

        var output = new LimitedWriter();
        try
        {
            await statement.Template.RenderAsync(output, NullEncoder.Default, context);
        }
        catch (TemplateException)
        {
            throw;
        }
        catch (InvalidOperationException e) when (e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase))
        {
            // Fluid reports the step limit with its recursion message; with include and render refused, it is the steps.
            throw new TemplateException(StatementLimits.StepsMessage);
        }
        catch (Exception e) when (e is FluidException or FormatException or ArgumentException or InvalidOperationException or InvalidCastException)
        {
            throw new TemplateException($"The template could not be rendered: {e.Message}");
        }
        return output.ToString();
    }

    /// <summary>Checks and renders in one go, for previews: problems come back instead of exceptions.</summary>
    public Task<StatementRender> TryRenderAsync(string source, StatementModel model) =>
        TryRenderAsync(source, TemplateKind.PositionStatement, model, model?.Today);

    /// <summary>Checks and renders a letter or email text for one recipient, for previews.</summary>
    public Task<StatementRender> TryRenderAsync(string source, TemplateKind kind, LetterModel model) => TryRenderAsync(source, kind, model, model?.Today);

    /// <summary>Checks and renders a meeting brief, for previews.</summary>
    public Task<StatementRender> TryRenderAsync(string source, MeetingBriefModel model) =>
        TryRenderAsync(source, TemplateKind.MeetingBrief, model, model?.Today);

    private async Task<StatementRender> TryRenderAsync(string source, TemplateKind kind, object? model, DateTime? today)
    {
        var check = Check(source, kind);
        if (!check.IsValid) return new StatementRender(null, check.Problems);
        try
        {
            return new StatementRender(await RenderModelAsync(check.Statement!, model, today), []);
        }
        catch (TemplateException e)
        {
            return new StatementRender(null, [e.Problem]);
        }
    }

    private static TemplateProblem ParseProblem(string error)
    {
        // Fluid: "<message> at (line:column)\nSource:\n<excerpt>".
        var match = ParseError().Match(error);
        return match.Success
            ? new TemplateProblem(match.Groups["message"].Value.TrimEnd('.') + ".", int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture))
            : new TemplateProblem(error.Split('\n')[0]);
    }

    [GeneratedRegex(@"^(?<message>.*?) at \((?<line>\d+):(?<column>\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParseError();
}

/// <summary>
/// Registered members only, and a clear refusal for anything else (Fluid's default renders an unknown member as
/// nothing, which would hide a mistake and let a template probe the model).
/// </summary>
internal sealed class AllowListMemberAccess : DefaultMemberAccessStrategy
{
    public override IMemberAccessor GetAccessor(Type type, string name) =>
        base.GetAccessor(type, name) ?? throw new TemplateException(StatementSchema.IsModelType(type)
            ? $"“{name}” is not available on {StatementSchema.NameOf(type)}: it has {string.Join(", ", StatementSchema.MemberNames(type))}."
            : $"“{name}” is not available to templates.");
}

using System.Reflection;
using Fluid;

namespace Campaign.Templates;

internal enum LiquidShape
{
    Unknown,
    Text,
    Number,
    Boolean,
    Date,
    Object,
    List,
}

/// <summary>What a Liquid expression holds, as far as the checker can tell before rendering.</summary>
internal sealed record LiquidType(LiquidShape Shape, Type? ClrType = null, LiquidType? Element = null)
{
    public static readonly LiquidType Unknown = new(LiquidShape.Unknown);
    public static readonly LiquidType Text = new(LiquidShape.Text);
    public static readonly LiquidType Number = new(LiquidShape.Number);
    public static readonly LiquidType Boolean = new(LiquidShape.Boolean);
    public static readonly LiquidType Date = new(LiquidShape.Date);
}

/// <summary>
/// The allow-list: the model types and their members under Liquid names, derived once from each kind's model
/// (<see cref="StatementModel"/>, <see cref="LetterModel"/>, <see cref="MeetingBriefModel"/>). Both the Fluid
/// registration and the checker read it, so they cannot disagree.
/// </summary>
internal static class StatementSchema
{
    public static readonly MemberNameStrategy Naming = MemberNameStrategies.SnakeCase;

    public static readonly IReadOnlyList<Type> Types =
    [
        typeof(StatementStakeholder), typeof(StatementCampaign), typeof(StatementAsk), typeof(StatementMilestone),
        typeof(StatementPosition), typeof(StatementInteraction), typeof(StatementPartner),
        typeof(LetterRecipient), typeof(LetterSigner), typeof(BriefMeeting), typeof(BriefAttendee),
    ];

    private static readonly Dictionary<Type, Dictionary<string, LiquidType>> Members = Types.ToDictionary(
        t => t,
        t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => Naming(p), p => Describe(p.PropertyType), StringComparer.Ordinal));

    private static readonly Dictionary<TemplateKind, IReadOnlyDictionary<string, LiquidType>> RootsByKind =
        Enum.GetValues<TemplateKind>().ToDictionary(k => k, k => (IReadOnlyDictionary<string, LiquidType>)TemplateKinds.ModelType(k)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => Naming(p), p => Describe(p.PropertyType), StringComparer.Ordinal));

    /// <summary>The top-level names a position statement may use, built from the properties of <see cref="StatementModel"/>.</summary>
    public static IReadOnlyDictionary<string, LiquidType> Roots => RootsByKind[TemplateKind.PositionStatement];

    /// <summary>The top-level names a template of this kind may use, from the properties of its model.</summary>
    public static IReadOnlyDictionary<string, LiquidType> RootsOf(TemplateKind kind) => RootsByKind[kind];

    /// <summary>Liquid's name for a model type, as templates meet it (e.g. "stakeholder", "ask", "recipient").</summary>
    public static string NameOf(Type type)
    {
        foreach (var prefix in (string[])["Statement", "Letter", "Brief"])
            if (type.Name.StartsWith(prefix, StringComparison.Ordinal) && type.Name.Length > prefix.Length)
                return type.Name[prefix.Length..].ToLowerInvariant();
        return type.Name;
    }

    public static bool IsModelType(Type type) => Members.ContainsKey(type);

    public static LiquidType? Member(Type type, string name) =>
        Members.TryGetValue(type, out var members) && members.TryGetValue(name, out var member) ? member : null;

    public static IEnumerable<string> MemberNames(Type type) => Members.TryGetValue(type, out var members) ? members.Keys : [];

    /// <summary>Each top-level name of a kind and what it offers, in words, for the editor's help.</summary>
    public static IReadOnlyList<TemplateName> Describe(TemplateKind kind = TemplateKind.PositionStatement) => RootsOf(kind).Select(root =>
        new TemplateName(root.Key, root.Value switch
        {
            { Shape: LiquidShape.Object, ClrType: { } type } => string.Join(", ", MemberNames(type)),
            { Shape: LiquidShape.List, Element: { Shape: LiquidShape.Object, ClrType: { } type } } =>
                $"a list; each {NameOf(type)} has {string.Join(", ", MemberNames(type))}",
            { Shape: LiquidShape.Date } => "a date, e.g. {{ today | date: \"%-d %B %Y\" }}",
            _ => "",
        })).ToList();

    /// <summary>The model's top-level values under their Liquid names.</summary>
    public static IEnumerable<(string Name, object? Value)> Values(object model) =>
        model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Naming(p), p.GetValue(model)));

    private static LiquidType Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return LiquidType.Text;
        if (type == typeof(bool)) return LiquidType.Boolean;
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return LiquidType.Date;
        if (type.IsPrimitive || type == typeof(decimal)) return LiquidType.Number;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return new LiquidType(LiquidShape.List, type, Describe(type.GetGenericArguments()[0]));
        if (Types.Contains(type)) return new LiquidType(LiquidShape.Object, type);
        // A new member of a type nobody registered would silently render empty: fail at start-up instead.
        throw new InvalidOperationException($"{type.Name} is not a type templates can use.");
    }
}

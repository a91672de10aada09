namespace Campaign.Templates;

/// <summary>What each kind of template is called, which model it renders over, and how its output is read.</summary>
public static class TemplateKinds
{
    public static Type ModelType(TemplateKind kind) => kind switch
    {
        TemplateKind.PositionStatement => typeof(StatementModel),
        TemplateKind.Letter or TemplateKind.EmailText => typeof(LetterModel),
        TemplateKind.MeetingBrief => typeof(MeetingBriefModel),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>"position statement", "letter", …: as a sentence uses it.</summary>
    public static string Words(TemplateKind kind) => kind switch
    {
        TemplateKind.PositionStatement => "position statement",
        TemplateKind.Letter => "letter",
        TemplateKind.EmailText => "email text",
        TemplateKind.MeetingBrief => "meeting brief",
        _ => kind.ToString(),
    };

    /// <summary>"Position statement", "Letter", …: as a heading or a list uses it.</summary>
    public static string Label(TemplateKind kind) => char.ToUpperInvariant(Words(kind)[0]) + Words(kind)[1..];

    /// <summary>"A position statement", "An email text", …: the start of a sentence.</summary>
    public static string WithArticle(TemplateKind kind) => (kind == TemplateKind.EmailText ? "An " : "A ") + Words(kind);

    /// <summary>Email text is sent as plain text; the others are Markdown.</summary>
    public static bool IsPlainText(TemplateKind kind) => kind == TemplateKind.EmailText;
}

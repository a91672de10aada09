namespace Campaign.Common;

/// <summary>
/// The longest text each kind of field takes, in one place for the database columns (the entities' [MaxLength]), the
/// forms' checks and the imports' checks, so the three cannot drift apart.
/// </summary>
public static class FieldLengths
{
    /// <summary>A parliamentary question's UIN.</summary>
    public const int Uin = 30;

    /// <summary>Codes and short words: an ask's code, an organisation's short name, an honorific, a telephone number.</summary>
    public const int Short = 50;

    public const int Tag = 60;

    /// <summary>A part of a person's name (given name, family name, post-nominals) or a party.</summary>
    public const int NamePart = 100;

    /// <summary>A constituency or a peerage.</summary>
    public const int Seat = 150;

    /// <summary>The name of an organisation, a campaign or a user; a department, a role, a statement's title.</summary>
    public const int Name = 200;

    public const int DisplayName = 250;

    /// <summary>The longest address a mail server must accept (RFC 5321).</summary>
    public const int Email = 254;

    /// <summary>A title (of an interaction, an ask, a milestone, a follow-up or a post) or an interaction's location.</summary>
    public const int Title = 300;

    /// <summary>A line of text: a web address, a postal address, a data source, a change note.</summary>
    public const int Line = 500;

    /// <summary>A long web address (evidence) or a short note (on a relationship, a pack's list).</summary>
    public const int Note = 1000;

    /// <summary>Free text: notes, descriptions, quotes, what was raised and promised.</summary>
    public const int Text = 4000;

    /// <summary>Long free text: an interaction's summary, a person's notes.</summary>
    public const int LongText = 8000;

    /// <summary>The text cut to fit <paramref name="length"/> characters, ending "…" when cut (copying from a source with no limits).</summary>
    public static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <inheritdoc cref="Fit(string, int)"/>
    public static string? FitOrNull(string? text, int length) => text is null ? null : Fit(text, length);
}

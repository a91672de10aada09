namespace Campaign.Common;

/// <summary>
/// Enum values from text that people, addresses and files give: a member's name, ignoring case and surrounding
/// spaces. Numbers are refused ("3" is not a name, though Enum.TryParse takes it), and so is any name not defined.
/// </summary>
public static class EnumText
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var name = text?.Trim();
        if (!string.IsNullOrEmpty(name) && char.IsLetter(name[0]) && Enum.TryParse(name, ignoreCase: true, out value) && Enum.IsDefined(value))
            return true;
        value = default;
        return false;
    }

    /// <summary>The member named, or null when the text names none.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum => TryParse<T>(text, out var value) ? value : null;

    /// <summary>A member by its name or by the words <see cref="Wording"/> gives it ("Civil servant", "Arm’s-length body").</summary>
    public static bool TryParseWords<T>(string? text, out T value) where T : struct, Enum =>
        TryParse(text?.Replace(" ", "").Replace("-", "").Replace("'", "").Replace("’", ""), out value);

    /// <summary>Every member's name, for a message saying which are allowed.</summary>
    public static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}

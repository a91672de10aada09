namespace Campaign.Common;

/// <summary>Builds LIKE patterns from what a user typed, so %, _ and \ match themselves.</summary>
public static class SearchPattern
{
    public const string Escape = "\\";

    public static string Contains(string text) => "%" + EscapeLike(text.Trim()) + "%";

    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

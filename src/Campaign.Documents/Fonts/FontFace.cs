namespace Campaign.Documents.Fonts;

/// <summary>The four embedded Liberation Sans faces.</summary>
internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

internal static class FontFaces
{
    public static FontFace From(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => FontFace.BoldItalic,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.Regular,
    };

    public static bool IsBold(this FontFace face) => face is FontFace.Bold or FontFace.BoldItalic;

    public static bool IsItalic(this FontFace face) => face is FontFace.Italic or FontFace.BoldItalic;

    /// <summary>The PDFsharp face name, also the resource file name.</summary>
    public static string FileName(this FontFace face) => $"LiberationSans-{face}";
}

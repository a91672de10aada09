using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Campaign.Documents.Fonts;

/// <summary>
/// Serves the embedded Liberation Sans faces to PDFsharp. Every family name resolves to Liberation Sans, which is
/// metric-compatible with Arial and Helvetica, so a document never fails for want of an installed font.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "Liberation Sans";

    public static readonly EmbeddedFontResolver Instance = new();

    private static readonly ConcurrentDictionary<string, byte[]> Faces = new();

    private EmbeddedFontResolver()
    {
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FontFaces.From(bold, italic).FileName());

    public byte[] GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var resource = $"Campaign.Documents.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font '{resource}' is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

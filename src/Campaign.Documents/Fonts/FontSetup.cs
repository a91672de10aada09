using PdfSharp.Fonts;

namespace Campaign.Documents.Fonts;

/// <summary>
/// PDFsharp's font resolver is process-wide and may be set only once, before any font is used; this sets it
/// exactly once however many threads render at the same time.
/// </summary>
internal static class FontSetup
{
    private static readonly Lock Gate = new();
    private static volatile bool configured;

    public static void EnsureConfigured()
    {
        if (configured)
            return;

        lock (Gate)
        {
            if (configured)
                return;

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
                GlobalFontSettings.FontResolver = EmbeddedFontResolver.Instance;
            else if (!ReferenceEquals(current, EmbeddedFontResolver.Instance))
                throw new InvalidOperationException(
                    "Another PDFsharp font resolver is already installed in this process; Campaign.Documents needs its own to embed Liberation Sans.");

            configured = true;
        }
    }
}

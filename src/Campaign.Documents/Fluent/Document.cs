using Campaign.Documents.Rendering;

namespace Campaign.Documents;

/// <summary>
/// Entry point: <c>Document.Create(c => c.Page(page => ...)).GeneratePdf()</c>. Documents are cheap to create; build
/// one per rendering (rendering several at once on different threads is safe).
/// </summary>
public sealed class Document : IDocument
{
    private readonly Action<IDocumentContainer> compose;
    private DocumentMetadata metadata = new();
    private DocumentSettings settings = new();

    private Document(Action<IDocumentContainer> compose) => this.compose = compose;

    public static Document Create(Action<IDocumentContainer> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new Document(handler);
    }

    public Document WithMetadata(DocumentMetadata value)
    {
        metadata = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    public Document WithSettings(DocumentSettings value)
    {
        settings = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    public DocumentMetadata GetMetadata() => metadata;

    public DocumentSettings GetSettings() => settings;

    public void Compose(IDocumentContainer container) => compose(container);

    /// <summary>Renders to a byte array.</summary>
    public byte[] GeneratePdf() => DocumentRenderer.GeneratePdf(this);

    /// <summary>Renders into <paramref name="output"/>, leaving it open; returns the number of pages (callers need not reopen the PDF to count them).</summary>
    public int GeneratePdf(Stream output) => DocumentRenderer.GeneratePdf(this, output);
}

public static class DocumentExtensions
{
    public static byte[] GeneratePdf(this IDocument document) => DocumentRenderer.GeneratePdf(document);

    /// <returns>The number of pages.</returns>
    public static int GeneratePdf(this IDocument document, Stream output) => DocumentRenderer.GeneratePdf(document, output);
}

internal sealed class DocumentContainer : IDocumentContainer
{
    public List<PageSection> Sections { get; } = [];

    public void Page(Action<PageDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var descriptor = new PageDescriptor();
        handler(descriptor);
        Sections.Add(descriptor.Section);
    }
}

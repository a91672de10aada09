namespace Campaign.Documents;

/// <summary>A document class, QuestPDF-style: implement Compose (and optionally the metadata and settings), then call GeneratePdf().</summary>
public interface IDocument
{
    DocumentMetadata GetMetadata() => new();

    DocumentSettings GetSettings() => new();

    void Compose(IDocumentContainer container);
}

/// <summary>Receives the page sets of a document; each call to <see cref="Page"/> starts a new set with its own size, margins, header and footer.</summary>
public interface IDocumentContainer
{
    void Page(Action<PageDescriptor> handler);
}

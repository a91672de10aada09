namespace Campaign.Documents;

/// <summary>Content that cannot be laid out, e.g. an element taller than any page. Names the element and where it sits in the layout.</summary>
public sealed class DocumentLayoutException : Exception
{
    public DocumentLayoutException(string message)
        : base(message)
    {
    }

    public DocumentLayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DocumentLayoutException(string message, int pageNumber, string? elementPath)
        : base(elementPath is null ? $"{message} (page {pageNumber})." : $"{message} (page {pageNumber}). Element: {elementPath}")
    {
        PageNumber = pageNumber;
        ElementPath = elementPath;
    }

    /// <summary>The page being laid out when layout failed.</summary>
    public int PageNumber { get; }

    /// <summary>The failing element and its ancestors, e.g. "Column(3 items) > #2 Padding(...) > Image(...)".</summary>
    public string? ElementPath { get; }
}

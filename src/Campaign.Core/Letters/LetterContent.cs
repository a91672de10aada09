namespace Campaign.Letters;

/// <summary>
/// One letter, ready to lay out: what the PDF and the DOCX writers both draw, so the two never disagree. The body is the
/// template's rendered Markdown (headings, paragraphs, lists, bold, italic, links).
/// </summary>
public sealed record LetterContent(
    Letterhead Letterhead,
    DateOnly Date,
    IReadOnlyList<string> AddressBlock,
    string Salutation,
    string BodyMarkdown,
    string SignOff,
    string SignerName,
    string? SignerRole,
    string? Reference = null);

/// <summary>The sender's heading: an optional image (PNG or JPEG bytes) and the lines of text beside or under it.</summary>
public sealed record Letterhead(IReadOnlyList<string> Lines, byte[]? Image = null, string? ImageContentType = null);

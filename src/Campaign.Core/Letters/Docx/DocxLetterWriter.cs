using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Campaign.Letters.Docx;

/// <summary>
/// A letter as a Word document staff can edit before sending: letterhead (image and lines), date, address block,
/// reference, salutation, the body, sign-off and signer, on A4 with UK English proofing.
/// </summary>
public static class DocxLetterWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly CultureInfo UkEnglish = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Write(LetterContent letter)
    {
        using var output = new MemoryStream();
        Write(letter, output);
        return output.ToArray();
    }

    public static void Write(LetterContent letter, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        DocxStyles.Add(main);
        var numbering = DocxStyles.AddNumbering(main);
        document.PackageProperties.Title = letter.Reference is null ? $"Letter: {letter.Salutation}" : $"Letter {letter.Reference}";
        document.PackageProperties.Creator = letter.SignerName;

        var body = new Body();
        foreach (var element in Letterhead(main, letter.Letterhead)) body.Append(element);
        body.Append(Line(letter.Date.ToString("d MMMM yyyy", UkEnglish), spaceAfter: true));
        foreach (var (line, index) in letter.AddressBlock.Select((l, i) => (l, i)))
            body.Append(Line(line, spaceAfter: index == letter.AddressBlock.Count - 1));
        if (letter.Reference is { } reference) body.Append(Line($"Our ref: {reference}", spaceAfter: true));
        body.Append(new Paragraph(new Run(new Text(letter.Salutation))));
        foreach (var element in new DocxMarkdown(main, numbering).Convert(letter.BodyMarkdown)) body.Append(element);
        body.Append(new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "720" }), new Run(new Text(letter.SignOff))));
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "NoSpacing" }, new KeepNext()), new Run(new RunProperties(new Bold()), new Text(letter.SignerName))));
        if (letter.SignerRole is { } role) body.Append(Line(role, spaceAfter: false));
        body.Append(A4());
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Line(string text, bool spaceAfter) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "NoSpacing" }, new SpacingBetweenLines { After = spaceAfter ? "240" : "0" }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static IEnumerable<OpenXmlElement> Letterhead(MainDocumentPart main, Letterhead letterhead)
    {
        if (letterhead.Image is { Length: > 0 } image && DocxImage.Inline(main, image, letterhead.ImageContentType, "Letterhead") is { } drawing)
            yield return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }), new Run(drawing));
        for (var i = 0; i < letterhead.Lines.Count; i++)
        {
            yield return new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "NoSpacing" }, new SpacingBetweenLines { After = i == letterhead.Lines.Count - 1 ? "360" : "0" },
                    new Justification { Val = JustificationValues.Right }),
                new Run(new RunProperties(i == 0 ? new Bold() : new Color { Val = "404040" }), new Text(letterhead.Lines[i]) { Space = SpaceProcessingModeValues.Preserve }));
        }
    }

    /// <summary>A4 portrait with 2.5 cm margins, in twentieths of a point.</summary>
    private static SectionProperties A4() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U });
}

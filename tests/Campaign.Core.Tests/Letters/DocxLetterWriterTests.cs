using System.IO.Compression;
using Campaign.Letters;
using Campaign.Letters.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Campaign.Core.Tests.Letters;

public sealed class DocxLetterWriterTests
{
    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static List<string> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

    [Fact]
    public void The_letter_validates_as_a_Word_document_with_no_errors()
    {
        using var document = Open(DocxLetterWriter.Write(LetterSamples.Letter(image: LetterSamples.Png(300, 100))));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        foreach (var error in errors) TestContext.Current.TestOutputHelper?.WriteLine(error);

        Assert.Empty(errors);
    }

    [Fact]
    public void Letterhead_date_address_block_reference_and_salutation_come_in_order_before_the_body()
    {
        using var document = Open(DocxLetterWriter.Write(LetterSamples.Letter()));

        var paragraphs = Paragraphs(document);

        Assert.Equal(
            ["Institute of Physics and Engineering in Medicine", "Fairmount House, 230 Tadcaster Road, York YO24 1ES", "7 December 2026",
             "Fiona MacAulay MP", "House of Commons", "London SW1A 0AA", "Our ref: CT/2026/014", "Dear Ms MacAulay",
             "I am writing on behalf of IPEM and its partners about the statutory registration of clinical technologists."],
            paragraphs.Take(9));
        Assert.Equal(["Yours sincerely,", "Hannah Mercer", "Public affairs adviser, on behalf of IPEM"], paragraphs.TakeLast(3));
    }

    [Fact]
    public void The_body_keeps_headings_bold_italic_lists_links_and_tables()
    {
        using var document = Open(DocxLetterWriter.Write(LetterSamples.Letter()));
        var body = document.MainDocumentPart!.Document!.Body!;

        var heading = body.Elements<Paragraph>().Single(p => p.InnerText == "What we ask");
        Assert.Equal("Heading2", heading.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal(["Institute of Physics and Engineering in Medicine", "statutory registration", "Profession", "Registered", "Hannah Mercer"],
            body.Descendants<Run>().Where(r => r.RunProperties?.Bold is not null).Select(r => r.InnerText));
        Assert.Equal("Department of Health and Social Care", Assert.Single(body.Descendants<Run>(), r => r.RunProperties?.Italic is not null).InnerText);

        var listed = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (p.InnerText, Level: p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value)).ToList();
        Assert.Equal(
            [("Table a written question to the Department of Health and Social Care.", 0), ("Attend our drop-in on 20 January:", 0),
             ("Portcullis House, Room Q", 1), ("12:00 to 14:00", 1)],
            listed);

        var links = body.Descendants<Hyperlink>().Select(h => (h.InnerText, document.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.ToString())).ToList();
        Assert.Equal([("the IPEM website", "https://www.ipem.ac.uk/"), ("https://example.org/briefing", "https://example.org/briefing")], links);

        var table = Assert.Single(body.Elements<Table>());
        Assert.Equal(["ProfessionRegistered", "Clinical scientistsYes", "Clinical technologistsNo"], table.Elements<TableRow>().Select(r => r.InnerText));
    }

    [Fact]
    public void The_letterhead_image_is_embedded_scaled_to_its_box_keeping_its_proportions()
    {
        using var document = Open(DocxLetterWriter.Write(LetterSamples.Letter(image: LetterSamples.Png(600, 100))));

        var image = Assert.Single(document.MainDocumentPart!.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        var extent = Assert.Single(document.MainDocumentPart.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>());
        // 6 cm wide at most: 600 × 100 px becomes 6 cm × 1 cm.
        Assert.Equal((2_160_000L, 360_000L), (extent.Cx!.Value, extent.Cy!.Value));
    }

    [Fact]
    public void A_template_that_sneaks_in_an_unsafe_link_keeps_the_text_without_the_link()
    {
        var letter = LetterSamples.Letter() with { BodyMarkdown = "Click [here](javascript:alert(1)) please." };
        using var document = Open(DocxLetterWriter.Write(letter));

        Assert.Empty(document.MainDocumentPart!.Document!.Descendants<Hyperlink>());
        Assert.Contains("Click here please.", Paragraphs(document));
    }

    [Fact]
    public void The_zip_holds_one_document_per_recipient_named_after_them_and_numbered()
    {
        using var output = new MemoryStream();
        var reported = new List<int>();
        DocxLetterZip.Write(
            [("Fiona MacAulay", LetterSamples.Letter()), ("Lord O'Neill of Ballymena", LetterSamples.Letter("Dear Lord O'Neill")), ("Dr Siân Ní Dhomhnaill", LetterSamples.Letter("Dear Dr Ní Dhomhnaill"))],
            output, new Progress(reported));

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        Assert.Equal(["001-Fiona-MacAulay.docx", "002-Lord-ONeill-of-Ballymena.docx", "003-Dr-Siân-Ní-Dhomhnaill.docx"], zip.Entries.Select(e => e.FullName));
        using var third = new MemoryStream();
        using (var entry = zip.Entries[2].Open()) entry.CopyTo(third);
        using var document = Open(third.ToArray());
        Assert.Contains("Dear Dr Ní Dhomhnaill", Paragraphs(document));
        Assert.Equal([1, 2, 3], reported);
    }

    [Fact]
    public void A_cancelled_zip_stops_before_the_next_letter()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => DocxLetterZip.Write([("Fiona MacAulay", LetterSamples.Letter())], new MemoryStream(), cancellationToken: cancel.Token));
    }

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so the test sees every report.</summary>
    private sealed class Progress(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}

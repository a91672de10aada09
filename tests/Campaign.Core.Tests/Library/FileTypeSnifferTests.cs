using Campaign.Library;
using Campaign.Testing;

namespace Campaign.Core.Tests.Library;

public sealed class FileTypeSnifferTests
{
    [Fact]
    public void A_real_pdf_is_accepted_with_its_page_count()
    {
        var (file, problem) = FileTypeSniffer.Check("paper.pdf", LibraryFixtures.Pdf(pages: 3));
        Assert.Null(problem);
        Assert.Equal(new SniffedFile(FileTypeSniffer.Pdf, 3), file);
    }

    [Fact]
    public void A_pdf_that_is_really_a_zip_is_refused_saying_what_it_is()
    {
        var (file, problem) = FileTypeSniffer.Check("report.pdf", LibraryFixtures.Zip(("notes.txt", "hello")));
        Assert.Null(file);
        Assert.Equal("report.pdf is not a PDF: it is a ZIP archive.", problem);
    }

    [Fact]
    public void A_real_docx_is_accepted()
    {
        var (file, problem) = FileTypeSniffer.Check("Terms of reference.docx", LibraryFixtures.Docx());
        Assert.Null(problem);
        Assert.Equal(FileTypeSniffer.Docx, file!.ContentType);
        Assert.Null(file.PageCount);
    }

    [Fact]
    public void A_zip_without_a_word_document_inside_is_not_a_docx()
    {
        var (_, problem) = FileTypeSniffer.Check("letter.docx", LibraryFixtures.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")));
        Assert.Equal("letter.docx is not a Word document (.docx): it is a ZIP archive.", problem);
    }

    [Theory]
    [InlineData("logo.png", FileTypeSniffer.Png)]
    [InlineData("photo.jpg", FileTypeSniffer.Jpeg)]
    [InlineData("photo.JPEG", FileTypeSniffer.Jpeg)]
    public void Images_are_known_by_their_headers(string name, string type)
    {
        var bytes = type == FileTypeSniffer.Png ? LibraryFixtures.Png() : LibraryFixtures.Jpeg();
        Assert.Equal(type, FileTypeSniffer.Check(name, bytes).File?.ContentType);
    }

    [Theory]
    [InlineData("photo.png", "photo.png is not a PNG image: it is a JPEG image.")]
    [InlineData("photo.pdf", "photo.pdf is not a PDF: it is a JPEG image.")]
    [InlineData("photo.docx", "photo.docx is not a Word document (.docx): it is a JPEG image.")]
    public void A_file_renamed_to_another_type_is_refused(string name, string message) =>
        Assert.Equal(message, FileTypeSniffer.Check(name, LibraryFixtures.Jpeg()).Problem);

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("script.exe")]
    [InlineData("no-extension")]
    public void Other_extensions_are_refused_whatever_the_bytes(string name) =>
        Assert.Equal($"{name} cannot go in the library: it accepts PDF, Word (.docx), PNG and JPEG files only.",
            FileTypeSniffer.Check(name, LibraryFixtures.Pdf()).Problem);

    [Fact]
    public void Unknown_bytes_are_described_as_not_accepted() =>
        Assert.Equal("paper.pdf is not a PDF: it is of a type the library does not accept.",
            FileTypeSniffer.Check("paper.pdf", "Just some text"u8.ToArray()).Problem);

    [Fact]
    public void A_truncated_pdf_is_refused_with_pdfsharps_reason()
    {
        var pdf = LibraryFixtures.Pdf();
        var (file, problem) = FileTypeSniffer.Check("cut.pdf", pdf[..(pdf.Length / 2)]);
        Assert.Null(file);
        Assert.StartsWith("cut.pdf cannot be read as a PDF: ", problem);
        Assert.True(problem!.Length > "cut.pdf cannot be read as a PDF: ".Length + 3, problem);
    }

    [Fact]
    public void Garbage_after_a_pdf_header_is_refused()
    {
        var (file, problem) = FileTypeSniffer.Check("fake.pdf", "%PDF-1.7\nthis is not really a PDF at all"u8.ToArray());
        Assert.Null(file);
        Assert.StartsWith("fake.pdf cannot be read as a PDF: ", problem);
    }

    [Fact]
    public void A_password_protected_pdf_is_refused_clearly()
    {
        var (file, problem) = FileTypeSniffer.Check("secret.pdf", LibraryFixtures.Pdf(userPassword: "open-sesame"));
        Assert.Null(file);
        Assert.Equal("secret.pdf is protected by a password. Upload a copy saved without one.", problem);
    }
}

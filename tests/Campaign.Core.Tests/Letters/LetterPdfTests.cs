using Campaign.Letters;
using Campaign.Stakeholders;
using Campaign.Testing;

namespace Campaign.Core.Tests.Letters;

public sealed class LetterPdfTests
{
    private static LetterPerson Person(StakeholderKind kind, string display, string? addressAs, House? house) =>
        new(1, kind, display, null, "Given", "Family", null, addressAs, "Labour", house == House.Commons ? "Glasgow Riverside" : null,
            house == House.Lords ? "Life peer" : null, house, "Deputy Director", "Department of Health and Social Care", null, "39 Victoria Street, London, SW1H 0EU");

    [Fact]
    public void An_mp_is_written_to_at_the_commons_as_their_address_form()
    {
        var mp = Person(StakeholderKind.MP, "Fiona MacAulay", "Ms MacAulay", House.Commons);

        Assert.Equal(["Fiona MacAulay MP", "House of Commons", "London", "SW1A 0AA"], LetterModels.AddressBlock(mp));
        Assert.Equal("Dear Ms MacAulay", LetterModels.Salutation(mp));
    }

    [Fact]
    public void A_peer_is_written_to_at_the_lords_and_without_an_address_form_by_display_name()
    {
        var peer = Person(StakeholderKind.Peer, "Baroness Hartley", null, House.Lords);

        Assert.Equal(["Baroness Hartley", "House of Lords", "London", "SW1A 0PW"], LetterModels.AddressBlock(peer));
        Assert.Equal("Dear Baroness Hartley", LetterModels.Salutation(peer));
    }

    [Fact]
    public void Others_are_written_to_at_their_stored_address()
    {
        var official = Person(StakeholderKind.CivilServant, "Sam Official", " ", null);

        Assert.Equal(["Sam Official", "Deputy Director", "Department of Health and Social Care", "39 Victoria Street", "London", "SW1H 0EU"],
            LetterModels.AddressBlock(official));
        Assert.Equal("Dear Sam Official", LetterModels.Salutation(official));
    }

    [Fact]
    public void The_pdf_has_letterhead_date_address_salutation_body_and_signer_in_order_each_letter_on_its_own_page()
    {
        var letter = new LetterContent(new Letterhead(["Institute of Physics and Engineering in Medicine", "Fairmount House, York"]),
            new DateOnly(2026, 11, 26), ["Fiona MacAulay MP", "House of Commons", "London", "SW1A 0AA"], "Dear Ms MacAulay",
            "I write about **clinical technologists**.\n\n- Statutory registration\n- A written question", "Yours sincerely", "Pat Affairs",
            "Head of Public Affairs", "IPEM/PQ/1");

        var (pdf, pages) = LetterPdf.Generate([letter, letter with { Salutation = "Dear Mr Osei" }], "Letters");
        // Kept for looking at (pdftoppm -png -r 60) when CAMPAIGN_KEEP_PDF names a file.
        if (Environment.GetEnvironmentVariable("CAMPAIGN_KEEP_PDF") is { Length: > 0 } keep) File.WriteAllBytes(keep, pdf);

        var texts = PdfText.Pages(pdf);
        Assert.Equal((2, 2), (pages, texts.Count));
        var order = new[]
        {
            "Institute of Physics and Engineering in Medicine", "Fairmount House, York", "26 November 2026", "Fiona MacAulay MP", "House of Commons",
            "SW1A 0AA", "Our reference: IPEM/PQ/1", "Dear Ms MacAulay", "I write about clinical technologists.", "Statutory registration",
            "Yours sincerely", "Pat Affairs", "Head of Public Affairs",
        };
        var at = order.Select(t => texts[0].IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
        Assert.StartsWith("Institute of Physics", texts[1]);
        Assert.Contains("Dear Mr Osei", texts[1]);
    }

    [Fact]
    public void A_letterhead_image_is_drawn()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        var letter = new LetterContent(new Letterhead(["IPEM"], png, "image/png"), new DateOnly(2026, 11, 26), ["Someone"], "Dear Someone", "Text.",
            "Yours sincerely", "Pat Affairs", null);

        var (pdf, _) = LetterPdf.Generate([letter], "Letters");

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Single(document.GetPage(1).GetImages());
    }
}

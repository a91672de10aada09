using Campaign.Common;
using Campaign.Documents;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Briefings.Pdf;

/// <summary>What every page of a pack shares: the campaign, the edition and who made it when.</summary>
internal sealed record PackContext(PackCampaign Campaign, BriefingEdition Edition, string PreparedBy, DateTime GeneratedAt, string RunningTitle)
{
    public bool IsInternal => Edition == BriefingEdition.Internal;
}

/// <summary>Headings, markings, page furniture and the coalition list, shared by single and meeting packs.</summary>
internal static class PackParts
{
    public static void Page(PageDescriptor page)
    {
        page.Size(PageSizes.A4);
        page.MarginHorizontal(50);
        page.MarginTop(40);
        page.MarginBottom(36);
        page.DefaultTextStyle(PackStyle.Body);
    }

    public static void Header(IContainer container, PackContext pack) => container.PaddingBottom(12).Column(column =>
    {
        column.Item().Row(row =>
        {
            row.RelativeItem().Text($"{pack.Campaign.Name} · {pack.RunningTitle}").FontSize(8).FontColor(PackStyle.Muted);
            row.AutoItem().PaddingLeft(12).Text(PackStyle.Marking(pack.Edition).ToUpperInvariant()).FontSize(8).Bold()
                .FontColor(PackStyle.MarkingColour(pack.Edition));
        });
        column.Item().PaddingTop(3).LineHorizontal(0.5).LineColor(PackStyle.Rule);
    });

    /// <summary>"Page i of N" and when the pack was made, on every page.</summary>
    public static void Footer(IContainer container, PackContext pack) => container.PaddingTop(8).Row(row =>
    {
        row.RelativeItem().Text(t =>
        {
            t.DefaultTextStyle(s => s.FontSize(8).FontColor(PackStyle.Muted));
            t.Span(PackStyle.Marking(pack.Edition)).Bold().FontColor(PackStyle.MarkingColour(pack.Edition));
            t.Span($" · Generated {Wording.DateTime(pack.GeneratedAt)} by {pack.PreparedBy}");
        });
        row.AutoItem().Text(t =>
        {
            t.DefaultTextStyle(s => s.FontSize(8).FontColor(PackStyle.Muted));
            t.Span("Page ");
            t.CurrentPageNumber();
            t.Span(" of ");
            t.TotalPages();
        });
    });

    public static void Marking(IContainer container, PackContext pack)
    {
        var colour = PackStyle.MarkingColour(pack.Edition);
        container.Border(1.5).BorderColor(colour).Padding(10).Column(column =>
        {
            column.Spacing(3);
            column.Item().Text(PackStyle.Marking(pack.Edition).ToUpperInvariant()).FontSize(16).Bold().FontColor(colour);
            column.Item().Text(pack.IsInternal
                ? "Internal pack: it includes confidential meetings, internal notes and follow-ups. Keep it within the campaign team."
                : "Shareable pack: it contains nothing confidential and may be shared with coalition partners.");
        });
    }

    public static void SectionHeading(IContainer container, string title) => container.PaddingTop(4).Column(column =>
    {
        column.Item().Text(title).FontSize(14).Bold().FontColor(PackStyle.Navy);
        column.Item().PaddingTop(2).LineHorizontal(0.75).LineColor(PackStyle.Rule);
    });

    public static void SubHeading(IContainer container, string title) =>
        container.PaddingTop(4).Text(title).FontSize(11).Bold().FontColor(PackStyle.Navy);

    public static void Bullet(IContainer container, Action<TextDescriptor> text) => container.Row(row =>
    {
        row.ConstantItem(14).Text("•");
        row.RelativeItem().Text(text);
    });

    public static void Note(IContainer container, string text) => container.Text(text).Italic().FontColor(PackStyle.Muted);

    /// <summary>Label and value pairs as a borderless two-column table.</summary>
    public static void Facts(IContainer container, IEnumerable<(string Label, string? Value)> facts) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(130);
            c.RelativeColumn();
        });
        foreach (var (label, value) in facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            table.Cell().PaddingVertical(2).Text(label).Bold().FontColor(PackStyle.Muted);
            table.Cell().PaddingVertical(2).Text(value);
        }
    });

    public static void Coalition(IContainer container, PackContext pack) => new Flow()
        .Heading("The coalition")
        .Block(c => c.Column(column =>
        {
            column.Spacing(6);
            column.Item().Text($"{pack.Campaign.Name} is led by a coalition of {pack.Campaign.Partners.Count} organisations.");
            if (pack.Campaign.Partners.Count > 0) column.Item().Element(table => Partners(table, pack.Campaign.Partners));
        }), small: pack.Campaign.Partners.Count <= 12)
        .Compose(container.Section("The coalition"));

    private static void Partners(IContainer container, IReadOnlyList<PackPartner> partners) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.RelativeColumn(3);
            c.RelativeColumn(1);
            c.RelativeColumn(2);
        });
        table.Header(h =>
        {
            h.Cell().Element(PackStyle.HeaderCell).Text("Organisation").Bold();
            h.Cell().Element(PackStyle.HeaderCell).Text("Role").Bold();
            h.Cell().Element(PackStyle.HeaderCell).Text("Website").Bold();
        });
        foreach (var partner in partners)
        {
            table.Cell().Element(PackStyle.Cell).Text(partner.ShortName is null ? partner.Name : $"{partner.Name} ({partner.ShortName})");
            table.Cell().Element(PackStyle.Cell).Text(Wording.Of(partner.Role));
            table.Cell().Element(PackStyle.Cell).Text(t =>
            {
                if (Templates.StatementMarkdown.IsAllowedLink(partner.Website))
                    t.Hyperlink(partner.Website!.Replace("https://", "", StringComparison.Ordinal), partner.Website!).FontColor(PackStyle.Link).Underline();
                else t.Span(partner.Website ?? "—");
            });
        }
    });

    public static string Subtitle(PackPerson p) => p.Kind switch
    {
        StakeholderKind.MP => Join($"MP for {p.Constituency}", p.Party),
        StakeholderKind.Peer => Join("Member of the House of Lords", p.Party),
        StakeholderKind.CivilServant => Join(p.Role, p.Department, p.OrganisationName),
        _ => Join(p.Role, p.OrganisationName),
    };

    public static string StanceColour(Stance stance) => stance switch
    {
        Stance.Champion => "#0F6B3A",
        Stance.Supportive => "#2E7D32",
        Stance.Neutral => "#5B6675",
        Stance.Sceptical => "#A15C00",
        Stance.Opposed => "#B3261E",
        _ => "#7A8591",
    };

    public static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

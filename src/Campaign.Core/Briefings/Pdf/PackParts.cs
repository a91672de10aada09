using Campaign.Common.Pdf;
using Campaign.Documents;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Briefings.Pdf;

/// <summary>What every page of a pack shares: the campaign, the edition and who made it when.</summary>
internal sealed record PackContext(PackCampaign Campaign, BriefingEdition Edition, string PreparedBy, DateTime GeneratedAt, string RunningTitle)
{
    public bool IsInternal => Edition == BriefingEdition.Internal;

    public DocumentFrame Frame => new($"{Campaign.Name} · {RunningTitle}", Classify(Edition), PreparedBy, Wording.DateTime(GeneratedAt));

    private static Classification Classify(BriefingEdition edition) => edition == BriefingEdition.Internal
        ? Classification.Confidential("Internal pack: it includes confidential meetings, internal notes and follow-ups. Keep it within the campaign team.")
        : Classification.Shareable("Shareable pack: it contains nothing confidential and may be shared with coalition partners.");
}

/// <summary>The parts shared by single and meeting packs: the coalition list, subtitles and stance colours.</summary>
internal static class PackParts
{
    public static void Coalition(IContainer container, PackContext pack) => new Flow()
        .Heading("The coalition")
        .Block(c => c.Column(column =>
        {
            column.Spacing(6);
            column.Item().Text($"{pack.Campaign.Name} is led by a coalition of {pack.Campaign.Partners.Count} organisations.");
            if (pack.Campaign.Partners.Count > 0) column.Item().Element(table => Partners(table, pack.Campaign.Partners));
        }), small: pack.Campaign.Partners.Count <= 12)
        .Compose(container.Section("The coalition"));

    private static void Partners(IContainer container, IReadOnlyList<PackPartner> partners) => DocumentTheme.Table(container, c =>
    {
        c.RelativeColumn(3);
        c.RelativeColumn(1);
        c.RelativeColumn(2);
    }, ["Organisation", "Role", "Website"], table =>
    {
        foreach (var partner in partners)
        {
            table.Cell().Element(DocumentTheme.Cell).Text(partner.ShortName is null ? partner.Name : $"{partner.Name} ({partner.ShortName})");
            table.Cell().Element(DocumentTheme.Cell).Text(Wording.Of(partner.Role));
            table.Cell().Element(DocumentTheme.Cell).Text(t =>
            {
                if (Templates.StatementMarkdown.IsAllowedLink(partner.Website))
                    t.Hyperlink(partner.Website!.Replace("https://", "", StringComparison.Ordinal), partner.Website!).FontColor(DocumentTheme.Link).Underline();
                else t.Span(partner.Website ?? "—");
            });
        }
    });

    public static string Subtitle(PackPerson p) => p.Kind switch
    {
        StakeholderKind.MP => DocumentTheme.Join($"MP for {p.Constituency}", p.Party),
        StakeholderKind.Peer => DocumentTheme.Join("Member of the House of Lords", p.Party),
        StakeholderKind.CivilServant => DocumentTheme.Join(p.Role, p.Department, p.OrganisationName),
        _ => DocumentTheme.Join(p.Role, p.OrganisationName),
    };

    public static string StanceColour(Stance stance) => stance switch
    {
        Stance.Champion => "#0F6B3A",
        Stance.Supportive => "#2E7D32",
        Stance.Neutral => DocumentTheme.Muted,
        Stance.Sceptical => "#A15C00",
        Stance.Opposed => DocumentTheme.Alert,
        _ => "#7A8591",
    };
}

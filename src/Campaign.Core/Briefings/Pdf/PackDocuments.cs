using Campaign.Common.Pdf;
using Campaign.Documents;
using Campaign.Positions;

namespace Campaign.Briefings.Pdf;

/// <summary>The two pack layouts: one stakeholder, or a planned meeting with a section per attendee.</summary>
internal static class PackDocuments
{
    public static readonly string[] SectionTitles =
        ["Profile", "Where they stand", "Engagement history", "Commitments and follow-ups", "Bills and Parliament", "Key messages", "The coalition"];

    public static Document Stakeholder(PackContext pack, PackPerson person, PersonStatement? statement, IReadOnlyList<PackAppendix> appendices) => Document.Create(document =>
    {
        pack.Frame.Pages(document, c => StakeholderCover(c, pack, person, appendices), runningHeader: false);
        pack.Frame.Pages(document, c => c.Column(column =>
        {
            column.Spacing(14);
            PersonSections.Compose(column, pack, person, statement);
            column.Item().Element(coalition => PackParts.Coalition(coalition, pack));
        }));
        Appendices(document, pack, appendices);
    }).WithMetadata(Metadata(pack, $"Briefing pack: {person.DisplayName}"));

    public static Document Meeting(
        PackContext pack, PackMeeting meeting, IReadOnlyList<(PackPerson Person, PersonStatement? Statement)> attendees, IReadOnlyList<PackAppendix> appendices) =>
        Document.Create(document =>
        {
            pack.Frame.Pages(document, c => Agenda(c, pack, meeting, attendees.Select(a => a.Person).ToList(), appendices), runningHeader: false);
            pack.Frame.Pages(document, c => c.Column(column =>
            {
                column.Spacing(14);
                for (var i = 0; i < attendees.Count; i++)
                {
                    var (person, statement) = attendees[i];
                    var number = i + 1;
                    if (i > 0) column.Item().PageBreak();
                    column.Item().Section(person.DisplayName).Column(section =>
                    {
                        section.Spacing(14);
                        section.Item().Column(title =>
                        {
                            title.Item().Text($"Attendee {number} of {attendees.Count}").FontSize(9).FontColor(DocumentTheme.Muted);
                            title.Item().Text(person.DisplayName).FontSize(20).Bold().FontColor(DocumentTheme.Navy);
                            title.Item().Text(PackParts.Subtitle(person)).FontSize(11).FontColor(DocumentTheme.Muted);
                        });
                        PersonSections.Compose(section, pack, person, statement);
                    });
                }
                column.Item().Element(coalition => PackParts.Coalition(coalition, pack));
            }));
            Appendices(document, pack, appendices);
        }).WithMetadata(Metadata(pack, $"Meeting pack: {meeting.Title}"));

    private static void Appendices(IDocumentContainer document, PackContext pack, IReadOnlyList<PackAppendix> appendices)
    {
        foreach (var appendix in appendices)
            pack.Frame.ImportedPages(document, appendix.Pdf, $"Appendix {appendix.Letter}: {appendix.Heading}", appendix.Location);
    }

    private static void StakeholderCover(IContainer container, PackContext pack, PackPerson person, IReadOnlyList<PackAppendix> appendices) => container.Section("Cover").Column(column =>
    {
        column.Spacing(6);
        column.Item().PaddingTop(40).Element(c => DocumentTheme.Title(c, pack.Campaign.Name, "Briefing pack"));
        column.Item().PaddingTop(24).Text(t =>
        {
            t.Span(person.DisplayName).FontSize(22).Bold();
            if (!string.IsNullOrWhiteSpace(person.PostNominals)) t.Span($"  {person.PostNominals}").FontSize(14).FontColor(DocumentTheme.Muted);
        });
        column.Item().Text(PackParts.Subtitle(person)).FontSize(12).FontColor(DocumentTheme.Muted);
        column.Item().PaddingTop(24).Element(c => DocumentTheme.Facts(c,
        [
            ("Date", Wording.LongDate(pack.GeneratedAt)),
            ("Prepared by", pack.PreparedBy),
            ("Relationship owner", person.RelationshipOwner ?? "None assigned"),
        ]));
        column.Item().PaddingTop(24).Element(pack.Frame.Banner);
        column.Item().PaddingTop(24).Element(c => Contents(c, SectionTitles, appendices));
    });

    private static void Agenda(IContainer container, PackContext pack, PackMeeting meeting, IReadOnlyList<PackPerson> people, IReadOnlyList<PackAppendix> appendices) =>
        container.Section("Agenda").Column(column =>
        {
            column.Spacing(6);
            column.Item().Element(c => DocumentTheme.Title(c, pack.Campaign.Name, "Meeting pack"));
            column.Item().PaddingTop(6).Text(meeting.Title).FontSize(16).Bold();
            column.Item().Element(c => DocumentTheme.Facts(c,
            [
                ("When", meeting.OccurredAt.ToString("dddd d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
                ("Where", meeting.Location),
                ("Kind", Wording.Of(meeting.Kind)),
                ("Our team", string.Join(", ", meeting.Staff)),
                ("Partners represented", string.Join(", ", meeting.Partners)),
                ("Prepared by", pack.PreparedBy),
            ]));
            column.Item().PaddingTop(6).Element(pack.Frame.Banner);

            column.Item().PaddingTop(6).Element(c => DocumentTheme.SubHeading(c, "Attendees"));
            column.Item().Element(c => DocumentTheme.Table(c, columns =>
            {
                columns.RelativeColumn(2);
                columns.RelativeColumn(3);
                columns.RelativeColumn(2);
            }, ["Name", "Role", "Where they stand"], table =>
            {
                foreach (var person in people)
                {
                    table.Cell().Element(DocumentTheme.Cell).Text(person.DisplayName).Bold();
                    table.Cell().Element(DocumentTheme.Cell).Text(PackParts.Subtitle(person));
                    table.Cell().Element(DocumentTheme.Cell).Text(t =>
                    {
                        var current = person.CurrentPositions.ToDictionary(p => p.AskId);
                        var first = true;
                        foreach (var ask in pack.Campaign.Asks)
                        {
                            var stance = current.TryGetValue(ask.Id, out var p) ? p.Stance : Stance.Unknown;
                            t.Span((first ? "" : "\n") + Short(ask) + ": ");
                            t.Span(Wording.Of(stance)).Bold().FontColor(PackParts.StanceColour(stance));
                            first = false;
                        }
                    });
                }
            }));

            column.Item().PaddingTop(6).Element(c => DocumentTheme.SubHeading(c, "Agenda"));
            var items = new List<string> { "Introductions" };
            if (!string.IsNullOrWhiteSpace(meeting.Summary)) items.Add($"Purpose: {meeting.Summary}");
            items.AddRange(pack.Campaign.Asks.Select(a => $"Our ask: {a.Title}"));
            items.Add("Their questions and concerns");
            items.Add("Next steps: what each side will do, and by when");
            column.Item().Column(list =>
            {
                list.Spacing(3);
                for (var i = 0; i < items.Count; i++)
                {
                    var text = items[i];
                    var number = i + 1;
                    list.Item().Row(row =>
                    {
                        row.ConstantItem(20).Text($"{number}.");
                        row.RelativeItem().Text(text);
                    });
                }
            });
            if (!string.IsNullOrWhiteSpace(meeting.AsksRaised))
            {
                column.Item().PaddingTop(4).Text(t =>
                {
                    t.Span("Asks to raise: ").Bold();
                    t.Span(meeting.AsksRaised);
                });
            }
            if (appendices.Count > 0)
                column.Item().PaddingTop(6).Element(c => Contents(c, [], appendices));
        });

    /// <summary>The pack's sections, then each appendix with the page it starts on (known after the counting pass).</summary>
    private static void Contents(IContainer container, IEnumerable<string> sections, IReadOnlyList<PackAppendix> appendices) => container.Column(column =>
    {
        column.Spacing(2);
        column.Item().Text("Contents").Bold().FontColor(DocumentTheme.Navy);
        foreach (var section in sections) column.Item().Text(section).FontColor(DocumentTheme.Muted);
        foreach (var appendix in appendices)
        {
            column.Item().Row(row =>
            {
                row.RelativeItem().Text($"Appendix {appendix.Letter}: {appendix.Heading}").FontColor(DocumentTheme.Muted);
                row.AutoItem().PaddingLeft(12).Text(t =>
                {
                    t.DefaultTextStyle(s => s.FontColor(DocumentTheme.Muted));
                    t.Span("page ");
                    t.PageNumberOf(appendix.Location);
                });
            });
        }
    });

    private static string Short(PackAsk ask) => ask.Code.Length <= 4 ? ask.Code.ToUpperInvariant() : char.ToUpperInvariant(ask.Code[0]) + ask.Code[1..];

    private static DocumentMetadata Metadata(PackContext pack, string title) => new()
    {
        Title = title,
        Author = pack.PreparedBy,
        Subject = pack.Campaign.Name,
        Keywords = pack.IsInternal ? "confidential, internal" : "shareable",
        CreationDate = pack.GeneratedAt,
    };
}

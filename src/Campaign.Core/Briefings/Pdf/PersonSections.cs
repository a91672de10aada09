using Campaign.Common.Pdf;
using Campaign.Documents;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Templates;
using Markdig.Syntax;

namespace Campaign.Briefings.Pdf;

/// <summary>A person's statement for the pack: which version, and its rendered, cleaned Markdown.</summary>
internal sealed record PersonStatement(PackStatement Statement, MarkdownDocument Document);

/// <summary>The sections about one person: profile, where they stand, engagement, commitments and key messages.</summary>
internal static class PersonSections
{
    public const int RecentShown = 12;
    public const int PlannedShown = 5;

    // Entries longer than this may not fit on one page, so they are allowed to split.
    private const int KeepTogetherCharacters = 1500;

    // Tables up to this many rows are kept with their heading (and so are sure to fit on a page).
    private const int SmallTableRows = 10;

    public static void Compose(ColumnDescriptor column, PackContext pack, PackPerson person, PersonStatement? statement)
    {
        column.Item().Element(c => Profile(c, pack, person));
        column.Item().Element(c => Stand(c, pack, person));
        column.Item().Element(c => Engagement(c, pack, person));
        column.Item().Element(c => Commitments(c, pack, person));
        column.Item().Element(c => Parliament(c, pack, person));
        column.Item().PageBreak();
        column.Item().Element(c => KeyMessages(c, person, statement));
    }

    private static void Profile(IContainer container, PackContext pack, PackPerson p)
    {
        var facts = new List<(string, string?)> { ("Role", DocumentTheme.Join(Wording.Of(p.Kind), p.Role)) };
        switch (p.Kind)
        {
            case StakeholderKind.MP:
                facts.Add(("Party", p.Party));
                facts.Add(("Constituency", p.Constituency));
                facts.Add(("Member since", p.MembershipStartDate is { } mpSince ? Wording.Date(mpSince) : null));
                break;
            case StakeholderKind.Peer:
                facts.Add(("Party or group", p.Party));
                facts.Add(("Peerage", p.Peerage));
                facts.Add(("Member since", p.MembershipStartDate is { } peerSince ? Wording.Date(peerSince) : null));
                break;
            default:
                facts.Add(("Department", p.Department));
                break;
        }
        facts.Add(("Organisation", p.OrganisationName));
        if (p.Status == MembershipStatus.Former) facts.Add(("Status", "Former member"));
        facts.Add(("Posts", string.Join("\n", p.Posts)));
        facts.Add(("Relationship owner", p.RelationshipOwner ?? "None assigned"));
        facts.Add(("Email", p.Email));
        facts.Add(("Telephone", p.Phone));
        if (pack.IsInternal)
        {
            facts.Add(("Targeting", $"Priority {p.Priority} · influence {p.Influence} of 5 · interest {p.Interest} of 5"));
            facts.Add(("Internal notes", p.Notes));
        }

        var flow = new Flow().Heading("Profile")
            .Block(c => DocumentTheme.Facts(c, facts), small: facts.Sum(f => f.Item2?.Length ?? 0) < KeepTogetherCharacters);
        if (p.Relationships.Count > 0)
        {
            flow.SubHeading("Relationships");
            foreach (var r in p.Relationships)
            {
                var dates = r.StartOn is null && r.EndOn is null ? ""
                    : $" ({(r.StartOn is { } from ? Wording.Date(from) : "?")} – {(r.EndOn is { } to ? Wording.Date(to) : "now")})";
                flow.Block(c => DocumentTheme.Bullet(c, t =>
                {
                    t.Span($"{Wording.Relationship(r.Type, r.Incoming)} ");
                    t.Span(r.OtherName).Bold();
                    t.Span(dates);
                    if (!string.IsNullOrWhiteSpace(r.Note)) t.Span($". {r.Note}").FontColor(DocumentTheme.Muted);
                }));
            }
        }
        flow.Compose(container.Section("Profile"));
    }

    private static void Stand(IContainer container, PackContext pack, PackPerson p)
    {
        var current = p.CurrentPositions.ToDictionary(x => x.AskId);
        var flow = new Flow().Heading("Where they stand");
        foreach (var ask in pack.Campaign.Asks)
        {
            flow.Block(c => c.Column(block =>
            {
                block.Spacing(3);
                block.Item().Text(ask.Title).Bold();
                if (!current.TryGetValue(ask.Id, out var position))
                {
                    block.Item().Text(t =>
                    {
                        t.Span("Unknown").Bold().FontColor(PackParts.StanceColour(Stance.Unknown));
                        t.Span(": no position recorded yet.").FontColor(DocumentTheme.Muted);
                    });
                    return;
                }
                block.Item().Text(t =>
                {
                    t.Span(Wording.Of(position.Stance)).Bold().FontColor(PackParts.StanceColour(position.Stance));
                    t.Span($" · stated {Wording.Date(position.StatedOn)} · {Evidence(position)} · {Wording.Of(position.Confidence)}").FontColor(DocumentTheme.Muted);
                    if (position.IsConfidential) t.Span("  CONFIDENTIAL").FontSize(8).Bold().FontColor(DocumentTheme.Alert);
                });
                if (position.InteractionTitle is not null) block.Item().Text($"At: {position.InteractionTitle}").FontColor(DocumentTheme.Muted);
                if (StatementMarkdown.IsAllowedLink(position.EvidenceUrl))
                    block.Item().Text(t => t.Hyperlink(position.EvidenceUrl!, position.EvidenceUrl!).FontSize(8.5).FontColor(DocumentTheme.Link).Underline());
                if (!string.IsNullOrWhiteSpace(position.Quote))
                    block.Item().PaddingLeft(10).BorderLeft(2).BorderColor(DocumentTheme.Rule).PaddingLeft(8).Text($"“{position.Quote}”").Italic();
            }));
        }

        flow.SubHeading("History");
        if (p.Positions.Count == 0) flow.Block(c => DocumentTheme.Note(c, "No positions have been recorded."));
        else flow.Block(c => History(c, p.Positions), small: p.Positions.Count <= SmallTableRows);
        flow.Compose(container.Section("Where they stand"), 8);
    }

    private static void History(IContainer container, IReadOnlyList<PackPosition> positions) => DocumentTheme.Table(container, c =>
    {
        c.ConstantColumn(74);
        c.RelativeColumn(3);
        c.ConstantColumn(64);
        c.RelativeColumn(2);
        c.ConstantColumn(68);
    }, ["Date", "Ask", "Stance", "Evidence", "Confidence"], table =>
    {
        foreach (var position in positions)
        {
            table.Cell().Element(DocumentTheme.Cell).Text(Wording.Date(position.StatedOn));
            table.Cell().Element(DocumentTheme.Cell).Text(position.AskTitle);
            table.Cell().Element(DocumentTheme.Cell).Text(t =>
            {
                t.Span(Wording.Of(position.Stance)).FontColor(PackParts.StanceColour(position.Stance));
                if (position.IsConfidential) t.Span(" (confidential)").FontSize(8).FontColor(DocumentTheme.Alert);
            });
            table.Cell().Element(DocumentTheme.Cell).Text(Evidence(position));
            table.Cell().Element(DocumentTheme.Cell).Text(Wording.Of(position.Confidence));
        }
    });

    private static void Engagement(IContainer container, PackContext pack, PackPerson p)
    {
        var planned = p.Interactions.Where(i => i.OccurredAt > pack.GeneratedAt).OrderBy(i => i.OccurredAt).Take(PlannedShown).ToList();
        var past = p.Interactions.Where(i => i.OccurredAt <= pack.GeneratedAt).ToList();

        var flow = new Flow().Heading("Engagement history");
        if (planned.Count > 0)
        {
            flow.SubHeading("Coming up");
            foreach (var i in planned)
            {
                flow.Block(c => c.Text(t =>
                {
                    t.Span($"{Wording.DateTime(i.OccurredAt)} · {Wording.Of(i.Kind)} · ");
                    t.Span(i.Title).Bold();
                    if (i.Location is not null) t.Span($" ({i.Location})").FontColor(DocumentTheme.Muted);
                    if (i.IsConfidential) t.Span("  CONFIDENTIAL").FontSize(8).Bold().FontColor(DocumentTheme.Alert);
                }));
            }
        }

        flow.SubHeading("Recent contact");
        if (past.Count == 0) flow.Block(c => DocumentTheme.Note(c, "No contact recorded."));
        foreach (var i in past.Take(RecentShown))
        {
            var length = (i.Summary?.Length ?? 0) + (i.AsksRaised?.Length ?? 0) + (i.TheirConcerns?.Length ?? 0);
            flow.Block(c => c.BorderLeft(2).BorderColor(i.IsConfidential ? DocumentTheme.Alert : DocumentTheme.Rule).PaddingLeft(8).Column(entry =>
            {
                entry.Spacing(2);
                entry.Item().Text(t =>
                {
                    t.Span($"{Wording.Date(i.OccurredAt)} · {Wording.Of(i.Kind)} · ").FontColor(DocumentTheme.Muted);
                    t.Span(i.Title).Bold();
                    if (i.IsConfidential) t.Span("  CONFIDENTIAL").FontSize(8).Bold().FontColor(DocumentTheme.Alert);
                });
                if (i.Location is not null) entry.Item().Text(i.Location).FontSize(8.5).FontColor(DocumentTheme.Muted);
                if (!string.IsNullOrWhiteSpace(i.Summary)) entry.Item().Text(i.Summary);
                Labelled(entry, "Asks raised", i.AsksRaised);
                Labelled(entry, "Their concerns", i.TheirConcerns);
            }), small: length < KeepTogetherCharacters);
        }
        if (past.Count > RecentShown)
            flow.Block(c => DocumentTheme.Note(c, $"{past.Count - RecentShown} earlier contacts are not shown."));
        flow.Compose(container.Section("Engagement history"));
    }

    private static void Commitments(IContainer container, PackContext pack, PackPerson p)
    {
        var flow = new Flow().Heading("Commitments and follow-ups");
        if (!pack.IsInternal)
        {
            flow.Block(c => DocumentTheme.Note(c, "Commitments and follow-ups are internal notes: they appear only in internal packs."));
            flow.Compose(container.Section("Commitments and follow-ups"));
            return;
        }

        var theirs = p.Interactions.Where(i => !string.IsNullOrWhiteSpace(i.CommitmentsByThem) && i.OccurredAt <= pack.GeneratedAt).ToList();
        flow.SubHeading("Their commitments");
        if (theirs.Count == 0) flow.Block(c => DocumentTheme.Note(c, "None recorded."));
        foreach (var i in theirs)
        {
            flow.Block(c => DocumentTheme.Bullet(c, t =>
            {
                t.Span(i.CommitmentsByThem);
                t.Span($" ({Wording.Date(i.OccurredAt)}, {i.Title})").FontColor(DocumentTheme.Muted);
            }));
        }

        flow.SubHeading("Our open follow-ups");
        if (p.FollowUps.Count == 0) flow.Block(c => DocumentTheme.Note(c, "None open."));
        else flow.Block(c => FollowUps(c, p.FollowUps, DateOnly.FromDateTime(pack.GeneratedAt)), small: p.FollowUps.Count <= SmallTableRows);
        flow.Compose(container.Section("Commitments and follow-ups"));
    }

    private static void FollowUps(IContainer container, IReadOnlyList<PackFollowUp> followUps, DateOnly today) => DocumentTheme.Table(container, c =>
    {
        c.ConstantColumn(74);
        c.RelativeColumn(4);
        c.RelativeColumn(2);
        c.ConstantColumn(58);
    }, ["Due", "Follow-up", "Owner", "Status"], table =>
    {
        foreach (var f in followUps)
        {
            var overdue = f.DueOn < today;
            table.Cell().Element(DocumentTheme.Cell).Text(Wording.Date(f.DueOn));
            table.Cell().Element(DocumentTheme.Cell).Text(f.Title);
            table.Cell().Element(DocumentTheme.Cell).Text(f.Owner ?? "—");
            table.Cell().Element(DocumentTheme.Cell).Text(overdue ? "Overdue" : "Open").Bold(overdue).FontColor(overdue ? DocumentTheme.Alert : DocumentTheme.Ink);
        }
    });

    public const int ParliamentShown = 10;

    /// <summary>The campaign's bills where they stand now, and what this person said or signed in Parliament.</summary>
    private static void Parliament(IContainer container, PackContext pack, PackPerson p)
    {
        var flow = new Flow().Heading("Bills and Parliament");
        flow.SubHeading("Bills we track");
        if (pack.Campaign.Bills.Count == 0) flow.Block(c => DocumentTheme.Note(c, "No bills are tracked."));
        foreach (var bill in pack.Campaign.Bills)
        {
            var stage = bill.IsAct ? "Act of Parliament"
                : DocumentTheme.Join(bill.CurrentStage ?? "No stage yet", bill.CurrentHouse is { } house ? Wording.Of(house) : null);
            flow.Block(c => DocumentTheme.Bullet(c, t =>
            {
                t.Span(bill.ShortTitle).Bold();
                t.Span($": {stage}").FontColor(DocumentTheme.Muted);
            }));
        }

        flow.SubHeading("What they said or signed");
        if (p.Parliament.Count == 0) flow.Block(c => DocumentTheme.Note(c, "Nothing found by the campaign's monitors."));
        foreach (var item in p.Parliament.Take(ParliamentShown))
        {
            flow.Block(c => DocumentTheme.Bullet(c, t =>
            {
                t.Span($"{Wording.Date(item.Date)} · {Source(item)} · ").FontColor(DocumentTheme.Muted);
                if (StatementMarkdown.IsAllowedLink(item.Url)) t.Hyperlink(item.Title, item.Url).FontColor(DocumentTheme.Link).Underline();
                else t.Span(item.Title);
            }));
        }
        if (p.Parliament.Count > ParliamentShown)
            flow.Block(c => DocumentTheme.Note(c, $"{p.Parliament.Count - ParliamentShown} earlier items are not shown."));
        flow.Compose(container.Section("Bills and Parliament"));
    }

    private static string Source(PackParliamentItem item) => item.Source switch
    {
        Monitoring.Sources.MonitorSource.WrittenQuestions => $"Written question {item.Reference}".TrimEnd(),
        Monitoring.Sources.MonitorSource.EarlyDayMotions => $"Early Day Motion {item.Reference}".TrimEnd(),
        Monitoring.Sources.MonitorSource.Hansard => "Hansard",
        _ => "Bill",
    };

    private static void KeyMessages(IContainer container, PackPerson p, PersonStatement? statement)
    {
        var flow = new Flow().Heading("Key messages");
        if (statement is null)
        {
            flow.Block(c => DocumentTheme.Note(c, $"No position statement has been written for {Wording.AudiencePhrase(Templates.Audiences.For(p.Kind))} yet."));
        }
        else
        {
            flow.Block(c => c.Text($"The position statement for {Wording.AudiencePhrase(statement.Statement.Audience)} (version {statement.Statement.VersionNumber}), written for {p.DisplayName}.")
                .FontSize(8.5).FontColor(DocumentTheme.Muted));
            flow.Block(c => c.PaddingTop(4).Element(inner => MarkdownComposer.Compose(inner, statement.Document)), small: false);
        }
        flow.Compose(container.Section("Key messages"));
    }

    private static void Labelled(ColumnDescriptor column, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        column.Item().Text(t =>
        {
            t.Span($"{label}: ").Bold();
            t.Span(text);
        });
    }

    private static string Evidence(PackPosition p) => p.EvidenceKind switch
    {
        EvidenceKind.ParliamentaryQuestion when p.PqUin is not null => $"Parliamentary question {p.PqUin}",
        _ => Wording.Of(p.EvidenceKind),
    };
}

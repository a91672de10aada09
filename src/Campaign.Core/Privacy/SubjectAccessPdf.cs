using Campaign.Common.Pdf;
using Campaign.Documents;

namespace Campaign.Privacy;

/// <summary>The subject-access report as a PDF in the shared frame: a section per kind of data held, one method each.</summary>
internal static class SubjectAccessPdf
{
    // Personal data, some of it learned in confidence: it goes to the person it is about and to no one else.
    private static readonly Classification PersonalData = Classification.Confidential(
        "Personal data gathered for a subject-access request: send it only to the person it is about.");

    public static byte[] Render(SubjectAccessReport report)
    {
        var frame = new DocumentFrame($"Subject access report: {report.Person.DisplayName}", PersonalData, report.GeneratedBy,
            DocumentFrame.Utc(report.GeneratedAt));
        return Document.Create(document => frame.Pages(document, content => content.Column(column =>
            {
                column.Spacing(10);
                column.Item().Element(c => DocumentTheme.Title(c, null, "Subject access report",
                    $"{report.Person.DisplayName} · prepared {Wording.LongDateTime(report.GeneratedAt)} UTC by {report.GeneratedBy}"));
                column.Item().Element(frame.Banner);
                column.Item().Text("Everything the campaign holds about this person: their record, the contacts they took part in, the positions recorded for them, follow-ups about them, the stored briefing packs that mention them, and the audit of who changed, viewed or exported their data. Other people present at a meeting are counted but not named.")
                    .FontColor(DocumentTheme.Muted);
                Sections(column, report);
            })))
            .WithMetadata(new DocumentMetadata { Title = $"Subject access report: {report.Person.DisplayName}", Author = "Campaign" })
            .GeneratePdf();
    }

    private static void Sections(ColumnDescriptor column, SubjectAccessReport report)
    {
        DocumentTheme.Section(column, "Record", Facts(Details(report.Person)));
        if (report.Tags.Count > 0) DocumentTheme.Section(column, "Tags", c => c.Text(string.Join(", ", report.Tags)));
        if (report.Posts.Count > 0)
            DocumentTheme.Section(column, "Posts", Facts(report.Posts.Select(p => (Range(p.StartOn, p.EndOn), DocumentTheme.Join(p.Title, p.Organisation)))));
        if (report.Relationships.Count > 0)
            DocumentTheme.Section(column, "Relationships", Facts(report.Relationships.Select(r => (Range(r.StartOn, r.EndOn),
                DocumentTheme.Join(Wording.RelationshipSentence(r.Type, r.Incoming, r.Other), r.Note)))));
        DocumentTheme.Section(column, $"Contacts ({report.Interactions.Count})", c => Contacts(c, report.Interactions));
        DocumentTheme.Section(column, $"Positions recorded ({report.Positions.Count})", Facts(report.Positions.Select(Position)));
        if (report.FollowUps.Count > 0)
            DocumentTheme.Section(column, "Follow-ups about them", Facts(report.FollowUps.Select(f => (Wording.Date(f.DueOn), DocumentTheme.Join(f.Title, Wording.Of(f.Status), f.Owner)))));
        if (report.MemberEvents.Count > 0)
            DocumentTheme.Section(column, "Flags from Parliament data", Facts(report.MemberEvents.Select(MemberEvent)));
        if (report.ParliamentItems.Count > 0)
            DocumentTheme.Section(column, $"From Parliament's record ({report.ParliamentItems.Count})", Facts(report.ParliamentItems.Select(i =>
                (Wording.Date(i.Date), DocumentTheme.Join($"{Monitoring.MonitorRunner.Describe(i.Source)}: {i.Title}", Wording.Of(i.Status), i.Url)))));
        DocumentTheme.Section(column, $"Stored briefing packs that mention them ({report.Packs.Count})", Facts(report.Packs.Select(Pack)));
        DocumentTheme.Section(column, $"Audit: who changed, viewed or exported this data ({report.Audit.Count})", Facts(report.Audit.Select(Audit)));
    }

    private static void Contacts(IContainer container, IReadOnlyList<SubjectInteraction> interactions) => container.Column(list =>
    {
        list.Spacing(6);
        if (interactions.Count == 0) list.Item().Text("None.");
        foreach (var i in interactions)
        {
            list.Item().ShowEntire().Column(item =>
            {
                item.Item().Text(t =>
                {
                    t.Span($"{Wording.DateTime(i.OccurredAt)} · {Wording.Of(i.Kind)} · ").FontColor(DocumentTheme.Muted);
                    t.Span(i.Title).Bold();
                    if (i.IsConfidential) t.Span("  confidential").FontColor(DocumentTheme.Alert);
                });
                var details = DocumentTheme.Join(i.Location, i.Staff.Count > 0 ? "staff: " + string.Join(", ", i.Staff) : null,
                    i.Partners.Count > 0 ? "partners: " + string.Join(", ", i.Partners) : null,
                    i.OtherAttendees > 0 ? $"{i.OtherAttendees} other attendee{(i.OtherAttendees == 1 ? "" : "s")}" : null);
                if (details.Length > 0) item.Item().Text(details).FontColor(DocumentTheme.Muted);
                foreach (var (label, text) in new[] { ("Summary", i.Summary), ("Asks raised", i.AsksRaised), ("Their concerns", i.TheirConcerns),
                             ("Commitments by them", i.CommitmentsByThem), ("Commitments by us", i.CommitmentsByUs) })
                {
                    if (!string.IsNullOrWhiteSpace(text)) item.Item().Text(t => { t.Span(label + ": ").Bold(); t.Span(text); });
                }
            });
        }
    });

    private static (string, string) Position(SubjectPosition p) =>
        (Wording.Date(p.StatedOn), DocumentTheme.Join($"{p.Ask}: {Wording.Of(p.Stance)}", $"{Wording.Of(p.EvidenceKind)}{(p.PqUin is null ? "" : " " + p.PqUin)}",
            p.Interaction, p.EvidenceUrl, p.Quote is null ? null : $"“{p.Quote}”", Wording.Of(p.Confidence), p.RecordedBy is null ? null : "recorded by " + p.RecordedBy));

    private static (string, string) MemberEvent(SubjectMemberEvent e) =>
        (Wording.Date(e.At), DocumentTheme.Join($"{Importing.Parliament.MemberEventService.Label(e.Kind)}: {e.Detail}",
            e.DismissedAt is { } dismissed ? $"dismissed {Wording.Date(dismissed)}{(e.DismissedBy is null ? "" : " by " + e.DismissedBy)}" : null));

    private static (string, string) Pack(SubjectPack p) =>
        (Wording.DateTime(p.GeneratedAt), DocumentTheme.Join($"Pack {p.Id}", SubjectAccessExport.PackKind(p.Kind), Wording.Of(p.Edition),
            $"{p.PageCount} page{(p.PageCount == 1 ? "" : "s")}", p.GeneratedBy is null ? null : "made by " + p.GeneratedBy));

    private static (string, string) Audit(SubjectAuditEntry a) =>
        (Wording.DateTime(a.At), DocumentTheme.Join($"{a.UserName ?? "System"} · {a.Action} {a.EntityType} {a.EntityId}",
            string.Join("; ", a.Changes.Select(c => a.Action == Auditing.AuditAction.Updated ? $"{c.Field}: {c.Before ?? "—"} → {c.After ?? "—"}" : $"{c.Field}: {c.After ?? c.Before}"))));

    /// <summary>Label and value pairs; a value left empty shows as a dash, so the reader sees the field is held but blank.</summary>
    private static Action<IContainer> Facts(IEnumerable<(string Label, string Value)> rows)
    {
        var facts = rows.Select(r => (r.Label, (string?)(string.IsNullOrWhiteSpace(r.Value) ? "—" : r.Value))).ToList();
        return container =>
        {
            if (facts.Count == 0) container.Text("None.");
            else DocumentTheme.Facts(container, facts);
        };
    }

    private static IEnumerable<(string, string)> Details(SubjectDetails p) =>
        new (string Label, string? Value)[]
        {
            ("Name", p.DisplayName), ("Honorific", p.Honorific), ("Given name", p.GivenName), ("Family name", p.FamilyName),
            ("Post-nominals", p.PostNominals), ("Kind", Wording.Of(p.Kind)), ("Party", p.Party), ("Constituency", p.Constituency),
            ("House", p.House?.ToString()), ("Peerage", p.Peerage), ("Parliament member id", p.ParliamentMemberId?.ToString()),
            ("Member since", Wording.DateOrNull(p.MembershipStartDate)), ("Membership ended", DocumentTheme.Join(Wording.DateOrNull(p.MembershipEndDate), p.MembershipEndReason)),
            ("Status", Wording.Of(p.Status)), ("Department", p.Department), ("Role", p.Role), ("Organisation", p.Organisation),
            ("Email", p.Email), ("Telephone", p.Phone), ("Address", p.Address), ("Priority", p.Priority.ToString()),
            ("Influence / interest", $"{p.Influence} / {p.Interest} (out of 5)"), ("Relationship owner", p.RelationshipOwner),
            ("Internal notes", p.Notes), ("Source of the data", p.DataSource), ("Lawful basis", Wording.Of(p.LawfulBasis)),
            ("Last reviewed", Wording.DateOrNull(p.LastReviewedOn)), ("Record created", Wording.Date(p.CreatedAt)),
            ("Last changed", Wording.Date(p.UpdatedAt)), ("Erased", Wording.DateOrNull(p.AnonymisedAt)),
        }
        .Where(d => !string.IsNullOrWhiteSpace(d.Value) || d.Label is "Email" or "Telephone" or "Source of the data")
        .Select(d => (d.Label, d.Value ?? ""));

    private static string Range(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? "" : $"{Wording.DateOrNull(from) ?? "?"} – {Wording.DateOrNull(to) ?? "now"}";
}

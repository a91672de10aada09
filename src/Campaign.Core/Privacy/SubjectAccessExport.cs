using System.Text.Json;
using System.Text.Json.Serialization;
using Campaign.Common;
using Campaign.Documents;

namespace Campaign.Privacy;

/// <summary>The subject-access report as files: JSON for machines, PDF for the person who asked.</summary>
public static class SubjectAccessExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToJson(SubjectAccessReport report) => JsonSerializer.SerializeToUtf8Bytes(report, Json);

    public static string FileName(SubjectAccessReport report, string extension) =>
        $"subject-access-{report.StakeholderId}-{report.GeneratedAt:yyyy-MM-dd}.{extension}";

    public static byte[] ToPdf(SubjectAccessReport report) =>
        Document.Create(container => container.Page(page =>
        {
            page.Size(PageSizes.A4);
            page.Margin(40);
            page.DefaultTextStyle(s => s.FontSize(9));
            page.Header().PaddingBottom(8).Column(header =>
            {
                header.Item().Text("Subject access report").FontSize(16).Bold().FontColor(Navy);
                header.Item().Text($"{report.Person.DisplayName} · prepared {report.GeneratedAt:d MMMM yyyy HH:mm} UTC by {report.GeneratedBy}").FontColor(Grey);
            });
            page.Content().Column(column =>
            {
                column.Spacing(10);
                column.Item().Text("Everything the campaign holds about this person: their record, the contacts they took part in, the positions recorded for them, follow-ups about them, the stored briefing packs that mention them, and the audit of who changed, viewed or exported their data. Other people present at a meeting are counted but not named.")
                    .FontColor(Grey);
                Section(column, "Record", Table(Details(report.Person)));
                if (report.Tags.Count > 0) Section(column, "Tags", c => c.Text(string.Join(", ", report.Tags)));
                if (report.Posts.Count > 0)
                    Section(column, "Posts", Table(report.Posts.Select(p => (Range(p.StartOn, p.EndOn), Join(p.Title, p.Organisation)))));
                if (report.Relationships.Count > 0)
                    Section(column, "Relationships", Table(report.Relationships.Select(r => (Range(r.StartOn, r.EndOn),
                        Join(Wording.RelationshipSentence(r.Type, r.Incoming, r.Other), r.Note)))));
                Section(column, $"Contacts ({report.Interactions.Count})", c => c.Column(list =>
                {
                    list.Spacing(6);
                    if (report.Interactions.Count == 0) list.Item().Text("None.");
                    foreach (var i in report.Interactions)
                    {
                        list.Item().ShowEntire().Column(item =>
                        {
                            item.Item().Text(t =>
                            {
                                t.Span($"{i.OccurredAt:d MMM yyyy HH:mm} · {Wording.Of(i.Kind)} · ").FontColor(Grey);
                                t.Span(i.Title).Bold();
                                if (i.IsConfidential) t.Span("  confidential").FontColor("#B00020");
                            });
                            var details = Join(i.Location, i.Staff.Count > 0 ? "staff: " + string.Join(", ", i.Staff) : null,
                                i.Partners.Count > 0 ? "partners: " + string.Join(", ", i.Partners) : null,
                                i.OtherAttendees > 0 ? $"{i.OtherAttendees} other attendee{(i.OtherAttendees == 1 ? "" : "s")}" : null);
                            if (details.Length > 0) item.Item().Text(details).FontColor(Grey);
                            foreach (var (label, text) in new[] { ("Summary", i.Summary), ("Asks raised", i.AsksRaised), ("Their concerns", i.TheirConcerns),
                                         ("Commitments by them", i.CommitmentsByThem), ("Commitments by us", i.CommitmentsByUs) })
                            {
                                if (!string.IsNullOrWhiteSpace(text)) item.Item().Text(t => { t.Span(label + ": ").Bold(); t.Span(text); });
                            }
                        });
                    }
                }));
                Section(column, $"Positions recorded ({report.Positions.Count})", Table(report.Positions.Select(p =>
                    ($"{p.StatedOn:d MMM yyyy}", Join($"{p.Ask}: {Wording.Of(p.Stance)}", $"{Wording.Of(p.EvidenceKind)}{(p.PqUin is null ? "" : " " + p.PqUin)}", p.Interaction, p.EvidenceUrl,
                        p.Quote is null ? null : $"“{p.Quote}”", Wording.Of(p.Confidence), p.RecordedBy is null ? null : "recorded by " + p.RecordedBy)))));
                if (report.FollowUps.Count > 0)
                    Section(column, "Follow-ups about them", Table(report.FollowUps.Select(f => ($"{f.DueOn:d MMM yyyy}", Join(f.Title, Wording.Of(f.Status), f.Owner)))));
                Section(column, $"Stored briefing packs that mention them ({report.Packs.Count})", Table(report.Packs.Select(p =>
                    ($"{p.GeneratedAt:d MMM yyyy HH:mm}", Join($"Pack {p.Id}", PackKind(p.Kind), Wording.Of(p.Edition), $"{p.PageCount} page{(p.PageCount == 1 ? "" : "s")}",
                        p.GeneratedBy is null ? null : "made by " + p.GeneratedBy)))));
                Section(column, $"Audit: who changed, viewed or exported this data ({report.Audit.Count})", Table(report.Audit.Select(a =>
                    ($"{a.At:d MMM yyyy HH:mm}", Join($"{a.UserName ?? "System"} · {a.Action} {a.EntityType} {a.EntityId}",
                        string.Join("; ", a.Changes.Select(c => a.Action == Auditing.AuditAction.Updated ? $"{c.Field}: {c.Before ?? "—"} → {c.After ?? "—"}" : $"{c.Field}: {c.After ?? c.Before}")))))));
            });
            page.Footer().AlignCenter().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(8).FontColor(Grey));
                t.Span($"Subject access report for {report.Person.DisplayName} · page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
        }))
        .WithMetadata(new DocumentMetadata { Title = $"Subject access report: {report.Person.DisplayName}", Author = "Campaign" })
        .GeneratePdf();

    private const string Navy = "#1E3A5F";
    private const string Grey = "#555555";

    private static void Section(ColumnDescriptor column, string title, Action<IContainer> content)
    {
        column.Item().Section(title).Column(section =>
        {
            section.Item().PaddingBottom(3).BorderBottom(0.75).BorderColor(Navy).Text(title).FontSize(11).Bold().FontColor(Navy);
            content(section.Item().PaddingTop(3));
        });
    }

    private static Action<IContainer> Table(IEnumerable<(string Label, string Value)> rows) => container => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(120);
            c.RelativeColumn();
        });
        var any = false;
        foreach (var (label, value) in rows)
        {
            any = true;
            table.Cell().PaddingVertical(1.5).Text(label).FontColor(Grey);
            table.Cell().PaddingVertical(1.5).Text(value.Length == 0 ? "—" : value);
        }
        if (!any)
        {
            table.Cell().Text("None.");
            table.Cell().Text("");
        }
    });

    private static IEnumerable<(string, string)> Details(SubjectDetails p) =>
        new (string Label, string? Value)[]
        {
            ("Name", p.DisplayName), ("Honorific", p.Honorific), ("Given name", p.GivenName), ("Family name", p.FamilyName),
            ("Post-nominals", p.PostNominals), ("Kind", Wording.Of(p.Kind)), ("Party", p.Party), ("Constituency", p.Constituency),
            ("House", p.House?.ToString()), ("Peerage", p.Peerage), ("Parliament member id", p.ParliamentMemberId?.ToString()),
            ("Member since", p.MembershipStartDate?.ToString("d MMM yyyy")), ("Membership ended", Join(p.MembershipEndDate?.ToString("d MMM yyyy"), p.MembershipEndReason)),
            ("Status", Wording.Of(p.Status)), ("Department", p.Department), ("Role", p.Role), ("Organisation", p.Organisation),
            ("Email", p.Email), ("Telephone", p.Phone), ("Address", p.Address), ("Priority", p.Priority.ToString()),
            ("Influence / interest", $"{p.Influence} / {p.Interest} (out of 5)"), ("Relationship owner", p.RelationshipOwner),
            ("Internal notes", p.Notes), ("Source of the data", p.DataSource), ("Lawful basis", Wording.Of(p.LawfulBasis)),
            ("Last reviewed", p.LastReviewedOn?.ToString("d MMM yyyy")), ("Record created", p.CreatedAt.ToString("d MMM yyyy")),
            ("Last changed", p.UpdatedAt.ToString("d MMM yyyy")), ("Erased", p.AnonymisedAt?.ToString("d MMM yyyy")),
        }
        .Where(d => !string.IsNullOrWhiteSpace(d.Value) || d.Label is "Email" or "Telephone" or "Source of the data")
        .Select(d => (d.Label, d.Value ?? ""));

    public static string PackKind(SubjectPackKind kind) => kind switch
    {
        SubjectPackKind.Meeting => "Meeting pack",
        SubjectPackKind.List => "Bulk export (zip)",
        _ => "Person's pack",
    };

    private static string Range(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? "" : $"{from?.ToString("d MMM yyyy") ?? "?"} – {to?.ToString("d MMM yyyy") ?? "now"}";

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

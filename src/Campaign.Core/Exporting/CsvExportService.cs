using System.Globalization;
using Campaign.Confidentiality;
using Campaign.Engagements;
using Campaign.Importing.Csv;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Exporting;

/// <summary>
/// CSV exports of the filtered lists: stakeholders, interactions, positions and follow-ups. Each uses the list's
/// own filter, so a file holds what the page showed, and the import's columns, so it imports back. Each reads in the
/// exporting user's view (see <see cref="Clearance"/>).
/// </summary>
public sealed class CsvExportService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public async Task<byte[]> StakeholdersAsync(Actor actor, StakeholderListQuery query, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        var clearance = Clearances.Of(actor);
        var now = clock.GetLocalNow().DateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lastContacts = StakeholderQueries.LastContactOf(now, clearance);
        var people = await StakeholderDirectory.Filter(db, query, clearance)
            .OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName).ThenBy(s => s.DisplayName).ThenBy(s => s.Id)
            .Select(s => new
            {
                Person = s,
                Organisation = s.Organisation != null ? s.Organisation.Name : null,
                Owner = s.RelationshipOwner != null ? s.RelationshipOwner.Email : null,
                Tags = s.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                Posts = s.Posts.OrderBy(p => p.Title).Select(p => p.Title).ToList(),
            })
            .ToListAsync(cancellationToken);
        var asks = await db.Asks.AsNoTracking().OrderBy(a => a.CampaignId).ThenBy(a => a.SortOrder).Select(a => new { a.Id, a.Code }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Person.Id).ToList();
        var lastContacted = await db.Stakeholders.Where(s => ids.Contains(s.Id)).Select(lastContacts)
            .ToDictionaryAsync(c => c.StakeholderId, c => c.At, cancellationToken);
        var stances = (await db.StatedPositions.CurrentFor(clearance).Where(p => ids.Contains(p.StakeholderId))
                .Select(p => new { p.StakeholderId, p.AskId, p.Stance }).ToListAsync(cancellationToken))
            .ToDictionary(p => (p.StakeholderId, p.AskId), p => p.Stance);

        // The import's columns first, then what the directory derives (ignored when the file is imported).
        var header = CsvColumns.Stakeholders.Select(f => f.Name).Append("LastContacted").Concat(asks.Select(a => "Stance: " + a.Code)).ToList();
        return CsvExportFormat.Write(header, people.Select(p =>
        {
            var s = p.Person;
            string?[] row =
            [
                s.Kind.ToString(), s.Honorific, s.GivenName, s.FamilyName, s.PostNominals, s.DisplayName, s.Party, s.Constituency, s.Peerage,
                s.ParliamentMemberId?.ToString(CultureInfo.InvariantCulture), s.Status.ToString(), CsvExportFormat.Date(s.MembershipStartDate),
                CsvExportFormat.Date(s.MembershipEndDate), s.MembershipEndReason, s.Department, s.Role, p.Organisation, s.Email, s.Phone,
                s.Address, s.Priority.ToString(), s.Influence.ToString(CultureInfo.InvariantCulture), s.Interest.ToString(CultureInfo.InvariantCulture),
                p.Owner, CsvExportFormat.List(p.Tags), CsvExportFormat.List(p.Posts), clearance.SeesInternalNotes() ? s.Notes : null, s.DataSource,
                s.LawfulBasis.ToString(), CsvExportFormat.Date(s.LastReviewedOn), CsvExportFormat.DateTime(lastContacted.GetValueOrDefault(s.Id)),
            ];
            return row.Concat(asks.Select(a => stances.TryGetValue((s.Id, a.Id), out var stance) ? stance.ToString() : Stance.Unknown.ToString())).ToArray();
        }));
    }

    public async Task<byte[]> InteractionsAsync(Actor actor, InteractionListQuery query, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        var clearance = Clearances.Of(actor);
        var notes = clearance.SeesInternalNotes();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var references = await PersonReferencesAsync(db, cancellationToken);
        var rows = await InteractionService.Filter(db, query, clearance)
            .OrderBy(i => i.OccurredAt).ThenBy(i => i.Id)
            .Select(i => new
            {
                Interaction = i,
                Attendees = i.Attendees.OrderBy(a => a.Stakeholder!.FamilyName).ThenBy(a => a.Stakeholder!.GivenName).ThenBy(a => a.Stakeholder!.DisplayName)
                    .Select(a => a.StakeholderId).ToList(),
                Staff = i.Staff.OrderBy(s => s.User!.Email).Select(s => s.User!.Email).ToList(),
                Partners = i.Partners.OrderBy(p => p.Organisation!.Name).Select(p => p.Organisation!.Name).ToList(),
                Asks = i.Asks.OrderBy(a => a.Ask!.SortOrder).Select(a => a.Ask!.Code).ToList(),
            })
            .ToListAsync(cancellationToken);
        return CsvExportFormat.Write(CsvColumns.Interactions.Select(f => f.Name).ToList(), rows.Select(r =>
        {
            var i = r.Interaction;
            return new[]
            {
                i.Kind.ToString(), CsvExportFormat.DateTime(i.OccurredAt), i.Title, i.Location,
                CsvExportFormat.List(r.Attendees.Select(id => references[id])), CsvExportFormat.List(r.Staff), CsvExportFormat.List(r.Partners),
                CsvExportFormat.List(r.Asks), i.Summary, notes ? i.AsksRaised : null, notes ? i.TheirConcerns : null,
                notes ? i.CommitmentsByThem : null, notes ? i.CommitmentsByUs : null, i.IsConfidential ? "true" : "false", i.PqUin,
            };
        }));
    }

    /// <summary>The stated positions (full history) of the people the directory's filters select, optionally on one ask.</summary>
    public async Task<byte[]> PositionsAsync(Actor actor, StakeholderListQuery people, int? askId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        var clearance = Clearances.Of(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var references = await PersonReferencesAsync(db, cancellationToken);
        var selected = StakeholderDirectory.Filter(db, people, clearance).Select(s => s.Id);
        var q = db.StatedPositions.AsNoTracking().VisibleTo(clearance).Where(p => selected.Contains(p.StakeholderId));
        if (askId is { } ask) q = q.Where(p => p.AskId == ask);
        // Ordered by names and dates rather than ids, so the same data exports the same file in any database.
        var rows = await q.OrderBy(p => p.Stakeholder!.FamilyName).ThenBy(p => p.Stakeholder!.GivenName).ThenBy(p => p.Stakeholder!.DisplayName)
            .ThenBy(p => p.Ask!.SortOrder).ThenBy(p => p.StatedOn).ThenBy(p => p.Stance).ThenBy(p => p.EvidenceKind).ThenBy(p => p.Id)
            .Select(p => new
            {
                Position = p,
                AskCode = p.Ask!.Code,
                InteractionAt = p.Interaction != null ? p.Interaction.OccurredAt : (DateTime?)null,
                InteractionTitle = p.Interaction != null ? p.Interaction.Title : null,
                RecordedBy = p.RecordedBy != null ? p.RecordedBy.Email : null,
            })
            .ToListAsync(cancellationToken);
        return CsvExportFormat.Write(CsvColumns.Positions.Select(f => f.Name).ToList(), rows.Select(r =>
        {
            var p = r.Position;
            return new[]
            {
                references[p.StakeholderId], r.AskCode, p.Stance.ToString(), CsvExportFormat.Date(p.StatedOn), p.EvidenceKind.ToString(),
                CsvExportFormat.DateTime(r.InteractionAt), r.InteractionTitle, p.PqUin, p.EvidenceUrl,
                p.Quote, p.Confidence.ToString(), p.IsConfidential ? "true" : "false", r.RecordedBy,
            };
        }));
    }

    public async Task<byte[]> FollowUpsAsync(Actor actor, FollowUpQuery query, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        actor.Demand(Permission.ViewConfidential);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await FollowUpService.Filter(db, query, actor, today)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Title, f.DueOn, f.Status,
                Owner = f.Owner != null ? f.Owner.DisplayName : null,
                OwnerEmail = f.Owner != null ? f.Owner.Email : null,
                Person = f.Stakeholder != null ? f.Stakeholder.DisplayName : null,
                Interaction = f.Interaction != null ? f.Interaction.Title : null,
                InteractionAt = f.Interaction != null ? f.Interaction.OccurredAt : (DateTime?)null,
            })
            .ToListAsync(cancellationToken);
        string[] header = ["Title", "DueOn", "Status", "Overdue", "Owner", "OwnerEmail", "Person", "Interaction", "InteractionAt"];
        return CsvExportFormat.Write(header, rows.Select(f => new[]
        {
            f.Title, CsvExportFormat.Date(f.DueOn), f.Status.ToString(), f.Status == FollowUpStatus.Open && f.DueOn < today ? "true" : "false",
            f.Owner, f.OwnerEmail, f.Person, f.Interaction, CsvExportFormat.DateTime(f.InteractionAt),
        }));
    }

    public async Task<byte[]> OrganisationsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Name, o.ShortName, o.Kind, Parent = o.Parent != null ? o.Parent.Name : null, o.Website, o.Notes })
            .ToListAsync(cancellationToken);
        return CsvExportFormat.Write(CsvColumns.Organisations.Select(f => f.Name).ToList(),
            rows.Select(o => new[] { o.Name, o.ShortName, o.Kind.ToString(), o.Parent, o.Website, o.Notes }));
    }

    /// <summary>
    /// How a person is written so the import finds them again: pm:&lt;member id&gt;, else their email address when
    /// nobody shares it, else the display name.
    /// </summary>
    private static async Task<Dictionary<int, string>> PersonReferencesAsync(CampaignDbContext db, CancellationToken cancellationToken)
    {
        var people = await db.Stakeholders.AsNoTracking().Select(s => new { s.Id, s.ParliamentMemberId, s.Email, s.DisplayName }).ToListAsync(cancellationToken);
        var sharedEmails = people.Where(p => p.Email != null).GroupBy(p => p.Email!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return people.ToDictionary(p => p.Id, p =>
            p.ParliamentMemberId is { } memberId ? $"pm:{memberId}"
            : p.Email is { } email && !sharedEmails.Contains(email) ? email
            : p.DisplayName);
    }
}

using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Importing.Parliament;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Templates;
using Microsoft.AspNetCore.Identity;

namespace Campaign.Importing;

/// <summary>
/// Loads the sample campaign from samples/ into an empty database, in one transaction.
/// Any campaign already present means the database is in use: seeding then does nothing.
/// </summary>
public sealed class SampleCampaignSeeder(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public async Task<bool> SeedAsync(string folder, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateForAsync(Actor.System, cancellationToken);
        if (await db.Campaigns.AnyAsync(cancellationToken)) return false;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var loader = new Loader(db, folder, clock.GetUtcNow());
        await loader.LoadAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed class Loader(CampaignDbContext db, string folder, DateTimeOffset now)
    {
        private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, CampaignUser> _staff = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Stakeholder> _people = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Interaction> _interactions = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Tag> _tags = new(StringComparer.OrdinalIgnoreCase);
        private LobbyCampaign _campaign = null!;

        public async Task LoadAsync(CancellationToken cancellationToken)
        {
            LoadOrganisations();
            await db.SaveChangesAsync(cancellationToken); // parents need ids before children reference them across saves
            LoadCampaign();
            await LoadStaffAsync(cancellationToken);
            LoadMembers();
            LoadPeople();
            await db.SaveChangesAsync(cancellationToken);
            LoadRelationships();
            LoadInteractions();
            await db.SaveChangesAsync(cancellationToken);
            LoadPositions();
            LoadFollowUps();
            LoadStatements();
            await LoadLibraryAsync(cancellationToken);
            LoadLetters();
            await db.SaveChangesAsync(cancellationToken);
        }

        private string PathOf(string name) => Path.Combine(folder, name);

        private void LoadOrganisations()
        {
            var table = CsvTable.Load(PathOf("organisations.csv"));
            foreach (var row in table.Rows)
            {
                var organisation = new Organisation
                {
                    Name = row.Required("Name"),
                    ShortName = row["ShortName"],
                    Kind = row.Enum<OrganisationKind>("Kind"),
                    Website = row["Website"],
                };
                _organisations.Add(row.Required("Key"), organisation);
                db.Organisations.Add(organisation);
            }
            foreach (var row in table.Rows.Where(r => r["Parent"] is not null))
                _organisations[row.Required("Key")].Parent = Organisation(row, "Parent");
        }

        private void LoadCampaign()
        {
            var file = CampaignFile.Load(PathOf("campaign.json"));
            _campaign = new LobbyCampaign
            {
                Name = file.Name,
                Goal = file.Goal,
                Keywords = file.Keywords?.ToList() ?? [],
                Asks = file.Asks.Select((a, i) => new Ask { Code = a.Code, Title = a.Title, Description = a.Description ?? "", SortOrder = i }).ToList(),
                Milestones = file.Milestones.Select((m, i) => new Milestone
                {
                    Title = m.Title, TargetDate = m.TargetDate, CompletedOn = m.CompletedOn, Status = m.Status,
                    Evidence = m.Evidence ?? "", SortOrder = i,
                }).ToList(),
                Partners = file.Coalition.Select(p => new CoalitionPartner
                {
                    Organisation = _organisations.TryGetValue(p.Organisation, out var o) ? o
                        : throw new ImportException($"campaign.json: coalition organisation \"{p.Organisation}\" is not in organisations.csv."),
                    Role = p.Role,
                }).ToList(),
            };
            db.Campaigns.Add(_campaign);
            // One monitor on the campaign's keywords, so the inbox has something to run from the first day.
            db.ParliamentMonitors.Add(new Monitoring.ParliamentMonitor
            {
                Campaign = _campaign, Name = "Clinical technologists", Phrases = [.. _campaign.Keywords.Take(Monitoring.MonitorService.MaxPhrases)],
                Sources = [.. Enum.GetNames<Monitoring.Sources.MonitorSource>()], StartDate = new DateOnly(now.Year, 1, 1),
            });
        }

        private async Task LoadStaffAsync(CancellationToken cancellationToken)
        {
            var roles = Roles.All.ToDictionary(r => r, r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() });
            foreach (var role in roles.Values)
            {
                var existing = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == role.NormalizedName, cancellationToken);
                if (existing is null) db.Roles.Add(role);
                else roles[existing.Name!] = existing;
            }

            foreach (var row in CsvTable.Load(PathOf("staff.csv")).Rows)
            {
                var email = row.Required("Email");
                var role = row.Required("Role");
                if (!roles.TryGetValue(role, out var identityRole))
                    throw row.Error("Role", $"\"{role}\" is not one of {string.Join(", ", Roles.All)}");
                // Sample users have no password: signing in as them needs one set by an administrator.
                var user = new CampaignUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                    NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, DisplayName = row.Required("DisplayName"),
                    SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
                    PartnerOrganisation = row["Organisation"] is null ? null : Organisation(row, "Organisation"),
                };
                if (role == Roles.Coalition && user.PartnerOrganisation is null)
                    throw row.Error("Organisation", "a Coalition user needs a partner organisation");
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = identityRole.Id });
                _staff.Add(email, user);
            }
        }

        private void LoadMembers()
        {
            var targets = CsvTable.Load(PathOf("parliament-targets.csv")).Rows
                .ToDictionary(r => r.Int("MemberId") ?? throw r.Error("MemberId", "is empty"));
            foreach (var file in new[] { "members-commons.json", "members-lords.json" })
            {
                foreach (var member in MembersApiReader.Read(File.ReadAllText(PathOf(file))))
                {
                    var stakeholder = new Stakeholder { GivenName = "", FamilyName = "", DisplayName = "", DataSource = "UK Parliament Members API" };
                    MembersApiReader.Apply(member, stakeholder);
                    if (targets.TryGetValue(member.Id, out var row)) ApplyTargeting(row, stakeholder);
                    _people.Add($"pm:{member.Id}", stakeholder);
                    db.Stakeholders.Add(stakeholder);
                }
            }
        }

        private void LoadPeople()
        {
            foreach (var row in CsvTable.Load(PathOf("people.csv")).Rows)
            {
                var honorific = row["Honorific"];
                var given = row.Required("GivenName");
                var family = row.Required("FamilyName");
                var stakeholder = new Stakeholder
                {
                    Kind = row.Enum<StakeholderKind>("Kind"),
                    Honorific = honorific, GivenName = given, FamilyName = family,
                    DisplayName = Stakeholder.ComposeDisplayName(honorific, given, family),
                    PostNominals = row["PostNominals"],
                    Organisation = row["Organisation"] is null ? null : Organisation(row, "Organisation"),
                    Department = row["Department"],
                    Role = row["Role"],
                };
                ApplyTargeting(row, stakeholder);
                _people.Add(row.Required("Key"), stakeholder);
                db.Stakeholders.Add(stakeholder);
            }
        }

        private void ApplyTargeting(CsvTableRow row, Stakeholder s)
        {
            s.Email = row["Email"];
            s.Phone = row["Phone"];
            s.Priority = row["Priority"] is null ? PriorityTier.C : row.Enum<PriorityTier>("Priority");
            s.Influence = row.Int("Influence") ?? 3;
            s.Interest = row.Int("Interest") ?? 3;
            s.RelationshipOwner = row["Owner"] is null ? null : Staff(row, "Owner");
            s.Tags = row.List("Tags").Select(TagNamed).ToList();
            s.Posts = row.List("Posts").Select(title => new Post { Title = title }).ToList();
            s.DataSource = row["Source"] ?? s.DataSource;
            s.LawfulBasis = row["LawfulBasis"] is null ? LawfulBasis.LegitimateInterests : row.Enum<LawfulBasis>("LawfulBasis");
            s.LastReviewedOn = row.Date("LastReviewedOn");
        }

        private void LoadRelationships()
        {
            foreach (var row in CsvTable.Load(PathOf("relationships.csv")).Rows)
            {
                db.Relationships.Add(new Relationship
                {
                    FromStakeholder = Person(row, "From"),
                    ToStakeholder = row["ToPerson"] is null ? null : Person(row, "ToPerson"),
                    ToOrganisation = row["ToOrganisation"] is null ? null : Organisation(row, "ToOrganisation"),
                    Type = row.Enum<RelationshipType>("Type"),
                    StartOn = row.Date("StartOn"),
                    EndOn = row.Date("EndOn"),
                    Note = row["Note"],
                });
            }
        }

        private void LoadInteractions()
        {
            foreach (var row in CsvTable.Load(PathOf("interactions.csv")).Rows)
            {
                var text = row.Required("OccurredAt");
                if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", null, System.Globalization.DateTimeStyles.None, out var occurredAt))
                    throw row.Error("OccurredAt", $"\"{text}\" is not a date and time in the form yyyy-MM-ddTHH:mm");
                var interaction = new Interaction
                {
                    Campaign = _campaign,
                    Kind = row.Enum<InteractionKind>("Kind"),
                    OccurredAt = occurredAt,
                    Title = row.Required("Title"),
                    Location = row["Location"],
                    Summary = row["Summary"],
                    AsksRaised = row["AsksRaised"],
                    TheirConcerns = row["TheirConcerns"],
                    CommitmentsByThem = row["CommitmentsByThem"],
                    CommitmentsByUs = row["CommitmentsByUs"],
                    IsConfidential = string.Equals(row["Confidential"], "true", StringComparison.OrdinalIgnoreCase),
                    Attendees = row.List("Attendees").Distinct().Select(key => new InteractionAttendee { Stakeholder = Person(row, "Attendees", key) }).ToList(),
                    Staff = row.List("Staff").Distinct().Select(email => new InteractionStaff { UserId = Staff(row, "Staff", email).Id }).ToList(),
                    Partners = row.List("Partners").Distinct().Select(key => new InteractionPartner { Organisation = Organisation(row, "Partners", key) }).ToList(),
                };
                if (interaction.Attendees.Count == 0) throw row.Error("Attendees", "names nobody");
                _interactions.Add(row.Required("Key"), interaction);
                db.Interactions.Add(interaction);
            }
        }

        private void LoadPositions()
        {
            var asks = _campaign.Asks.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
            foreach (var row in CsvTable.Load(PathOf("positions.csv")).Rows)
            {
                var askCode = row.Required("Ask");
                db.StatedPositions.Add(new StatedPosition
                {
                    Stakeholder = Person(row, "Person"),
                    Ask = asks.TryGetValue(askCode, out var ask) ? ask : throw row.Error("Ask", $"\"{askCode}\" is not an ask of the campaign"),
                    Stance = row.Enum<Stance>("Stance"),
                    StatedOn = row.Date("StatedOn") ?? throw row.Error("StatedOn", "is empty"),
                    EvidenceKind = row.Enum<EvidenceKind>("EvidenceKind"),
                    Interaction = row["Interaction"] is null ? null : Interaction(row, "Interaction"),
                    PqUin = row["PqUin"],
                    EvidenceUrl = row["Url"],
                    Quote = row["Quote"],
                    Confidence = row.Enum<Confidence>("Confidence"),
                    RecordedBy = row["RecordedBy"] is null ? null : Staff(row, "RecordedBy"),
                    RecordedAt = now,
                });
            }
        }

        private void LoadFollowUps()
        {
            foreach (var row in CsvTable.Load(PathOf("followups.csv")).Rows)
            {
                var status = row.Enum<FollowUpStatus>("Status");
                db.FollowUps.Add(new FollowUp
                {
                    Title = row.Required("Title"),
                    DueOn = row.Date("DueOn") ?? throw row.Error("DueOn", "is empty"),
                    Owner = row["Owner"] is null ? null : Staff(row, "Owner"),
                    Stakeholder = row["Person"] is null ? null : Person(row, "Person"),
                    Interaction = row["Interaction"] is null ? null : Interaction(row, "Interaction"),
                    Status = status,
                    CompletedAt = status == FollowUpStatus.Done ? now : null,
                });
            }
        }

        private void LoadStatements()
        {
            var statements = Path.Combine(folder, "statements");
            if (!Directory.Exists(statements)) return;
            foreach (var file in Directory.EnumerateFiles(statements, "*.md").Order())
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (!EnumText.TryParse<Audience>(name, out var audience))
                    throw new ImportException($"statements/{Path.GetFileName(file)}: \"{name}\" is not an audience ({EnumText.Names<Audience>()}).");
                db.PositionStatementTemplates.Add(new PositionStatementTemplate
                {
                    Campaign = _campaign, Audience = audience, VersionNumber = 1, Title = $"Position statement: {audience}",
                    Markdown = File.ReadAllText(file), ChangeNote = "Sample campaign", CreatedAt = now,
                });
            }
        }

        /// <summary>The briefing paper, shared with the coalition: written in Markdown in the sample, made a PDF here by our layout engine.</summary>
        private async Task LoadLibraryAsync(CancellationToken cancellationToken)
        {
            var paper = PathOf(Path.Combine("library", "briefing-paper.md"));
            if (!File.Exists(paper)) return;
            const string title = "A new regulatory framework for clinical technologists";
            var content = Library.MarkdownPdf.Render(title, await File.ReadAllTextAsync(paper, cancellationToken));
            var (file, problem) = Library.FileTypeSniffer.Check("briefing-paper.pdf", content);
            if (file is null) throw new ImportException($"library/briefing-paper.md: {problem}");
            var document = new Library.LibraryDocument
            {
                Campaign = _campaign, Title = title, Kind = Library.LibraryDocumentKind.BriefingPaper, Visibility = Library.LibraryVisibility.Coalition,
                Description = "The campaign's case for statutory registration, for MPs, peers and officials.", CreatedAt = now, UpdatedAt = now,
            };
            db.LibraryDocuments.Add(document);
            await Library.LibraryStore.AddVersionAsync(db, document,
                new Library.NewLibraryFile("A new regulatory framework for clinical technologists.pdf", file.ContentType, content, file.PageCount, "v1", "Sample campaign"),
                null, now, cancellationToken);
        }

        /// <summary>
        /// Letter templates: letters/&lt;Audience&gt;.md, headed by "Title:", "Letterhead:" (lines separated by " | ") and
        /// "Sign-off:" lines, then a blank line and the body.
        /// </summary>
        private void LoadLetters()
        {
            var letters = Path.Combine(folder, "letters");
            if (!Directory.Exists(letters)) return;
            foreach (var file in Directory.EnumerateFiles(letters, "*.md").Order())
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (!EnumText.TryParse<Audience>(name, out var audience))
                    throw new ImportException($"letters/{Path.GetFileName(file)}: \"{name}\" is not an audience ({EnumText.Names<Audience>()}).");
                var text = File.ReadAllText(file).ReplaceLineEndings("\n");
                var split = text.IndexOf("\n\n", StringComparison.Ordinal);
                var header = (split < 0 ? "" : text[..split]).Split('\n')
                    .Select(l => l.Split(':', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
                db.PositionStatementTemplates.Add(new PositionStatementTemplate
                {
                    Campaign = _campaign, Kind = TemplateKind.Letter, Audience = audience, VersionNumber = 1,
                    Title = header.GetValueOrDefault("Title") ?? $"Letter: {audience}",
                    LetterheadText = header.GetValueOrDefault("Letterhead")?.Replace(" | ", "\n", StringComparison.Ordinal),
                    SignOff = header.GetValueOrDefault("Sign-off"),
                    Markdown = split < 0 ? text : text[(split + 2)..], ChangeNote = "Sample campaign", CreatedAt = now,
                });
            }
        }

        private Tag TagNamed(string name)
        {
            if (!_tags.TryGetValue(name, out var tag)) _tags[name] = tag = new Tag { Name = name };
            return tag;
        }

        private Organisation Organisation(CsvTableRow row, string column, string? key = null) =>
            _organisations.TryGetValue(key ??= row.Required(column), out var o) ? o : throw row.Error(column, $"organisation \"{key}\" is not in organisations.csv");

        private Stakeholder Person(CsvTableRow row, string column, string? key = null) =>
            _people.TryGetValue(key ??= row.Required(column), out var p) ? p : throw row.Error(column, $"person \"{key}\" is not in people.csv or the Members files");

        private CampaignUser Staff(CsvTableRow row, string column, string? email = null) =>
            _staff.TryGetValue(email ??= row.Required(column), out var u) ? u : throw row.Error(column, $"\"{email}\" is not in staff.csv");

        private Interaction Interaction(CsvTableRow row, string column) =>
            _interactions.TryGetValue(row.Required(column), out var i) ? i : throw row.Error(column, $"interaction \"{row[column]}\" is not in interactions.csv");
    }
}

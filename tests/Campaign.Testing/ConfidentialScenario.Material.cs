using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Testing;

public sealed partial class ConfidentialScenario
{
    // Sample people (all fictional) by Parliament member id; priority in brackets.
    private const int Osei = 90002;        // Labour MP (A)
    private const int MacAulay = 90003;    // Labour MP (A)
    private const int LloydHughes = 90005; // Labour MP (B)
    private const int Fairbairn = 90006;   // Conservative MP (A)
    private const int Whitlock = 90007;    // Conservative MP (B)
    private const int Hargreaves = 90008;  // Liberal Democrat MP (A)
    private const int Halliwell = 90009;   // Liberal Democrat MP (B)
    private const int Baird = 90010;       // SNP MP (C)
    private const int Ellery = 90011;      // Green MP (B)
    private const int Prydderch = 90013;   // Plaid Cymru MP (C), never contacted in the sample
    private const int Penhaligon = 90031;  // Labour peer (A), last open contact just over 12 months ago
    private const int Kettleby = 90032;    // Crossbench peer (A)
    private const int Hartigan = 90033;    // Conservative peer (B)
    private const int Castellane = 90037;  // Conservative peer (C), never contacted in the sample

    private Dictionary<int, int> _people = null!;
    private Dictionary<string, int> _organisations = null!;
    private string _hannahId = null!;
    private string _tomId = null!;

    /// <summary>Confidential, 16 days ago, RCT present: the delete mutation's target.</summary>
    public int OseiMeetingId { get; private set; }

    /// <summary>Confidential, earlier this month, RCT present: the edit mutation's target.</summary>
    public int PeersMeetingId { get; private set; }

    /// <summary>Confidential, 72 days ago, RCT absent: the mutation that makes it open.</summary>
    public int MacAulayCallId { get; private set; }

    private async Task AddMaterialAsync()
    {
        await LoadReferencesAsync();
        var (reg, pgd) = (RegistrationAskId, PgdAskId);

        // Public positions first, so that confidential ones stated later change the current stance.
        await RecordAsync(Osei, reg, Stance.Champion, new(2026, 10, 30), EvidenceKind.PublicStatement, null);
        await RecordAsync(Kettleby, pgd, Stance.Champion, new(2026, 10, 1), EvidenceKind.Letter, null);
        await RecordAsync(Whitlock, reg, Stance.Sceptical, new(2026, 8, 20), EvidenceKind.Hansard,
            "https://hansard.parliament.uk/Commons/2026-08-20/debates/SAMPLE-ORACLE/ClinicalTechnologists");

        // Confidential contact: within 30 days (moves down and up, newly known), within 90, within 12 months, older,
        // later this month (planned) and next year; priority-A MPs and peers; RCT (the coalition user's) and others.
        OseiMeetingId = await LogAsync("Osei meeting", InteractionKind.Meeting, new(2026, 11, 10, 14, 0, 0), true, [Osei, MacAulay], ["RCT", "IPEM"],
            [(Osei, reg, Stance.Sceptical), (Osei, pgd, Stance.Opposed), (MacAulay, pgd, Stance.Champion)], [(Osei, new(2026, 11, 20))]);
        PeersMeetingId = await LogAsync("Peers meeting", InteractionKind.Meeting, new(2026, 11, 2, 11, 0, 0), true, [Penhaligon, Kettleby], ["RCT", "BNMS"],
            [(Penhaligon, pgd, Stance.Supportive), (Kettleby, reg, Stance.Supportive), (Kettleby, pgd, Stance.Neutral)], [(Kettleby, new(2026, 12, 1))]);
        await LogAsync("Prydderch call", InteractionKind.Call, new(2026, 11, 5, 9, 30, 0), true, [Prydderch], ["RCT"],
            [(Prydderch, reg, Stance.Supportive), (Prydderch, pgd, Stance.Neutral)], []);
        MacAulayCallId = await LogAsync("MacAulay call", InteractionKind.Call, new(2026, 9, 15, 16, 0, 0), true, [MacAulay, Whitlock], ["IPEM"],
            [(MacAulay, reg, Stance.Champion), (Whitlock, reg, Stance.Opposed)], []);
        await LogAsync("Castellane meeting", InteractionKind.Meeting, new(2026, 9, 1, 12, 0, 0), true, [Castellane, Hartigan], ["AHCS", "RCT"],
            [(Castellane, reg, Stance.Sceptical), (Hartigan, pgd, Stance.Supportive)], [(Castellane, new(2026, 9, 20))]);
        await LogAsync("Committee email", InteractionKind.Email, new(2026, 4, 20, 9, 0, 0), true, [Hargreaves, Fairbairn], ["IPEM"],
            [(Fairbairn, pgd, Stance.Supportive)], []);
        await LogAsync("Baird meeting", InteractionKind.Meeting, new(2025, 3, 4, 10, 0, 0), true, [Baird], ["ART"],
            [(Baird, reg, Stance.Supportive)], []);
        await LogAsync("Planned Osei meeting", InteractionKind.Meeting, new(2026, 11, 28, 15, 0, 0), true, [Osei, Hargreaves], ["RCT"],
            [], [(Hargreaves, new(2026, 11, 30))]);
        await LogAsync("Future roundtable", InteractionKind.Roundtable, new(2027, 2, 3, 10, 0, 0), true, [Ellery, LloydHughes], ["RCT", "IPEM"],
            [], [(Ellery, new(2027, 2, 10))]);

        // Open contact whose structured notes are internal (canaries) and whose quotes are public.
        await LogAsync("Meeting with Ruth Ellery MP", InteractionKind.Meeting, new(2026, 11, 12, 13, 0, 0), false, [Ellery], ["RCT", "IPEM"],
            [(Ellery, reg, Stance.Champion)], [(Ellery, new(2026, 11, 19))]);
        var halliwell = await LogAsync("Meeting with Tom Halliwell MP", InteractionKind.Meeting, new(2026, 10, 20, 10, 0, 0), false, [Halliwell], ["IPEM"],
            [(Halliwell, pgd, Stance.Champion)], [(Halliwell, new(2026, 10, 27))]);
        await LogAsync("Planned briefing for Osei, MacAulay and Lady Castellane", InteractionKind.Meeting, new(2026, 12, 3, 10, 0, 0), false,
            [Osei, MacAulay, Castellane], ["RCT"], [], []);
        await CompleteFollowUpAsync(halliwell);

        foreach (var member in new[] { Osei, MacAulay, Prydderch, Castellane, Ellery, Penhaligon })
            await AddNotesAsync(member);

        // Positions confidential by hand: recorded so (later than Halliwell's public ones), one remark in an open
        // meeting, and a public record marked confidential afterwards (Whitlock's Hansard speech).
        HiddenPositionIds.Add(await RecordAsync(Halliwell, reg, Stance.Opposed, new(2026, 11, 14), EvidenceKind.Letter, null,
            confidentialQuote: $"Privately {Plant("Halliwell letter quote")}"));
        var remark = await LogAsync("Meeting with Andrew Fairbairn MP", InteractionKind.Meeting, new(2026, 11, 16, 10, 0, 0), false, [Fairbairn], ["RCT"],
            [(Fairbairn, reg, Stance.Supportive)], [], remarksInConfidence: [(Fairbairn, pgd, Stance.Opposed)]);
        HiddenPositionIds.UnionWith(await RemarksInConfidenceAsync(remark));
        HiddenPositionIds.Add(await MarkConfidentialAsync(Whitlock, reg, new(2026, 8, 20)));
        await AddParliamentItemsAsync();

        await RememberHiddenPositionsAsync();
    }

    /// <summary>
    /// What the Parliament monitor found: evidence for a public position (shared), evidence for a position marked
    /// confidential, and an item nobody has triaged yet (staff work): only the first is the coalition's.
    /// </summary>
    private async Task AddParliamentItemsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var now = Clock.GetUtcNow();
        int PositionOf(int member, DateOnly on) => db.StatedPositions.Where(p => p.StakeholderId == _people[member] && p.StatedOn == on).Select(p => p.Id).Single();
        Monitoring.MonitorItem Item(string id, string title, int member, DateOnly date, Monitoring.TriageStatus status, int? positionId) => new()
        {
            CampaignId = CampaignId, Source = Monitoring.Sources.MonitorSource.Hansard, SourceId = id, MemberId = member, StakeholderId = _people[member],
            Title = title, Text = "On the registration of clinical technologists.", Date = date,
            Url = $"https://hansard.parliament.uk/Commons/{date:yyyy-MM-dd}/debates/ORACLE-{id}/Debate", FirstSeenAt = now, LastChangedAt = now,
            Status = status, StatedPositionId = positionId,
        };
        db.MonitorItems.AddRange(
            Item("shared", "Health questions", Osei, new(2026, 10, 30), Monitoring.TriageStatus.Evidence, PositionOf(Osei, new(2026, 10, 30))),
            Item("confidential", $"Debate {Plant("monitor evidence for a confidential position")}", Whitlock, new(2026, 8, 20),
                Monitoring.TriageStatus.Evidence, PositionOf(Whitlock, new(2026, 8, 20))),
            Item("untriaged", "Untriaged debate", Osei, new(2026, 11, 1), Monitoring.TriageStatus.New, null));
        await db.SaveChangesAsync();
    }

    private async Task LoadReferencesAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var campaign = await db.Campaigns.OrderBy(c => c.Id)
            .Select(c => new { c.Id, Asks = c.Asks.Select(a => new { a.Id, a.Code }).ToList() }).FirstAsync();
        CampaignId = campaign.Id;
        RegistrationAskId = campaign.Asks.Single(a => a.Code == "registration").Id;
        PgdAskId = campaign.Asks.Single(a => a.Code == "pgd").Id;
        _people = await db.Stakeholders.Where(s => s.ParliamentMemberId != null).ToDictionaryAsync(s => s.ParliamentMemberId!.Value, s => s.Id);
        _organisations = await db.Organisations.Where(o => o.ShortName != null).ToDictionaryAsync(o => o.ShortName!, o => o.Id);
        PartnerOrganisationId = _organisations["RCT"];
        var hannah = await db.Users.SingleAsync(u => u.Email == "hannah.mercer@westbridge.example");
        _hannahId = hannah.Id;
        _tomId = await db.Users.Where(u => u.Email == "tom.ashdown@westbridge.example").Select(u => u.Id).SingleAsync();
        Staff = new Actor(hannah.Id, hannah.DisplayName, new HashSet<string> { Roles.PublicAffairs }, null);
    }

    /// <summary>
    /// Logs a contact through the one form's service. Confidential ones carry a canary in every text field and in
    /// each quote; every contact's structured notes and follow-ups carry canaries (internal whatever the contact).
    /// </summary>
    private async Task<int> LogAsync(string name, InteractionKind kind, DateTime when, bool confidential, int[] members, string[] partners,
        (int Member, int Ask, Stance Stance)[] positions, (int Member, DateOnly Due)[] followUps,
        (int Member, int Ask, Stance Stance)[]? remarksInConfidence = null)
    {
        var model = new InteractionEditModel
        {
            CampaignId = CampaignId, Kind = kind, OccurredAt = when, IsConfidential = confidential,
            Title = confidential ? $"{name} {Plant(name + " title")}" : name,
            Location = confidential ? $"Room {Plant(name + " location")}" : "Portcullis House",
            Summary = confidential ? $"Discussed in confidence {Plant(name + " summary")}." : $"{name}: went through both asks and the timetable.",
            AttendeeIds = members.Select(m => _people[m]).ToList(),
            StaffIds = [_hannahId, _tomId],
            PartnerIds = partners.Select(p => _organisations[p]).ToList(),
            AskIds = [RegistrationAskId, PgdAskId],
            Positions = positions.Select(p => new PositionInput
            {
                StakeholderId = _people[p.Member], AskId = p.Ask, Stance = p.Stance, Confidence = Confidence.Confirmed,
                Quote = confidential ? $"Said in confidence {Plant(name + " quote")}" : $"On the record: {p.Stance} on this ask.",
            }).Concat((remarksInConfidence ?? []).Select(p => new PositionInput
            {
                StakeholderId = _people[p.Member], AskId = p.Ask, Stance = p.Stance, Confidence = Confidence.Likely, IsConfidential = true,
                Quote = $"Between us {Plant(name + " remark in confidence")}",
            })).ToList(),
            FollowUps = followUps.Select(f => new FollowUpInput
            {
                Title = $"Follow up {Plant(name + " follow-up")}", DueOn = f.Due, OwnerId = _hannahId, StakeholderId = _people[f.Member],
            }).ToList(),
        };
        SetNotes(model, name);
        var result = await new InteractionService(Contexts).LogAsync(Staff, model);
        Ensure(result, name);
        return result.Id!.Value;
    }

    private void SetNotes(InteractionEditModel model, string name)
    {
        model.AsksRaised = $"Raised {Plant(name + " asks raised")}";
        model.TheirConcerns = $"Worried about {Plant(name + " their concerns")}";
        model.CommitmentsByThem = $"They will {Plant(name + " commitments by them")}";
        model.CommitmentsByUs = $"We will {Plant(name + " commitments by us")}";
    }

    private async Task<int> RecordAsync(int member, int askId, Stance stance, DateOnly statedOn, EvidenceKind evidence, string? url,
        string? confidentialQuote = null)
    {
        var result = await new PositionService(Contexts, Clock).RecordAsync(Staff, new PositionRecordModel
        {
            StakeholderId = _people[member], AskId = askId, Stance = stance, StatedOn = statedOn, EvidenceKind = evidence,
            EvidenceUrl = url, Quote = confidentialQuote ?? $"In public: {stance} on this ask.", Confidence = Confidence.Confirmed,
            IsConfidential = confidentialQuote is not null,
        });
        Ensure(result, $"position of {member}");
        return result.Id!.Value;
    }

    /// <summary>The positions of a contact that were marked confidential one by one (found by their canary quotes).</summary>
    private async Task<List<int>> RemarksInConfidenceAsync(int interactionId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.StatedPositions.Where(p => p.InteractionId == interactionId && p.Quote!.StartsWith("Between us")).Select(p => p.Id).ToListAsync();
    }

    /// <summary>Marks a public record confidential afterwards, as staff do from a stance's history.</summary>
    private async Task<int> MarkConfidentialAsync(int member, int askId, DateOnly statedOn)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var id = await db.StatedPositions.Where(p => p.StakeholderId == _people[member] && p.AskId == askId && p.StatedOn == statedOn)
            .Select(p => p.Id).SingleAsync();
        Ensure(await new PositionService(Contexts, Clock).SetConfidentialAsync(Staff, id, true), $"marking {member}'s position");
        return id;
    }

    private async Task AddNotesAsync(int member)
    {
        var service = new StakeholderService(Contexts, Clock);
        var id = _people[member];
        var model = await service.GetForEditAsync(Staff, id) ?? throw new InvalidOperationException($"No stakeholder {id}.");
        model.Notes = $"Prefers a short briefing {Plant($"notes on member {member}")}.";
        Ensure(await service.UpdateAsync(Staff, id, model), $"notes on {member}");
    }

    private async Task CompleteFollowUpAsync(int interactionId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var followUp = await db.FollowUps.Where(f => f.InteractionId == interactionId).Select(f => new { f.Id, f.Version }).SingleAsync();
        Ensure(await new FollowUpService(Contexts, Clock).SetStatusAsync(Staff, followUp.Id, FollowUpStatus.Done, followUp.Version), "follow-up done");
    }
}

using static Campaign.Benchmarks.PreparedSql;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Campaign.Benchmarks;

/// <summary>
/// The busiest person: one more MP, added after everyone else so the random data never touches them, with the
/// posts, relationships, contacts (the most of anyone; the recent ones with notes and commitments), positions and
/// open follow-ups of a long-standing champion. Their internal briefing pack is the 8-page pack the issue times,
/// the same at every scale. Added last, so the rest of the data is the same as without them.
/// </summary>
public sealed partial class SyntheticCampaign
{
    private const int PastContacts = 90;
    private const int DetailedContacts = 16;
    private const int PlannedContacts = 4;
    private const int SubjectPositions = 40;
    private const int SubjectFollowUps = 6;

    private static readonly string[] Summaries =
    [
        "Went through the coalition's briefing on statutory registration of clinical technologists, the gap between regulated clinical scientists and unregulated technologists, and the Register of Clinical Technologists' evidence on removals that did not stop people working.",
        "Discussed Patient Group Directions for IV contrast in CT: lists delayed for want of an authorised colleague, and how registration would let technologists give contrast safely under a PGD.",
        "Follow-up on the constituency visit to the radiotherapy department: the member asked detailed questions about unsupervised work with patients and about the HCPC's capacity to take on a new profession.",
        "Meeting on the Health and Care Professions Council's regulatory reform programme and where clinical technologists could fit into the section 60 order timetable.",
    ];

    private static readonly string[] Concerns =
    [
        "Cost to employers and to the technologists themselves of a registration fee; whether the HCPC has the capacity.",
        "Whether this needs primary legislation, and how long a section 60 order would take in the current session.",
        "Overlap with the voluntary registers and whether accreditation by the Professional Standards Authority is already enough.",
    ];

    private static readonly string[] TheirCommitments =
    [
        "To table a written question to DHSC on the timetable for the next section 60 order.",
        "To raise clinical technologist registration with the Minister at the next Health questions.",
        "To host a drop-in for MPs in Portcullis House with the coalition.",
        "To write to the Chair of the Health and Social Care Committee suggesting an evidence session.",
    ];

    private static readonly string[] Posts =
        ["Member, Health and Social Care Committee", "Chair, All-Party Parliamentary Group on Medical Physics", "Member, Public Accounts Committee"];

    /// <summary>The person whose pack is timed: the busiest, with an 8-page internal pack.</summary>
    public int PackSubjectId => People + 1;

    private void AddPackSubject(SqliteConnection connection, SqliteTransaction transaction, long stamp)
    {
        var subject = PackSubjectId;
        string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Exec(connection, transaction,
            "INSERT INTO Stakeholders (Id, Kind, Honorific, GivenName, FamilyName, DisplayName, Party, Constituency, House, ParliamentMemberId, Status, Email, Phone, " +
            "Priority, Influence, Interest, RelationshipOwnerId, Notes, LawfulBasis, MembershipStartDate, Version, CreatedAt, UpdatedAt) " +
            $"VALUES ({subject}, 'MP', 'Dr', 'Morwenna', 'Trelawny', 'Dr Morwenna Trelawny', 'Labour', 'Truro and Falmouth', 'Commons', {MemberIdBase + subject}, 'Current', " +
            $"'morwenna.trelawny@example.org', '020 7219 0000', 'A', 5, 5, '{UserId}', 'Former clinical scientist; our strongest advocate in the Commons. Prefers short written briefings.', " +
            "'LegitimateInterests', '2017-06-08', 1, 0, 0)");

        using (var post = Prepare(connection, transaction, "INSERT INTO Posts (StakeholderId, Title, StartOn) VALUES ($s, $title, $from)", "$s", "$title", "$from"))
        {
            for (var p = 0; p < Posts.Length; p++) Run(post, subject, Posts[p], Day(Now.AddYears(-1 - p)));
        }
        using (var relationship = Prepare(connection, transaction,
            "INSERT INTO Relationships (FromStakeholderId, ToStakeholderId, ToOrganisationId, Type, StartOn, Note, Version) VALUES ($from, $person, $org, $type, $on, $note, 1)",
            "$from", "$person", "$org", "$type", "$on", "$note"))
        {
            Run(relationship, subject, null, 1, "MemberOf", Day(Now.AddYears(-4)), "Honorary fellow; speaks at its annual conference.");
            Run(relationship, subject, null, Math.Min(2, Organisations), "Advises", Day(Now.AddYears(-2)), "Informal adviser on workforce regulation.");
            Run(relationship, subject, 1, null, "FormerColleagueOf", Day(Now.AddYears(-9)), "Worked together at the same NHS trust before entering Parliament.");
        }

        var first = Interactions + 1;
        using (var interaction = Prepare(connection, transaction,
            "INSERT INTO Interactions (Id, CampaignId, Kind, OccurredAt, Title, Location, Summary, AsksRaised, TheirConcerns, CommitmentsByThem, CommitmentsByUs, IsConfidential, Version, CreatedAt, UpdatedAt) " +
            "VALUES ($id, 1, $kind, $at, $title, $location, $summary, $asks, $concerns, $theirs, $ours, $secret, 1, $t, $t)",
            "$id", "$kind", "$at", "$title", "$location", "$summary", "$asks", "$concerns", "$theirs", "$ours", "$secret", "$t"))
        using (var attendee = Prepare(connection, transaction, "INSERT INTO InteractionAttendees (InteractionId, StakeholderId) VALUES ($i, $s)", "$i", "$s"))
        {
            for (var c = 0; c < PastContacts + PlannedContacts; c++)
            {
                // Newest first: the recent contacts (the ones a pack shows) carry notes and commitments.
                var planned = c >= PastContacts;
                var detailed = !planned && c < DetailedContacts;
                var at = planned ? Now.Date.AddDays(7 * (c - PastContacts + 1)).AddHours(11) : Now.Date.AddDays(-20 - 18 * c).AddHours(10 + c % 6);
                Run(interaction, first + c, c % 3 == 0 ? "Meeting" : c % 3 == 1 ? "Call" : "Roundtable", at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    planned ? $"Planned meeting {c - PastContacts + 1} on clinical technologist registration" : $"Briefing on clinical technologist registration ({c + 1})",
                    c % 2 == 0 ? "Portcullis House" : "Constituency office",
                    Summaries[c % Summaries.Length], detailed ? "Statutory registration; Patient Group Directions for IV contrast." : null,
                    detailed ? Concerns[c % Concerns.Length] : null, detailed && c % 3 != 2 ? TheirCommitments[c % TheirCommitments.Length] : null,
                    detailed ? "Send the coalition's evidence pack and a draft written question." : null, c % 5 == 4 ? 1 : 0, stamp);
                Run(attendee, first + c, subject);
            }
        }
        Interactions += PastContacts + PlannedContacts;

        using (var position = Prepare(connection, transaction,
            "INSERT INTO StatedPositions (StakeholderId, AskId, Stance, StatedOn, EvidenceKind, InteractionId, Quote, Confidence, RecordedAt) VALUES ($s, $a, $stance, $on, $kind, $i, $quote, $confidence, $t)",
            "$s", "$a", "$stance", "$on", "$kind", "$i", "$quote", "$confidence", "$t"))
        {
            // Oldest first, warming from Sceptical to Champion: the history a long campaign leaves.
            for (var p = 0; p < SubjectPositions; p++)
            {
                var stance = Stances[Math.Max(0, 3 - p * 4 / SubjectPositions)];
                var meeting = p % 2 == 0;
                Run(position, subject, 1 + p % 2, stance, Day(Now.AddDays(-30 * (SubjectPositions - p))), meeting ? "Meeting" : "PublicStatement",
                    meeting ? first + (p * 7 % PastContacts) : null,
                    p % 4 == 0 ? "Registration is the obvious next step for patient safety; I will keep pressing the department on it." : null,
                    p % 3 == 0 ? "Confirmed" : "Likely", stamp);
            }
        }

        using (var followUp = Prepare(connection, transaction,
            "INSERT INTO FollowUps (Title, DueOn, OwnerId, StakeholderId, InteractionId, Status, Version, CreatedAt, UpdatedAt) VALUES ($title, $due, $owner, $s, $i, 'Open', 1, $t, $t)",
            "$title", "$due", "$owner", "$s", "$i", "$t"))
        {
            for (var f = 0; f < SubjectFollowUps; f++)
                Run(followUp, $"Send briefing note {f + 1} on registration and PGDs, with the constituency case studies", Day(Now.AddDays(-45 + 5 * f)),
                    UserId, subject, first + f % PastContacts, stamp);
        }

        using var busiest = connection.CreateCommand();
        busiest.Transaction = transaction;
        busiest.CommandText = "SELECT StakeholderId FROM InteractionAttendees GROUP BY StakeholderId ORDER BY COUNT(*) DESC LIMIT 1";
        if (Convert.ToInt32(busiest.ExecuteScalar(), CultureInfo.InvariantCulture) != subject)
            throw new InvalidOperationException($"The pack subject should be the busiest person: give them more than {PastContacts + PlannedContacts} contacts.");
    }
}

using Campaign.Auditing;
using Campaign.Organisations;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Auditing;

public sealed class AuditTrailTests : DatabaseTest
{
    private StakeholderService _stakeholders = null!;
    private AuditTrail _trail = null!;

    protected override Task SetUpAsync()
    {
        _stakeholders = new StakeholderService(Database, Database.Clock);
        _trail = new AuditTrail(Database);
        return Task.CompletedTask;
    }

    private static StakeholderEditModel Model() => new()
    {
        Kind = StakeholderKind.CivilServant, GivenName = "Dev", FamilyName = "Dhillon", Department = "Professional Regulation", Tags = "dhsc",
    };

    [Fact]
    public async Task An_edit_records_who_and_each_field_before_and_after()
    {
        var id = (await _stakeholders.CreateAsync(TestActors.PublicAffairs, Model())).Id!.Value;
        var edit = (await _stakeholders.GetForEditAsync(TestActors.PublicAffairs, id))!;
        edit.Department = "Workforce Directorate";
        edit.Phone = "020 7210 4850";
        await _stakeholders.UpdateAsync(TestActors.Admin, id, edit);

        var page = await _trail.ListAsync(TestActors.Admin, new AuditQuery(EntityType: nameof(Stakeholder), EntityId: id.ToString()));

        Assert.Equal(2, page.TotalCount);
        var update = page.Items[0];
        Assert.Equal(AuditAction.Updated, update.Action);
        Assert.Equal("Ada Admin", update.UserName);
        Assert.Equal(["Department", "Phone"], update.Changes.Select(c => c.Field).Order());
        var department = update.Changes.Single(c => c.Field == "Department");
        Assert.Equal(("Professional Regulation", "Workforce Directorate"), (department.Before, department.After));
        var created = page.Items[1];
        Assert.Equal(AuditAction.Created, created.Action);
        Assert.Equal("Pat Affairs", created.UserName);
        Assert.Contains(created.Changes, c => c.Field == "Id" && c.After == id.ToString());
        Assert.Contains(created.Changes, c => c.Field == "GivenName" && c.After == "Dev");
    }

    [Fact]
    public async Task Join_rows_and_child_rows_are_audited_with_their_generated_keys()
    {
        var id = (await _stakeholders.CreateAsync(TestActors.PublicAffairs, Model())).Id!.Value;

        var tags = await _trail.ListAsync(TestActors.Admin, new AuditQuery(EntityType: "StakeholderTags"));

        var link = Assert.Single(tags.Items);
        Assert.Contains(link.Changes, c => c.Field == "StakeholdersId" && c.After == id.ToString());
    }

    [Fact]
    public async Task A_deletion_keeps_what_was_deleted()
    {
        int organisationId;
        await using (var db = Database.CreateDbContext())
        {
            db.Actor = TestActors.PublicAffairs;
            var organisation = new Organisation { Name = "Temporary body", Website = "https://example.org" };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            organisationId = organisation.Id;
            db.Organisations.Remove(organisation);
            await db.SaveChangesAsync();
        }

        var deleted = (await _trail.ListAsync(TestActors.Admin, new AuditQuery(EntityType: nameof(Organisation)))).Items[0];

        Assert.Equal(AuditAction.Deleted, deleted.Action);
        Assert.Equal(organisationId.ToString(), deleted.EntityId);
        Assert.Contains(deleted.Changes, c => c.Field == "Name" && c.Before == "Temporary body" && c.After is null);
    }

    [Fact]
    public async Task Passwords_and_stamps_never_reach_the_trail()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.Users.Add(new CampaignUser { UserName = "x@example.org", Email = "x@example.org", PasswordHash = "secret-hash", SecurityStamp = "stamp" });
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single((await _trail.ListAsync(TestActors.Admin, new AuditQuery(EntityType: nameof(CampaignUser)))).Items);

        Assert.DoesNotContain(entry.Changes, c => c.Field is "PasswordHash" or "SecurityStamp" or "ConcurrencyStamp");
        Assert.Equal("System", entry.UserName);
    }

    [Fact]
    public async Task A_refused_save_writes_no_audit_entry()
    {
        var id = (await _stakeholders.CreateAsync(TestActors.PublicAffairs, Model())).Id!.Value;
        var stale = (await _stakeholders.GetForEditAsync(TestActors.PublicAffairs, id))!;
        var fresh = (await _stakeholders.GetForEditAsync(TestActors.PublicAffairs, id))!;
        fresh.Role = "Deputy Director";
        await _stakeholders.UpdateAsync(TestActors.PublicAffairs, id, fresh);
        var before = await Database.WithContextAsync(db => db.AuditEntries.CountAsync());

        stale.Role = "Grade 6";
        Assert.True((await _stakeholders.UpdateAsync(TestActors.PublicAffairs, id, stale)).IsConflict);

        Assert.Equal(before, await Database.WithContextAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Only_administrators_read_the_trail() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() => _trail.ListAsync(TestActors.PublicAffairs, new AuditQuery()));
}

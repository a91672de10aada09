using Campaign.Briefings;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Campaign.Core.Tests.Privacy;

public sealed class PackMentionsMigrationTests
{
    [Fact]
    public async Task The_migration_records_who_existing_packs_mention_from_their_subject_attendees_and_relationships()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            // The schema just before mentions (whichever migration that is once others are merged in).
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_ErasureSuppressionAndPackMentions", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
        }

        int subject, colleague, visitor, bystander, personPack, meetingPack, listPack;
        await using (var db = database.CreateDbContext())
        {
            // Today's model writes columns added after that schema: lend them for the setup, then take them back.
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Interactions" ADD COLUMN "MessageId" TEXT""");
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Stakeholders" ADD COLUMN "AddressAs" TEXT""");
            var b = new Builder(db);
            var campaign = b.Campaign("registration");
            var (ann, bea, cai, dee) = (b.Person("Ann", "Aaron"), b.Person("Bea", "Brook"), b.Person("Cai", "Cole"), b.Person("Dee", "Dale"));
            db.Relationships.Add(new Relationship { FromStakeholder = bea, ToStakeholder = ann, Type = RelationshipType.Advises });
            var meeting = b.Interaction(campaign, new DateTime(2026, 12, 1), cai);
            await b.SaveAsync();
            var packs = new[]
            {
                new BriefingPack { CampaignId = campaign.Id, StakeholderId = ann.Id, FileHash = "a" },
                new BriefingPack { CampaignId = campaign.Id, InteractionId = meeting.Id, FileHash = "b" },
                new BriefingPack { CampaignId = campaign.Id, ListDescription = "Everyone (4 people)", FileHash = "c" },
            };
            db.BriefingPacks.AddRange(packs);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Interactions" DROP COLUMN "MessageId" """);
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Stakeholders" DROP COLUMN "AddressAs" """);
            (subject, colleague, visitor, bystander) = (ann.Id, bea.Id, cai.Id, dee.Id);
            (personPack, meetingPack, listPack) = (packs[0].Id, packs[1].Id, packs[2].Id);
        }

        await using (var db = database.CreateDbContext())
            await db.GetService<IMigrator>().MigrateAsync();

        await using (var db = database.CreateDbContext())
        {
            var mentions = (await db.Set<BriefingPackMention>().ToListAsync()).ToLookup(m => m.BriefingPackId, m => m.StakeholderId);
            Assert.Equal([subject, colleague], mentions[personPack].Order());
            Assert.Equal([visitor], mentions[meetingPack]);
            Assert.Empty(mentions[listPack]); // read from the zip when first needed
            Assert.DoesNotContain(mentions.SelectMany(m => m), id => id == bystander);
        }
    }
}

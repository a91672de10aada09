using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <summary>
    /// The log of people whose counted details or positions changed (Dashboard.PersonChange), written by triggers on
    /// people and positions that raise the people counter and stamp each row with it, so the dashboard's kept people
    /// and movement (Dashboard.KeptPeople, KeptMovement) read again only who changed. They replace the people counter's
    /// own triggers on people and the positions counter, which goes. A bulk insert of people or positions, which
    /// defers the insert triggers, logs everyone (DerivedDataSql.ForBulkInsert).
    /// </summary>
    public partial class PersonChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var name in PositionsCounterTriggers.Concat(PeopleCounterTriggers)) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            migrationBuilder.DeleteData(
                table: "ChangeCounters",
                keyColumn: "Name",
                keyValue: "positions");

            migrationBuilder.CreateTable(
                name: "PersonChanges",
                columns: table => new
                {
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonChanges", x => new { x.Stamp, x.StakeholderId });
                });

            foreach (var (name, when, people) in Triggers)
            {
                // Not INSERT OR IGNORE: a statement's own conflict policy overrides a trigger's (a foreign key's SET NULL aborts).
                var logged = string.Join("\n", people.Select(person => $"""
                    INSERT INTO "PersonChanges" ("Stamp", "StakeholderId") SELECT c."Value", {person} FROM "ChangeCounters" c
                    WHERE c."Name" = 'people' AND NOT EXISTS (SELECT 1 FROM "PersonChanges" l WHERE l."Stamp" = c."Value" AND l."StakeholderId" = {person});
                    """));
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{name}" {when} BEGIN
                        UPDATE "ChangeCounters" SET "Value" = "Value" + 1 WHERE "Name" = 'people';
                        {logged}
                        DELETE FROM "PersonChanges" WHERE "Stamp" <= (SELECT "Value" FROM "ChangeCounters" WHERE "Name" = 'people') - 100000;
                    END;
                    """);
            }
        }

        private const string NotDeferred = "WHEN NOT EXISTS (SELECT 1 FROM \"DeferredDerivedData\")";

        private static readonly string[] PositionsCounterTriggers =
        [
            "StatedPositions_ChangeCounter_Insert", "StatedPositions_ChangeCounter_Update", "StatedPositions_ChangeCounter_Delete",
            "Stakeholders_ChangeCounter_Update", "Stakeholders_ChangeCounter_Delete",
        ];

        private static readonly string[] PeopleCounterTriggers =
            ["Stakeholders_PeopleCounter_Insert", "Stakeholders_PeopleCounter_Update", "Stakeholders_PeopleCounter_Delete"];

        /// <summary>What the dashboard counts people by (Dashboard.CountedPerson): other edits to people are not logged.</summary>
        private static readonly string[] Counted =
            ["Status", "Kind", "Party", "Influence", "Interest", "Priority", "LatestContactAt", "LatestOpenContactAt"];

        private static readonly (string Name, string When, string[] People)[] Triggers =
        [
            ("Stakeholders_PersonChanges_Insert", $"AFTER INSERT ON \"Stakeholders\" {NotDeferred}", ["NEW.\"Id\""]),
            ("Stakeholders_PersonChanges_Update",
                $"AFTER UPDATE ON \"Stakeholders\" WHEN {string.Join(" OR ", Counted.Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""))}", ["NEW.\"Id\""]),
            ("Stakeholders_PersonChanges_Delete", "AFTER DELETE ON \"Stakeholders\"", ["OLD.\"Id\""]),
            ("StatedPositions_PersonChanges_Insert", $"AFTER INSERT ON \"StatedPositions\" {NotDeferred}", ["NEW.\"StakeholderId\""]),
            // A position moved to another person (a merge) changes both.
            ("StatedPositions_PersonChanges_Update", "AFTER UPDATE ON \"StatedPositions\"", ["OLD.\"StakeholderId\"", "NEW.\"StakeholderId\""]),
            ("StatedPositions_PersonChanges_Delete", "AFTER DELETE ON \"StatedPositions\"", ["OLD.\"StakeholderId\""]),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, _, _) in Triggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            migrationBuilder.DropTable(
                name: "PersonChanges");

            migrationBuilder.InsertData(
                table: "ChangeCounters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "positions", 0L });

            string[] peopleWhen = [$"AFTER INSERT ON \"Stakeholders\" {NotDeferred}", "AFTER UPDATE ON \"Stakeholders\"", "AFTER DELETE ON \"Stakeholders\""];
            string[] positionsWhen =
            [
                "AFTER INSERT ON \"StatedPositions\"", "AFTER UPDATE ON \"StatedPositions\"", "AFTER DELETE ON \"StatedPositions\"",
                "AFTER UPDATE OF \"Status\", \"Kind\" ON \"Stakeholders\"", "AFTER DELETE ON \"Stakeholders\"",
            ];
            foreach (var (name, when, counter) in PeopleCounterTriggers.Zip(peopleWhen, (n, w) => (n, w, "people"))
                         .Concat(PositionsCounterTriggers.Zip(positionsWhen, (n, w) => (n, w, "positions"))))
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{name}" {when} BEGIN
                        UPDATE "ChangeCounters" SET "Value" = "Value" + 1 WHERE "Name" = '{counter}';
                    END;
                    """);
            }
        }
    }
}

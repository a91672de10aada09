using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <summary>
    /// PostgreSQL's ShortBulkWrites: the triggers of <see cref="MigrationsSql.DerivedDataV3"/>, replacing V2's. Position triggers
    /// lock their person's row before reading the pair's records, so two writers cannot both flag their record current;
    /// insert triggers skip while an import's transaction has campaign.defer_derived on. The tallies are counted again
    /// from the history, since two such writers may have left them wrong.
    /// </summary>
    public partial class ShortBulkWrites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in MigrationsSql.DerivedDataV2.PostgresDropTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV3.PostgresTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV3.PostgresBackfill) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in MigrationsSql.DerivedDataV3.PostgresDropTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV2.PostgresTriggers) migrationBuilder.Sql(sql);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatisticsHtcdsDimensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExploitationCountry",
                table: "StatisticsPersons",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ForcedLabourIndustry",
                table: "StatisticsPersons",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SexExploitationType",
                table: "StatisticsPersons",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ExploitationCountry",
                table: "StatisticsCases",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ForcedLabourIndustry",
                table: "StatisticsCases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SexExploitationType",
                table: "StatisticsCases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            Features.Statistics.StatisticsMigrations.RebuildAtNextStart(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExploitationCountry",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "ForcedLabourIndustry",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "SexExploitationType",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "ExploitationCountry",
                table: "StatisticsCases");

            migrationBuilder.DropColumn(
                name: "ForcedLabourIndustry",
                table: "StatisticsCases");

            migrationBuilder.DropColumn(
                name: "SexExploitationType",
                table: "StatisticsCases");
        }
    }
}

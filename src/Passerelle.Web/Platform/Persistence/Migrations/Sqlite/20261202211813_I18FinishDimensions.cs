using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I18FinishDimensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ForcedLabourIndustry",
                table: "StatisticsPersons",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "unknown");

            migrationBuilder.AddColumn<string>(
                name: "ForcedLabourIndustry",
                table: "StatisticsCases",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "unknown");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ForcedLabourIndustry",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "ForcedLabourIndustry",
                table: "StatisticsCases");
        }
    }
}

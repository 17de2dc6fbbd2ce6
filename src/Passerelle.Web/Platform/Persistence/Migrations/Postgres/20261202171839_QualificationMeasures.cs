using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QualificationMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ChargedBoth",
                table: "StatisticsPersons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ChargedProcuring",
                table: "StatisticsPersons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ChargedTrafficking",
                table: "StatisticsPersons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Convicted",
                table: "StatisticsPersons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Prosecuted",
                table: "StatisticsPersons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ChargedBoth",
                table: "StatisticsCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ChargedProcuring",
                table: "StatisticsCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ChargedTrafficking",
                table: "StatisticsCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Convicted",
                table: "StatisticsCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Prosecuted",
                table: "StatisticsCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChargedBoth",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "ChargedProcuring",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "ChargedTrafficking",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "Convicted",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "Prosecuted",
                table: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "ChargedBoth",
                table: "StatisticsCases");

            migrationBuilder.DropColumn(
                name: "ChargedProcuring",
                table: "StatisticsCases");

            migrationBuilder.DropColumn(
                name: "ChargedTrafficking",
                table: "StatisticsCases");

            migrationBuilder.DropColumn(
                name: "Convicted",
                table: "StatisticsCases");

            migrationBuilder.DropColumn(
                name: "Prosecuted",
                table: "StatisticsCases");
        }
    }
}

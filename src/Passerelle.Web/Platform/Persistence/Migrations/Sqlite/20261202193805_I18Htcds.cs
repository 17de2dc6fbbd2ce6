using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I18Htcds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DataSharingConsent",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ForcedLabourIndustry",
                table: "Cases",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportKey",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MethodsOfControl",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Places",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SexExploitationTypes",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_ImportKey",
                table: "Cases",
                columns: new[] { "AgencyId", "ImportKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AgencyId_ImportKey",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DataSharingConsent",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ForcedLabourIndustry",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ImportKey",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MethodsOfControl",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Places",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SexExploitationTypes",
                table: "Cases");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegalRulesReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PrefectureReceiptWithdrawnOn",
                table: "CaseRights",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccusedStatus",
                table: "CaseProceedings",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NonPunishmentNoteOn",
                table: "CaseProceedings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NonPunishmentOutcome",
                table: "CaseProceedings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OffenceOn",
                table: "CaseProceedings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TestimonyGivenOn",
                table: "CaseProceedings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TiesSevered",
                table: "CaseProceedings",
                type: "boolean",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PrefectureReceiptWithdrawnOn",
                table: "CaseRights");

            migrationBuilder.DropColumn(
                name: "AccusedStatus",
                table: "CaseProceedings");

            migrationBuilder.DropColumn(
                name: "NonPunishmentNoteOn",
                table: "CaseProceedings");

            migrationBuilder.DropColumn(
                name: "NonPunishmentOutcome",
                table: "CaseProceedings");

            migrationBuilder.DropColumn(
                name: "OffenceOn",
                table: "CaseProceedings");

            migrationBuilder.DropColumn(
                name: "TestimonyGivenOn",
                table: "CaseProceedings");

            migrationBuilder.DropColumn(
                name: "TiesSevered",
                table: "CaseProceedings");
        }
    }
}

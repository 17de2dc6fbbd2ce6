using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I14FinishClosureRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MinorDeclaration",
                table: "ResidencePermits",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformedBy",
                table: "LegalStepRecord",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureReason",
                table: "Cases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_ErasedAt",
                table: "Cases",
                columns: new[] { "Status", "ErasedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_ErasedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MinorDeclaration",
                table: "ResidencePermits");

            migrationBuilder.DropColumn(
                name: "InformedBy",
                table: "LegalStepRecord");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosureReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Cases");
        }
    }
}

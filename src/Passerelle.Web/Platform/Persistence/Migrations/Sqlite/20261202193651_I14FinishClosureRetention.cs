using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 15,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformedBy",
                table: "LegalStepRecord",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAt",
                table: "Cases",
                type: "TEXT",
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

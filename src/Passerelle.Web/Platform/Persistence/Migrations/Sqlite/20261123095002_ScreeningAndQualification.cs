using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScreeningAndQualification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseQualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedFacts = table.Column<string>(type: "TEXT", nullable: false),
                    Trafficking = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseQualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseQualifications_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseScreenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogueVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Population = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PopulationBasis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Exploitation = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", nullable: false),
                    AgeDisputed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProtectedNotes = table.Column<string>(type: "TEXT", nullable: true),
                    ScreenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScreenedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseScreenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseScreenings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublishedCatalogues",
                columns: table => new
                {
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedCatalogues", x => x.Version);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseQualifications_CaseId_RecordedAt",
                table: "CaseQualifications",
                columns: new[] { "CaseId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseScreenings_CaseId_ScreenedAt",
                table: "CaseScreenings",
                columns: new[] { "CaseId", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedCatalogues_PublishedAt",
                table: "PublishedCatalogues",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseQualifications");

            migrationBuilder.DropTable(
                name: "CaseScreenings");

            migrationBuilder.DropTable(
                name: "PublishedCatalogues");
        }
    }
}

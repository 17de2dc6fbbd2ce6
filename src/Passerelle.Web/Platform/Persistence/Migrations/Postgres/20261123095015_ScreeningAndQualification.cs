using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProtectedFacts = table.Column<string>(type: "text", nullable: false),
                    Trafficking = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CatalogueVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Population = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PopulationBasis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Exploitation = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Indicators = table.Column<List<string>>(type: "text[]", nullable: false),
                    AgeDisputed = table.Column<bool>(type: "boolean", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProtectedNotes = table.Column<string>(type: "text", nullable: true),
                    ScreenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScreenedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: false)
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

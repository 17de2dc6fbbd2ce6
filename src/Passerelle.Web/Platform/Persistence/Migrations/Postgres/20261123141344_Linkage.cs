using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Linkage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LinkagePairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeftCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RightCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CrossAgency = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkagePairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkageRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false),
                    CandidatePairs = table.Column<int>(type: "integer", nullable: false),
                    Matches = table.Column<int>(type: "integer", nullable: false),
                    ReviewPairs = table.Column<int>(type: "integer", nullable: false),
                    Persons = table.Column<int>(type: "integer", nullable: false),
                    MatchThreshold = table.Column<double>(type: "double precision", nullable: false),
                    ReviewThreshold = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkageRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkagePairs_LeftCaseId_RightCaseId",
                table: "LinkagePairs",
                columns: new[] { "LeftCaseId", "RightCaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkagePairs_Status",
                table: "LinkagePairs",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_LinkageRuns_StartedAt",
                table: "LinkageRuns",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkagePairs");

            migrationBuilder.DropTable(
                name: "LinkageRuns");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Children : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgeAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgeAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgeAssessments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BestInterestsDeterminations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProtectedParticipants = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedConclusion = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestInterestsDeterminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BestInterestsDeterminations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChildProtectionRecords",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GuardianKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ProtectedGuardianName = table.Column<string>(type: "TEXT", nullable: true),
                    GuardianAppointedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SolutionType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SolutionDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SolutionCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildProtectionRecords", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_ChildProtectionRecords_Agencies_LeadAgencyId",
                        column: x => x.LeadAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChildProtectionRecords_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProtectedSubject = table.Column<string>(type: "TEXT", nullable: false),
                    LinkedCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedAnswer = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MissingEpisodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DetectingAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FoundAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    FoundWhere = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AlertedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissingEpisodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissingEpisodes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgeAssessments_CaseId",
                table: "AgeAssessments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_UserId_ReadAt",
                table: "Alerts",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsDeterminations_CaseId",
                table: "BestInterestsDeterminations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildProtectionRecords_LeadAgencyId",
                table: "ChildProtectionRecords",
                column: "LeadAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_DueOn",
                table: "Enquiries",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_LinkedCaseId",
                table: "Enquiries",
                column: "LinkedCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_CaseId",
                table: "MissingEpisodes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_ReportedOn",
                table: "MissingEpisodes",
                column: "ReportedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgeAssessments");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "BestInterestsDeterminations");

            migrationBuilder.DropTable(
                name: "ChildProtectionRecords");

            migrationBuilder.DropTable(
                name: "Enquiries");

            migrationBuilder.DropTable(
                name: "MissingEpisodes");
        }
    }
}

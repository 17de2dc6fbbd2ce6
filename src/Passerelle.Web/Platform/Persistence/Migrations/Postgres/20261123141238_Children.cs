using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssessedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseReference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BestInterestsDeterminations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    ProtectedParticipants = table.Column<string>(type: "text", nullable: false),
                    ProtectedConclusion = table.Column<string>(type: "text", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false)
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
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadAgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    GuardianKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ProtectedGuardianName = table.Column<string>(type: "text", nullable: true),
                    GuardianAppointedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SolutionType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SolutionDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SolutionCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedBy = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProtectedSubject = table.Column<string>(type: "text", nullable: false),
                    LinkedCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ProtectedAnswer = table.Column<string>(type: "text", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MissingEpisodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DetectingAgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FoundWhere = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosingReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AlertedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

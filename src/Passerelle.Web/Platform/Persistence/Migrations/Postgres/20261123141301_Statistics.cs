using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecruitmentMeans",
                table: "Cases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StatisticsCases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Age = table.Column<int>(type: "integer", nullable: true),
                    PresumedMinor = table.Column<bool>(type: "boolean", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ChildOrAdult = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Nationality = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    NationalityGroup = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ExploitationForm = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecruitmentMeans = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Departement = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Region = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AgencyType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Registered = table.Column<bool>(type: "boolean", nullable: false),
                    Screened = table.Column<bool>(type: "boolean", nullable: false),
                    RgPositive = table.Column<bool>(type: "boolean", nullable: false),
                    CgPositive = table.Column<bool>(type: "boolean", nullable: false),
                    Assisted = table.Column<bool>(type: "boolean", nullable: false),
                    Sheltered = table.Column<bool>(type: "boolean", nullable: false),
                    ReflectionPeriods = table.Column<bool>(type: "boolean", nullable: false),
                    ResidencePermits = table.Column<bool>(type: "boolean", nullable: false),
                    ResidencePermitsFirst = table.Column<bool>(type: "boolean", nullable: false),
                    ResidencePermitsRenewal = table.Column<bool>(type: "boolean", nullable: false),
                    Aps = table.Column<bool>(type: "boolean", nullable: false),
                    ExitPathway = table.Column<bool>(type: "boolean", nullable: false),
                    Complaints = table.Column<bool>(type: "boolean", nullable: false),
                    CompensationClaimed = table.Column<bool>(type: "boolean", nullable: false),
                    CompensationGranted = table.Column<bool>(type: "boolean", nullable: false),
                    CompensationClaimedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    CompensationGrantedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Confiscations = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    ChildrenMissing = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsCases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsPersons",
                columns: table => new
                {
                    PersonKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Age = table.Column<int>(type: "integer", nullable: true),
                    PresumedMinor = table.Column<bool>(type: "boolean", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ChildOrAdult = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Nationality = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    NationalityGroup = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ExploitationForm = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecruitmentMeans = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Departement = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Region = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AgencyType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Registered = table.Column<bool>(type: "boolean", nullable: false),
                    Screened = table.Column<bool>(type: "boolean", nullable: false),
                    RgPositive = table.Column<bool>(type: "boolean", nullable: false),
                    CgPositive = table.Column<bool>(type: "boolean", nullable: false),
                    Assisted = table.Column<bool>(type: "boolean", nullable: false),
                    Sheltered = table.Column<bool>(type: "boolean", nullable: false),
                    ReflectionPeriods = table.Column<bool>(type: "boolean", nullable: false),
                    ResidencePermits = table.Column<bool>(type: "boolean", nullable: false),
                    ResidencePermitsFirst = table.Column<bool>(type: "boolean", nullable: false),
                    ResidencePermitsRenewal = table.Column<bool>(type: "boolean", nullable: false),
                    Aps = table.Column<bool>(type: "boolean", nullable: false),
                    ExitPathway = table.Column<bool>(type: "boolean", nullable: false),
                    Complaints = table.Column<bool>(type: "boolean", nullable: false),
                    CompensationClaimed = table.Column<bool>(type: "boolean", nullable: false),
                    CompensationGranted = table.Column<bool>(type: "boolean", nullable: false),
                    CompensationClaimedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    CompensationGrantedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Confiscations = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    ChildrenMissing = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsPersons", x => x.PersonKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsCases_PersonKey",
                table: "StatisticsCases",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsPersons_Year_Quarter",
                table: "StatisticsPersons",
                columns: new[] { "Year", "Quarter" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatisticsCases");

            migrationBuilder.DropTable(
                name: "StatisticsPersons");

            migrationBuilder.DropColumn(
                name: "RecruitmentMeans",
                table: "Cases");
        }
    }
}

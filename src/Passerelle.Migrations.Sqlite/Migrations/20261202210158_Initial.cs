using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Departement = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
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
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EventType = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "CommissionSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Departement = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionSessions", x => x.Id);
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
                name: "ImportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RowsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: false),
                    NoticesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkagePairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeftCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RightCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CrossAgency = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkagePairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkageRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidatePairs = table.Column<int>(type: "INTEGER", nullable: false),
                    Matches = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewPairs = table.Column<int>(type: "INTEGER", nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchThreshold = table.Column<double>(type: "REAL", nullable: false),
                    ReviewThreshold = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkageRuns", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "StatisticsCases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    PresumedMinor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ChildOrAdult = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    NationalityGroup = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ExploitationForm = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecruitmentMeans = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Departement = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AgencyType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Registered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Screened = table.Column<bool>(type: "INTEGER", nullable: false),
                    RgPositive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CgPositive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Assisted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sheltered = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReflectionPeriods = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidencePermits = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidencePermitsFirst = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidencePermitsRenewal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Aps = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExitPathway = table.Column<bool>(type: "INTEGER", nullable: false),
                    Complaints = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompensationClaimed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompensationGranted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompensationClaimedAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    CompensationGrantedAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Confiscations = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    ChildrenMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChargedTrafficking = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChargedProcuring = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChargedBoth = table.Column<bool>(type: "INTEGER", nullable: false),
                    Prosecuted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Convicted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsCases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsPersons",
                columns: table => new
                {
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordKey = table.Column<int>(type: "INTEGER", nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    PresumedMinor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ChildOrAdult = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    NationalityGroup = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ExploitationForm = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecruitmentMeans = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Departement = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AgencyType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Registered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Screened = table.Column<bool>(type: "INTEGER", nullable: false),
                    RgPositive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CgPositive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Assisted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sheltered = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReflectionPeriods = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidencePermits = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidencePermitsFirst = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidencePermitsRenewal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Aps = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExitPathway = table.Column<bool>(type: "INTEGER", nullable: false),
                    Complaints = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompensationClaimed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompensationGranted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompensationClaimedAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    CompensationGrantedAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Confiscations = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    ChildrenMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChargedTrafficking = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChargedProcuring = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChargedBoth = table.Column<bool>(type: "INTEGER", nullable: false),
                    Prosecuted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Convicted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsPersons", x => x.PersonKey);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsRecordKeys",
                columns: table => new
                {
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsRecordKeys", x => x.PersonKey);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PasswordChangeRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastTotpStep = table.Column<long>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferenceYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferenceNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PseudonymSearch = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    EstimatedAge = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeDisputed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ExploitationForms = table.Column<string>(type: "TEXT", nullable: false),
                    Departement = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RecruitmentMeans = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MethodsOfControl = table.Column<string>(type: "TEXT", nullable: false),
                    ForcedLabourIndustry = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SexExploitationTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Places = table.Column<string>(type: "TEXT", nullable: false),
                    DataSharingConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ImportKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ErasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PersonKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedIdentity = table.Column<string>(type: "TEXT", nullable: true),
                    LegalNameIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Services = table.Column<string>(type: "TEXT", nullable: false),
                    Departement = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    AcceptsAdults = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptsChildren = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptedSexes = table.Column<string>(type: "TEXT", nullable: false),
                    PlacesTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacesOccupied = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Providers", x => x.Id);
                    table.CheckConstraint("CK_Providers_Places", "\"PlacesOccupied\" >= 0 AND \"PlacesOccupied\" <= \"PlacesTotal\"");
                    table.ForeignKey(
                        name: "FK_Providers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserPasskeys",
                columns: table => new
                {
                    CredentialId = table.Column<byte[]>(type: "BLOB", maxLength: 1024, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserPasskeys", x => x.CredentialId);
                    table.ForeignKey(
                        name: "FK_AspNetUserPasskeys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "CaseAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ProtectedFileName = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedContent = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAttachments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseDeadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDeadlines_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProtectedText = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseProceedings",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OffenceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplaintFiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TestimonyGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TiesSevered = table.Column<bool>(type: "INTEGER", nullable: true),
                    AccusedStatus = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    NonPunishmentNoteOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NonPunishmentOutcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    OtherUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OffencesCharged = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SentencePrisonMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    SentenceSuspendedMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    SentenceFine = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    SentenceOther = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseProceedings", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseProceedings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "CaseRights",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrefectureReceiptOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PrefectureReceiptWithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReflectionDecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRights", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseRights_Cases_CaseId",
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
                name: "CompensationClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountClaimed = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AmountGranted = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationClaims_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExitPathwayApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Authorised = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitPathwayApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExitPathwayApplications_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IdentificationSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Reconsideration = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProtectedNewInformation = table.Column<string>(type: "TEXT", nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelMemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotBefore = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProtectedReasons = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentificationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentificationSteps_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalStepRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Interpreter = table.Column<bool>(type: "INTEGER", nullable: true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InformedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ProtectedPlace = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalStepRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalStepRecord_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "ProceedingsConfiscations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProceedingsConfiscations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProceedingsConfiscations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProvisionalAuthorisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RenewalRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProvisionalAuthorisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProvisionalAuthorisations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResidencePermits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RenewalRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MinorDeclaration = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidencePermits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResidencePermits_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CapacityReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacesTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacesOccupied = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapacityReports_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Population = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentByAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsentLanguage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConsentExplainedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GuardianInformedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProtectedGuardian = table.Column<string>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProtectedReason = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelOpinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ProtectedReasons = table.Column<string>(type: "TEXT", nullable: true),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelOpinions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelOpinions_IdentificationSteps_StepId",
                        column: x => x.StepId,
                        principalTable: "IdentificationSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgeAssessments_CaseId",
                table: "AgeAssessments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Name",
                table: "Agencies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_UserId_ReadAt",
                table: "Alerts",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserPasskeys_UserId",
                table: "AspNetUserPasskeys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_AgencyId",
                table: "AspNetUsers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CaseId",
                table: "AuditEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt",
                table: "AuditEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId",
                table: "AuditEntries",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsDeterminations_CaseId",
                table: "BestInterestsDeterminations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CapacityReports_ProviderId_ReportedAt",
                table: "CapacityReports",
                columns: new[] { "ProviderId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAttachments_CaseId_UploadedAt",
                table: "CaseAttachments",
                columns: new[] { "CaseId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDeadlines_CaseId_Rule_Reference",
                table: "CaseDeadlines",
                columns: new[] { "CaseId", "Rule", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDeadlines_MetOn_DueOn",
                table: "CaseDeadlines",
                columns: new[] { "MetOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId_WrittenAt",
                table: "CaseNotes",
                columns: new[] { "CaseId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseQualifications_CaseId_RecordedAt",
                table: "CaseQualifications",
                columns: new[] { "CaseId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_CreatedAt",
                table: "Cases",
                columns: new[] { "AgencyId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_ImportKey",
                table: "Cases",
                columns: new[] { "AgencyId", "ImportKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LegalNameIndex",
                table: "Cases",
                column: "LegalNameIndex");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonKey",
                table: "Cases",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PseudonymSearch",
                table: "Cases",
                column: "PseudonymSearch");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Reference",
                table: "Cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReferenceYear_ReferenceNumber",
                table: "Cases",
                columns: new[] { "ReferenceYear", "ReferenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_ErasedAt",
                table: "Cases",
                columns: new[] { "Status", "ErasedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseScreenings_CaseId_ScreenedAt",
                table: "CaseScreenings",
                columns: new[] { "CaseId", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChildProtectionRecords_LeadAgencyId",
                table: "ChildProtectionRecords",
                column: "LeadAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CommissionSessions_Departement_HeldOn",
                table: "CommissionSessions",
                columns: new[] { "Departement", "HeldOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompensationClaims_CaseId",
                table: "CompensationClaims",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_DueOn",
                table: "Enquiries",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_LinkedCaseId",
                table: "Enquiries",
                column: "LinkedCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ExitPathwayApplications_CaseId",
                table: "ExitPathwayApplications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentificationSteps_CaseId_Stage",
                table: "IdentificationSteps",
                columns: new[] { "CaseId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_AgencyId_StartedAt",
                table: "ImportJobs",
                columns: new[] { "AgencyId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalStepRecord_CaseId_On",
                table: "LegalStepRecord",
                columns: new[] { "CaseId", "On" });

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

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_CaseId",
                table: "MissingEpisodes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MissingEpisodes_ReportedOn",
                table: "MissingEpisodes",
                column: "ReportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_PanelOpinions_CaseId",
                table: "PanelOpinions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelOpinions_StepId_UserId",
                table: "PanelOpinions",
                columns: new[] { "StepId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProceedingsConfiscations_CaseId",
                table: "ProceedingsConfiscations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_AgencyId",
                table: "Providers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_Departement",
                table: "Providers",
                column: "Departement");

            migrationBuilder.CreateIndex(
                name: "IX_ProvisionalAuthorisations_CaseId",
                table: "ProvisionalAuthorisations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedCatalogues_PublishedAt",
                table: "PublishedCatalogues",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId",
                table: "Referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ProviderId_Status",
                table: "Referrals",
                columns: new[] { "ProviderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SentByAgencyId_Status",
                table: "Referrals",
                columns: new[] { "SentByAgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidencePermits_CaseId",
                table: "ResidencePermits",
                column: "CaseId");

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
                name: "AgeAssessments");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserPasskeys");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BestInterestsDeterminations");

            migrationBuilder.DropTable(
                name: "CapacityReports");

            migrationBuilder.DropTable(
                name: "CaseAttachments");

            migrationBuilder.DropTable(
                name: "CaseDeadlines");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseProceedings");

            migrationBuilder.DropTable(
                name: "CaseQualifications");

            migrationBuilder.DropTable(
                name: "CaseRights");

            migrationBuilder.DropTable(
                name: "CaseScreenings");

            migrationBuilder.DropTable(
                name: "ChildProtectionRecords");

            migrationBuilder.DropTable(
                name: "CommissionSessions");

            migrationBuilder.DropTable(
                name: "CompensationClaims");

            migrationBuilder.DropTable(
                name: "Enquiries");

            migrationBuilder.DropTable(
                name: "ExitPathwayApplications");

            migrationBuilder.DropTable(
                name: "ImportJobs");

            migrationBuilder.DropTable(
                name: "LegalStepRecord");

            migrationBuilder.DropTable(
                name: "LinkagePairs");

            migrationBuilder.DropTable(
                name: "LinkageRuns");

            migrationBuilder.DropTable(
                name: "MissingEpisodes");

            migrationBuilder.DropTable(
                name: "PanelOpinions");

            migrationBuilder.DropTable(
                name: "ProceedingsConfiscations");

            migrationBuilder.DropTable(
                name: "ProvisionalAuthorisations");

            migrationBuilder.DropTable(
                name: "PublishedCatalogues");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "ResidencePermits");

            migrationBuilder.DropTable(
                name: "StatisticsCases");

            migrationBuilder.DropTable(
                name: "StatisticsPersons");

            migrationBuilder.DropTable(
                name: "StatisticsRecordKeys");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "IdentificationSteps");

            migrationBuilder.DropTable(
                name: "Providers");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Agencies");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Identification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IdentificationSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Reconsideration = table.Column<bool>(type: "boolean", nullable: false),
                    ProtectedNewInformation = table.Column<string>(type: "text", nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelMemberIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProtectedReasons = table.Column<string>(type: "text", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_IdentificationSteps_CaseId_Stage",
                table: "IdentificationSteps",
                columns: new[] { "CaseId", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdentificationSteps");
        }
    }
}

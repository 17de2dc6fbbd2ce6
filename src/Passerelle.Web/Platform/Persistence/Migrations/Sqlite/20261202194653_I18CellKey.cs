using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I18CellKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RecordKey",
                table: "StatisticsPersons",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatisticsRecordKeys");

            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "StatisticsPersons");
        }
    }
}

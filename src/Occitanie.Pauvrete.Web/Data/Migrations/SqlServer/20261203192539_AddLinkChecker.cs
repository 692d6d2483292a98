using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddLinkChecker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LinkCheckResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemTitle = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Field = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: true),
                    FinalUrl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PermanentRedirect = table.Column<bool>(type: "bit", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkCheckResults", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkCheckRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LinkCount = table.Column<int>(type: "int", nullable: false),
                    BrokenCount = table.Column<int>(type: "int", nullable: false),
                    RedirectedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkCheckRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkCheckResults_Outcome_ItemType_ItemId",
                table: "LinkCheckResults",
                columns: new[] { "Outcome", "ItemType", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkCheckRuns_StartedAt",
                table: "LinkCheckRuns",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkCheckResults");

            migrationBuilder.DropTable(
                name: "LinkCheckRuns");
        }
    }
}

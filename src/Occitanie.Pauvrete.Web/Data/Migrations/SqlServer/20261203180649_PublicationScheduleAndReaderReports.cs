using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublicationScheduleAndReaderReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Workshops",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Workshops",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Workshops",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "WorkingGroups",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "WorkingGroups",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "WorkingGroups",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "SourceDocuments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "SourceDocuments",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "SourceDocuments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "PressReleases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "PressReleases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "PressReleases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "PressContacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "PressContacts",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "PressContacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Pages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Pages",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Pages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Metropoles",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Metropoles",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Metropoles",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Measures",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Measures",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Measures",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "LocalContacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "LocalContacts",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "LocalContacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "KeyFigures",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "KeyFigures",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "KeyFigures",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Intentions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Intentions",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Intentions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "FundingLines",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "FundingLines",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "FundingLines",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Departements",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Departements",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Departements",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Conferences",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Conferences",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Conferences",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Axes",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Axes",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Axes",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CorrectionReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PagePath = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ItemType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemVersion = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemTitle = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SourceUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    HandledBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionReports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionReports_CreatedAt",
                table: "CorrectionReports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionReports_Status_CreatedAt",
                table: "CorrectionReports",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CorrectionReports");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "PressReleases");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "PressReleases");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "PressReleases");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "PressContacts");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "PressContacts");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "PressContacts");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Metropoles");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "Metropoles");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Metropoles");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "LocalContacts");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "LocalContacts");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "LocalContacts");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "KeyFigures");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "KeyFigures");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "KeyFigures");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Intentions");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "Intentions");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Intentions");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "FundingLines");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "FundingLines");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "FundingLines");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Departements");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "Departements");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Departements");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Axes");

            migrationBuilder.DropColumn(
                name: "ScheduledBy",
                table: "Axes");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Axes");
        }
    }
}

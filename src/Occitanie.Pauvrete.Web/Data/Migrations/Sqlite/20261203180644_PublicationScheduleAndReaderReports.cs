using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Workshops",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Workshops",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "WorkingGroups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "WorkingGroups",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "WorkingGroups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "SourceDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "SourceDocuments",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "SourceDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "PressReleases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "PressReleases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "PressReleases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "PressContacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "PressContacts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "PressContacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Pages",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Metropoles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Metropoles",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Metropoles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Measures",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "LocalContacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "LocalContacts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "LocalContacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "KeyFigures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "KeyFigures",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "KeyFigures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Intentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Intentions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Intentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "FundingLines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "FundingLines",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "FundingLines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Departements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Departements",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Departements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Conferences",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Axes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduledBy",
                table: "Axes",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Axes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CorrectionReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PagePath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemVersion = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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

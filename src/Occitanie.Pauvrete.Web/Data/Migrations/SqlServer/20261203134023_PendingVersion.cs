using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PendingVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Workshops",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Workshops",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Workshops",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "WorkingGroups",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "WorkingGroups",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "WorkingGroups",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "SourceDocuments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "SourceDocuments",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "SourceDocuments",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "PressReleases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "PressReleases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "PressReleases",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Pages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Pages",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Pages",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Metropoles",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Metropoles",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Metropoles",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Measures",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Measures",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Measures",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "LocalContacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "LocalContacts",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "LocalContacts",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "KeyFigures",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "KeyFigures",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "KeyFigures",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Intentions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Intentions",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Intentions",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "FundingLines",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "FundingLines",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "FundingLines",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Departements",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Departements",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Departements",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Conferences",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Conferences",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Conferences",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Axes",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Axes",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Axes",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "PressReleases");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "PressReleases");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "PressReleases");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "Metropoles");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "Metropoles");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Metropoles");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "LocalContacts");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "LocalContacts");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "LocalContacts");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "KeyFigures");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "KeyFigures");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "KeyFigures");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "Intentions");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "Intentions");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Intentions");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "FundingLines");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "FundingLines");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "FundingLines");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "Departements");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "Departements");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Departements");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "PendingSavedAt",
                table: "Axes");

            migrationBuilder.DropColumn(
                name: "PendingSavedBy",
                table: "Axes");

            migrationBuilder.DropColumn(
                name: "PendingSnapshot",
                table: "Axes");
        }
    }
}

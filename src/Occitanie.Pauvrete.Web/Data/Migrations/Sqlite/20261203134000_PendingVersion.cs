using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Workshops",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Workshops",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "WorkingGroups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "WorkingGroups",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "WorkingGroups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "SourceDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "SourceDocuments",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "SourceDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "PressReleases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "PressReleases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "PressReleases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Pages",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Metropoles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Metropoles",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Metropoles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Measures",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "LocalContacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "LocalContacts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "LocalContacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "KeyFigures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "KeyFigures",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "KeyFigures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Intentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Intentions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Intentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "FundingLines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "FundingLines",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "FundingLines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Departements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Departements",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Departements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Conferences",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSavedAt",
                table: "Axes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSavedBy",
                table: "Axes",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingSnapshot",
                table: "Axes",
                type: "TEXT",
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

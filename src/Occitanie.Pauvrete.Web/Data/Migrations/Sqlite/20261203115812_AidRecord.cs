using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AidRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "Workshops",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerifiedOn",
                table: "Workshops",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "WorkingGroups",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerifiedOn",
                table: "WorkingGroups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "PressReleases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerifiedOn",
                table: "PressReleases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "Pages",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerifiedOn",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Applicants",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicationDeadline",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingPeriod",
                table: "Measures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingUnit",
                table: "Measures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HelpKind",
                table: "Measures",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPermanent",
                table: "Measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Territory",
                table: "Measures",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "Measures",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerifiedOn",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "Intentions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerifiedOn",
                table: "Intentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "Conferences",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerifiedOn",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "Axes",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerifiedOn",
                table: "Axes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LocalContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DepartementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Sources = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalContacts_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LocalContacts_DepartementId",
                table: "LocalContacts",
                column: "DepartementId");

            migrationBuilder.CreateIndex(
                name: "IX_LocalContacts_Service_DepartementId",
                table: "LocalContacts",
                columns: new[] { "Service", "DepartementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LocalContacts_Slug",
                table: "LocalContacts",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LocalContacts");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "VerifiedOn",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "VerifiedOn",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "PressReleases");

            migrationBuilder.DropColumn(
                name: "VerifiedOn",
                table: "PressReleases");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "VerifiedOn",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "Applicants",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ApplicationDeadline",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FundingPeriod",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FundingUnit",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "HelpKind",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "IsPermanent",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "Territory",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "VerifiedOn",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "Intentions");

            migrationBuilder.DropColumn(
                name: "VerifiedOn",
                table: "Intentions");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "VerifiedOn",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "Axes");

            migrationBuilder.DropColumn(
                name: "VerifiedOn",
                table: "Axes");
        }
    }
}

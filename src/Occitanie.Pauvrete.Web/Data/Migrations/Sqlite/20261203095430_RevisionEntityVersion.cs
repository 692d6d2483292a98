using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RevisionEntityVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EntityVersion",
                table: "Revisions",
                type: "TEXT",
                nullable: true);

            // Every item's revision so far holds its version in the snapshot (lower case; EF writes
            // Guids upper case on SQLite). An account's snapshot has none: it stays null.
            migrationBuilder.Sql("""
                UPDATE "Revisions" SET "EntityVersion" = upper(json_extract("Snapshot", '$.Version'))
                WHERE json_valid("Snapshot") AND json_type("Snapshot", '$.Version') = 'text';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EntityVersion",
                table: "Revisions");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.SqlServer
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
                type: "uniqueidentifier",
                nullable: true);

            // Every item's revision so far holds its version in the snapshot; an account's snapshot
            // has none: it stays null. A script puts the ALTER and this UPDATE in one batch, compiled
            // before the column exists: EXEC compiles the UPDATE only when it runs.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [Revisions] SET [EntityVersion] = TRY_CONVERT(uniqueidentifier, JSON_VALUE([Snapshot], ''$.Version''))
                WHERE ISJSON([Snapshot]) = 1');
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

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BlankTextAsNull : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Optional texts stored as "" by older saves become null (BlankTextSql says which).
            foreach (var statement in BlankTextSql.Statements(c => $"\"{c}\"", c => $"TRIM({c}) = ''"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: null and "" read the same everywhere.
        }
    }
}

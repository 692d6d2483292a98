using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentStamps", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ContentStamps",
                columns: new[] { "Id", "ChangedAt", "ImportedFingerprint", "Version" },
                values: new object[] { 1, new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null, new Guid("00000000-0000-0000-0000-000000000000") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentStamps");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceDocumentFile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceDocumentId",
                table: "MediaFiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_SourceDocumentId",
                table: "MediaFiles",
                column: "SourceDocumentId");

            migrationBuilder.AddForeignKey(
                name: "FK_MediaFiles_SourceDocuments_SourceDocumentId",
                table: "MediaFiles",
                column: "SourceDocumentId",
                principalTable: "SourceDocuments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MediaFiles_SourceDocuments_SourceDocumentId",
                table: "MediaFiles");

            migrationBuilder.DropIndex(
                name: "IX_MediaFiles_SourceDocumentId",
                table: "MediaFiles");

            migrationBuilder.DropColumn(
                name: "SourceDocumentId",
                table: "MediaFiles");
        }
    }
}

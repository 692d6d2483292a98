using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Occitanie.Pauvrete.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceDocumentFileAndFundingRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceDocumentId",
                table: "MediaFiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingRule",
                table: "Measures",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FundingRuleCap",
                table: "Measures",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingRuleConditions",
                table: "Measures",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingRuleQuantity",
                table: "Measures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FundingRuleShare",
                table: "Measures",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FundingRuleYears",
                table: "Measures",
                type: "INTEGER",
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

            migrationBuilder.DropColumn(
                name: "FundingRule",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FundingRuleCap",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FundingRuleConditions",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FundingRuleQuantity",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FundingRuleShare",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FundingRuleYears",
                table: "Measures");
        }
    }
}

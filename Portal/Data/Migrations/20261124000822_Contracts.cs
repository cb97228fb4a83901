using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Contracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    AnnualValue = table.Column<long>(type: "INTEGER", nullable: false),
                    CallOffEffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CommencementDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InitialTermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionOptionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionOptionMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssessmentSummariesSentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StandstillStartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StandstillEndedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StandstillRule = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AwardedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AwardedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AwardedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CommissionId",
                table: "Contracts",
                column: "CommissionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contracts");
        }
    }
}

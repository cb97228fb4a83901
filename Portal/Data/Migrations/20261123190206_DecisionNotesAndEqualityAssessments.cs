using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class DecisionNotesAndEqualityAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "SignOffs",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DecisionNumber",
                table: "Commissions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecisionRecordedAt",
                table: "Commissions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicationDeferral",
                table: "Commissions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublicationDeferredUntil",
                table: "Commissions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DecisionNoteAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    IsAppendix = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionNoteAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionNoteAttachments_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionNoteVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    SavedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionNoteVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionNoteVersions_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionNumberSequences",
                columns: table => new
                {
                    FinancialYearStarting = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LastSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionNumberSequences", x => x.FinancialYearStarting);
                });

            migrationBuilder.CreateTable(
                name: "EqualityAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewComments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Publish = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EqualityAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EqualityAssessments_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_DecisionNumber",
                table: "Commissions",
                column: "DecisionNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionNoteAttachments_CommissionId",
                table: "DecisionNoteAttachments",
                column: "CommissionId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionNoteVersions_CommissionId_Number",
                table: "DecisionNoteVersions",
                columns: new[] { "CommissionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EqualityAssessments_CommissionId",
                table: "EqualityAssessments",
                column: "CommissionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionNoteAttachments");

            migrationBuilder.DropTable(
                name: "DecisionNoteVersions");

            migrationBuilder.DropTable(
                name: "DecisionNumberSequences");

            migrationBuilder.DropTable(
                name: "EqualityAssessments");

            migrationBuilder.DropIndex(
                name: "IX_Commissions_DecisionNumber",
                table: "Commissions");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "SignOffs");

            migrationBuilder.DropColumn(
                name: "DecisionNumber",
                table: "Commissions");

            migrationBuilder.DropColumn(
                name: "DecisionRecordedAt",
                table: "Commissions");

            migrationBuilder.DropColumn(
                name: "PublicationDeferral",
                table: "Commissions");

            migrationBuilder.DropColumn(
                name: "PublicationDeferredUntil",
                table: "Commissions");
        }
    }
}

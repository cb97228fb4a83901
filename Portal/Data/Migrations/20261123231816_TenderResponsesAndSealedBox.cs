using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class TenderResponsesAndSealedBox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LateSubmissionAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttemptedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AttemptedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttemptedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LateSubmissionAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LateSubmissionAttempts_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderBoxKeys",
                columns: table => new
                {
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderBoxKeys", x => x.InvitationToTenderId);
                    table.ForeignKey(
                        name: "FK_TenderBoxKeys_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderOpeningRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenderDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ResponsesJson = table.Column<string>(type: "TEXT", nullable: false),
                    WithdrawnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LateAttemptsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderOpeningRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderOpeningRecords_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TenderResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSavedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedContent = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderResponses_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderResponses_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TenderResponses_SupplierOrganisations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "SupplierOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResponseFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QuestionIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseFiles_TenderResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "TenderResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResponseSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FilesJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResponseSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseSubmissions_TenderResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "TenderResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LateSubmissionAttempts_InvitationToTenderId",
                table: "LateSubmissionAttempts",
                column: "InvitationToTenderId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseFiles_ResponseId",
                table: "ResponseFiles",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseSubmissions_InvitationToTenderId",
                table: "ResponseSubmissions",
                column: "InvitationToTenderId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseSubmissions_ResponseId_Number",
                table: "ResponseSubmissions",
                columns: new[] { "ResponseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderOpeningRecords_CommissionId",
                table: "TenderOpeningRecords",
                column: "CommissionId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderOpeningRecords_InvitationToTenderId",
                table: "TenderOpeningRecords",
                column: "InvitationToTenderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderResponses_CommissionId",
                table: "TenderResponses",
                column: "CommissionId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderResponses_InvitationToTenderId_SupplierId",
                table: "TenderResponses",
                columns: new[] { "InvitationToTenderId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderResponses_SupplierId",
                table: "TenderResponses",
                column: "SupplierId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LateSubmissionAttempts");

            migrationBuilder.DropTable(
                name: "ResponseFiles");

            migrationBuilder.DropTable(
                name: "ResponseSubmissions");

            migrationBuilder.DropTable(
                name: "TenderBoxKeys");

            migrationBuilder.DropTable(
                name: "TenderOpeningRecords");

            migrationBuilder.DropTable(
                name: "TenderResponses");
        }
    }
}

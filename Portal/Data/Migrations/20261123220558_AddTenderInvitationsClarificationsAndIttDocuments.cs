using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddTenderInvitationsClarificationsAndIttDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AddendumCount",
                table: "InvitationsToTender",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "IssuedAt",
                table: "InvitationsToTender",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClarificationQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AskedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AskedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedQuestion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AskerOnlyJustification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClarificationQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClarificationQuestions_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClarificationQuestions_SupplierOrganisations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "SupplierOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HoursBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineReminders_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IttAddenda",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IttAddenda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IttAddenda_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IttDocumentFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IttDocumentFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IttDocumentFiles_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IttInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IttInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IttInvitations_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IttInvitations_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IttInvitations_SupplierOrganisations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "SupplierOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AddendumAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddendumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcknowledgedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AddendumAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AddendumAcknowledgements_IttAddenda_AddendumId",
                        column: x => x.AddendumId,
                        principalTable: "IttAddenda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AddendumAcknowledgements_SupplierOrganisations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "SupplierOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AddendumAcknowledgements_AddendumId_SupplierId",
                table: "AddendumAcknowledgements",
                columns: new[] { "AddendumId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AddendumAcknowledgements_SupplierId",
                table: "AddendumAcknowledgements",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationQuestions_CommissionId",
                table: "ClarificationQuestions",
                column: "CommissionId");

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationQuestions_InvitationToTenderId_Number",
                table: "ClarificationQuestions",
                columns: new[] { "InvitationToTenderId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClarificationQuestions_SupplierId",
                table: "ClarificationQuestions",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineReminders_InvitationToTenderId_Phase_Deadline_HoursBefore",
                table: "DeadlineReminders",
                columns: new[] { "InvitationToTenderId", "Phase", "Deadline", "HoursBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IttAddenda_InvitationToTenderId_Number",
                table: "IttAddenda",
                columns: new[] { "InvitationToTenderId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IttDocumentFiles_CommissionId",
                table: "IttDocumentFiles",
                column: "CommissionId");

            migrationBuilder.CreateIndex(
                name: "IX_IttInvitations_CommissionId",
                table: "IttInvitations",
                column: "CommissionId");

            migrationBuilder.CreateIndex(
                name: "IX_IttInvitations_InvitationToTenderId_SupplierId",
                table: "IttInvitations",
                columns: new[] { "InvitationToTenderId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IttInvitations_SupplierId",
                table: "IttInvitations",
                column: "SupplierId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AddendumAcknowledgements");

            migrationBuilder.DropTable(
                name: "ClarificationQuestions");

            migrationBuilder.DropTable(
                name: "DeadlineReminders");

            migrationBuilder.DropTable(
                name: "IttDocumentFiles");

            migrationBuilder.DropTable(
                name: "IttInvitations");

            migrationBuilder.DropTable(
                name: "IttAddenda");

            migrationBuilder.DropColumn(
                name: "AddendumCount",
                table: "InvitationsToTender");

            migrationBuilder.DropColumn(
                name: "IssuedAt",
                table: "InvitationsToTender");
        }
    }
}

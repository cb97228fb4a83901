using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationAndAward : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwardRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RankOfRecommended = table.Column<int>(type: "INTEGER", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DepartureReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResultsFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecommendedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecommendedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecommendedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApproverUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApproverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApproverPosition = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardRecommendations_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntentionsToAward",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WinningResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WinningSupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WinningSupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WinningPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StandstillStartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StandstillEndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StandstillRule = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntentionsToAward", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntentionsToAward_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntentionsToAward_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PostTenderClarifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RespondBy = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SentByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostTenderClarifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostTenderClarifications_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PostTenderClarifications_SupplierOrganisations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "SupplierOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationToTenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScoredCriteria = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ComplianceQuestionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModerationOpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModerationOpenedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderEvaluations_Commissions_CommissionId",
                        column: x => x.CommissionId,
                        principalTable: "Commissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderEvaluations_InvitationsToTender_InvitationToTenderId",
                        column: x => x.InvitationToTenderId,
                        principalTable: "InvitationsToTender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SummaryJson = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IntentionToAwardId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardLetters_IntentionsToAward_IntentionToAwardId",
                        column: x => x.IntentionToAwardId,
                        principalTable: "IntentionsToAward",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandstillChallenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ResolutionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IntentionToAwardId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandstillChallenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandstillChallenges_IntentionsToAward_IntentionToAwardId",
                        column: x => x.IntentionToAwardId,
                        principalTable: "IntentionsToAward",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplianceChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CheckedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CheckedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenderEvaluationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplianceChecks_TenderEvaluations_TenderEvaluationId",
                        column: x => x.TenderEvaluationId,
                        principalTable: "TenderEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConflictDeclarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    EvaluatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HasConflict = table.Column<bool>(type: "INTEGER", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenderEvaluationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictDeclarations_TenderEvaluations_TenderEvaluationId",
                        column: x => x.TenderEvaluationId,
                        principalTable: "TenderEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluatedBids",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TenderEvaluationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluatedBids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluatedBids_TenderEvaluations_TenderEvaluationId",
                        column: x => x.TenderEvaluationId,
                        principalTable: "TenderEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationPanel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluatorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    EvaluatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AssignedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenderEvaluationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationPanel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationPanel_TenderEvaluations_TenderEvaluationId",
                        column: x => x.TenderEvaluationId,
                        principalTable: "TenderEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndividualScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluatorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    EvaluatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionKey = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FirstScoredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenderEvaluationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividualScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividualScores_TenderEvaluations_TenderEvaluationId",
                        column: x => x.TenderEvaluationId,
                        principalTable: "TenderEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModerationEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionKey = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ModeratorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ModeratorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ModeratedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenderEvaluationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModerationEntries_TenderEvaluations_TenderEvaluationId",
                        column: x => x.TenderEvaluationId,
                        principalTable: "TenderEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardLetters_IntentionToAwardId_SupplierId",
                table: "AwardLetters",
                columns: new[] { "IntentionToAwardId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardLetters_SupplierId",
                table: "AwardLetters",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecommendations_CommissionId",
                table: "AwardRecommendations",
                column: "CommissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceChecks_TenderEvaluationId",
                table: "ComplianceChecks",
                column: "TenderEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclarations_TenderEvaluationId",
                table: "ConflictDeclarations",
                column: "TenderEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatedBids_TenderEvaluationId",
                table: "EvaluatedBids",
                column: "TenderEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPanel_TenderEvaluationId",
                table: "EvaluationPanel",
                column: "TenderEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualScores_TenderEvaluationId_EvaluatorId_ResponseId_CriterionKey",
                table: "IndividualScores",
                columns: new[] { "TenderEvaluationId", "EvaluatorId", "ResponseId", "CriterionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntentionsToAward_CommissionId",
                table: "IntentionsToAward",
                column: "CommissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntentionsToAward_InvitationToTenderId",
                table: "IntentionsToAward",
                column: "InvitationToTenderId");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationEntries_TenderEvaluationId_ResponseId_CriterionKey_Version",
                table: "ModerationEntries",
                columns: new[] { "TenderEvaluationId", "ResponseId", "CriterionKey", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostTenderClarifications_CommissionId_Number",
                table: "PostTenderClarifications",
                columns: new[] { "CommissionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostTenderClarifications_SupplierId",
                table: "PostTenderClarifications",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_StandstillChallenges_IntentionToAwardId",
                table: "StandstillChallenges",
                column: "IntentionToAwardId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderEvaluations_CommissionId",
                table: "TenderEvaluations",
                column: "CommissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderEvaluations_InvitationToTenderId",
                table: "TenderEvaluations",
                column: "InvitationToTenderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardLetters");

            migrationBuilder.DropTable(
                name: "AwardRecommendations");

            migrationBuilder.DropTable(
                name: "ComplianceChecks");

            migrationBuilder.DropTable(
                name: "ConflictDeclarations");

            migrationBuilder.DropTable(
                name: "EvaluatedBids");

            migrationBuilder.DropTable(
                name: "EvaluationPanel");

            migrationBuilder.DropTable(
                name: "IndividualScores");

            migrationBuilder.DropTable(
                name: "ModerationEntries");

            migrationBuilder.DropTable(
                name: "PostTenderClarifications");

            migrationBuilder.DropTable(
                name: "StandstillChallenges");

            migrationBuilder.DropTable(
                name: "TenderEvaluations");

            migrationBuilder.DropTable(
                name: "IntentionsToAward");
        }
    }
}

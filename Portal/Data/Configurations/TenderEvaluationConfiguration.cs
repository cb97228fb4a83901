using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;

namespace Portal.Data.Configurations;

public sealed class TenderEvaluationConfiguration : IEntityTypeConfiguration<TenderEvaluation>
{
    private const int NameLength = 200;
    private const int UserIdLength = 450;

    public void Configure(EntityTypeBuilder<TenderEvaluation> builder)
    {
        builder.ToTable("TenderEvaluations");
        builder.HasKey(e => e.Id);
        builder.HasOne<Commission>().WithMany().HasForeignKey(e => e.CommissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(e => e.InvitationToTenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.CommissionId).IsUnique();
        builder.Property(e => e.ScoredCriteria).HasMaxLength(400);
        builder.Property(e => e.ModerationOpenedByName).HasMaxLength(NameLength);
        builder.Property(e => e.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(e => e.CriteriaKeys);
        builder.Ignore(e => e.ModerationOpen);
        builder.Ignore(e => e.PendingChanges);
        builder.Ignore(e => e.AllModerated);

        Owned(builder, e => e.Bids, "EvaluatedBids", bid => bid.Property(b => b.SupplierName).HasMaxLength(NameLength));
        Owned(builder, e => e.Panel, "EvaluationPanel", assignment =>
        {
            assignment.Property(a => a.EvaluatorId).HasMaxLength(UserIdLength);
            assignment.Property(a => a.EvaluatorName).HasMaxLength(NameLength);
            assignment.Property(a => a.AssignedByName).HasMaxLength(NameLength);
            assignment.Property(a => a.Criteria).HasMaxLength(400);
            assignment.Ignore(a => a.CriteriaKeys);
        });
        Owned(builder, e => e.Declarations, "ConflictDeclarations", declaration =>
        {
            declaration.Property(d => d.EvaluatorId).HasMaxLength(UserIdLength);
            declaration.Property(d => d.EvaluatorName).HasMaxLength(NameLength);
            declaration.Property(d => d.SupplierName).HasMaxLength(NameLength);
            declaration.Property(d => d.Details).HasMaxLength(TenderEvaluation.TextMaxLength);
        });
        Owned(builder, e => e.ComplianceChecks, "ComplianceChecks", check =>
        {
            check.Property(c => c.Reason).HasMaxLength(TenderEvaluation.TextMaxLength);
            check.Property(c => c.CheckedById).HasMaxLength(UserIdLength);
            check.Property(c => c.CheckedByName).HasMaxLength(NameLength);
        });
        Owned(builder, e => e.Scores, "IndividualScores", score =>
        {
            score.HasIndex("TenderEvaluationId", nameof(IndividualScore.EvaluatorId), nameof(IndividualScore.ResponseId), nameof(IndividualScore.CriterionKey)).IsUnique();
            score.Property(s => s.EvaluatorId).HasMaxLength(UserIdLength);
            score.Property(s => s.EvaluatorName).HasMaxLength(NameLength);
            score.Property(s => s.CriterionKey).HasMaxLength(10);
            score.Property(s => s.Justification).HasMaxLength(TenderEvaluation.TextMaxLength);
        });
        Owned(builder, e => e.Moderations, "ModerationEntries", entry =>
        {
            // Two moderators saving the same version of one consensus: the second insert fails, whatever the pages showed.
            entry.HasIndex("TenderEvaluationId", nameof(ModerationEntry.ResponseId), nameof(ModerationEntry.CriterionKey), nameof(ModerationEntry.Version)).IsUnique();
            entry.Property(m => m.CriterionKey).HasMaxLength(10);
            entry.Property(m => m.Rationale).HasMaxLength(TenderEvaluation.TextMaxLength);
            entry.Property(m => m.ModeratorId).HasMaxLength(UserIdLength);
            entry.Property(m => m.ModeratorName).HasMaxLength(NameLength);
        });
    }

    private static void Owned<T>(EntityTypeBuilder<TenderEvaluation> builder, System.Linq.Expressions.Expression<Func<TenderEvaluation, IEnumerable<T>?>> navigation,
        string table, Action<OwnedNavigationBuilder<TenderEvaluation, T>> configure) where T : class
    {
        builder.OwnsMany(navigation, owned =>
        {
            owned.ToTable(table);
            owned.WithOwner().HasForeignKey("TenderEvaluationId");
            owned.Property<int>("Id");
            owned.HasKey("Id");
            configure(owned);
        });
        builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

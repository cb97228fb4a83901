using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Evaluations.Results;

namespace Portal.Data.Configurations;

public sealed class AwardRecommendationConfiguration : IEntityTypeConfiguration<AwardRecommendation>
{
    public void Configure(EntityTypeBuilder<AwardRecommendation> builder)
    {
        builder.ToTable("AwardRecommendations");
        builder.HasOne<Commission>().WithMany().HasForeignKey(r => r.CommissionId);
        // One recommendation per commission: a revision changes it in place, and two first recommendations cannot both land.
        builder.HasIndex(r => r.CommissionId).IsUnique();
        builder.Property(r => r.SupplierName).HasMaxLength(200);
        builder.Property(r => r.Rationale).HasMaxLength(AwardRecommendation.TextMaxLength);
        builder.Property(r => r.DepartureReason).HasMaxLength(AwardRecommendation.TextMaxLength);
        builder.Property(r => r.RejectionReason).HasMaxLength(AwardRecommendation.TextMaxLength);
        builder.Property(r => r.ResultsFingerprint).HasMaxLength(64);
        builder.Property(r => r.RecommendedByUserId).HasMaxLength(450);
        builder.Property(r => r.RecommendedByName).HasMaxLength(200);
        builder.Property(r => r.ApproverUserId).HasMaxLength(450);
        builder.Property(r => r.ApproverName).HasMaxLength(200);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(r => r.DepartsFromRanking);
    }
}

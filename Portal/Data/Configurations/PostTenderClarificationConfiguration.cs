using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Evaluations.Clarifications;
using Portal.Domain.Frameworks;

namespace Portal.Data.Configurations;

public sealed class PostTenderClarificationConfiguration : IEntityTypeConfiguration<PostTenderClarification>
{
    public void Configure(EntityTypeBuilder<PostTenderClarification> builder)
    {
        builder.ToTable("PostTenderClarifications");
        builder.HasOne<Commission>().WithMany().HasForeignKey(c => c.CommissionId);
        builder.HasOne<SupplierOrganisation>().WithMany().HasForeignKey(c => c.SupplierId);
        // Numbers are given in order within a commission; the index stops two officers sending the same number at once.
        builder.HasIndex(c => new { c.CommissionId, c.Number }).IsUnique();
        builder.HasIndex(c => c.SupplierId);
        builder.Property(c => c.SupplierName).HasMaxLength(200);
        builder.Property(c => c.Question).HasMaxLength(PostTenderClarification.TextMaxLength);
        builder.Property(c => c.Answer).HasMaxLength(PostTenderClarification.TextMaxLength);
        builder.Property(c => c.SentByUserId).HasMaxLength(450);
        builder.Property(c => c.SentByName).HasMaxLength(200);
        builder.Property(c => c.AnsweredByUserId).HasMaxLength(450);
        builder.Property(c => c.AnsweredByName).HasMaxLength(200);
        builder.Ignore(c => c.Reference);
        builder.Ignore(c => c.IsAnswered);
    }
}

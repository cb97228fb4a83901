using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;

namespace Portal.Data.Configurations;

public sealed class DecisionNumberSequenceConfiguration : IEntityTypeConfiguration<DecisionNumberSequence>
{
    public void Configure(EntityTypeBuilder<DecisionNumberSequence> builder) => builder.HasKey(s => s.FinancialYearStarting);
}

public sealed class DecisionNoteAttachmentConfiguration : IEntityTypeConfiguration<DecisionNoteAttachment>
{
    public void Configure(EntityTypeBuilder<DecisionNoteAttachment> builder)
    {
        builder.HasIndex(a => a.CommissionId);
        builder.HasOne<Commission>().WithMany().HasForeignKey(a => a.CommissionId);
        builder.Property(a => a.OriginalName).HasMaxLength(255);
        builder.Property(a => a.StoredName).HasMaxLength(100);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.UploadedById).HasMaxLength(450);
        builder.Property(a => a.UploadedByName).HasMaxLength(200);
    }
}

public sealed class EqualityAssessmentConfiguration : IEntityTypeConfiguration<EqualityAssessment>
{
    public void Configure(EntityTypeBuilder<EqualityAssessment> builder)
    {
        builder.HasIndex(e => e.CommissionId).IsUnique();
        builder.HasOne<Commission>().WithMany().HasForeignKey(e => e.CommissionId);
        builder.Property(e => e.AuthorId).HasMaxLength(450);
        builder.Property(e => e.AuthorName).HasMaxLength(200);
        builder.Property(e => e.ReviewerId).HasMaxLength(450);
        builder.Property(e => e.ReviewerName).HasMaxLength(200);
        builder.Property(e => e.ReviewComments).HasMaxLength(Commission.ReasonMaxLength);
        builder.Property(e => e.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(e => e.Content);
        builder.Ignore(e => e.PendingChanges);
        builder.Ignore(e => e.IsEditable);
    }
}

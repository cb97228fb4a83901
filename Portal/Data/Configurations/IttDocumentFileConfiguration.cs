using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Tendering;

namespace Portal.Data.Configurations;

public sealed class IttDocumentFileConfiguration : IEntityTypeConfiguration<IttDocumentFile>
{
    public void Configure(EntityTypeBuilder<IttDocumentFile> builder)
    {
        builder.ToTable("IttDocumentFiles");
        builder.HasIndex(f => f.CommissionId);
        builder.HasOne<Commission>().WithMany().HasForeignKey(f => f.CommissionId);
        builder.Property(f => f.OriginalName).HasMaxLength(255);
        builder.Property(f => f.StoredName).HasMaxLength(100);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.UploadedByUserId).HasMaxLength(450);
        builder.Property(f => f.UploadedByName).HasMaxLength(200);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Audit;

namespace Portal.Data.Configurations;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasIndex(e => new { e.CommissionId, e.Id });
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(60);
        builder.Property(e => e.Summary).HasMaxLength(500);
        builder.Property(e => e.FromState).HasMaxLength(40);
        builder.Property(e => e.ToState).HasMaxLength(40);
        builder.Property(e => e.Trigger).HasMaxLength(40);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
    }
}

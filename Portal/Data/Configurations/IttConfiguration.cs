using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Frameworks;
using Portal.Domain.Tendering;

namespace Portal.Data.Configurations;

public sealed class InvitationToTenderConfiguration : IEntityTypeConfiguration<InvitationToTender>
{
    public void Configure(EntityTypeBuilder<InvitationToTender> builder)
    {
        builder.ToTable("InvitationsToTender");
        builder.HasIndex(i => i.CommissionId).IsUnique();
        builder.HasOne<Commission>().WithMany().HasForeignKey(i => i.CommissionId);
        builder.HasIndex(i => i.LotId);
        builder.HasOne<Lot>().WithMany().HasForeignKey(i => i.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(i => i.Content);
        builder.Ignore(i => i.Documents);
        builder.Ignore(i => i.WeightTotal);
        builder.Ignore(i => i.Timetable);
        builder.Ignore(i => i.PendingChanges);
    }
}

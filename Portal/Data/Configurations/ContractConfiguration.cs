using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Contracts;

namespace Portal.Data.Configurations;

public sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ToTable("Contracts");
        builder.HasOne<Commission>().WithMany().HasForeignKey(c => c.CommissionId);
        // One award per commission: a second confirmation fails here even if two pages race past the state check.
        builder.HasIndex(c => c.CommissionId).IsUnique();
        builder.Property(c => c.SupplierName).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.StandstillRule).HasMaxLength(1000);
        builder.Property(c => c.AwardedByUserId).HasMaxLength(450);
        builder.Property(c => c.AwardedByName).HasMaxLength(200);
        builder.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(c => c.MaximumValue);
        builder.Ignore(c => c.CurrentEndsOn);
        builder.Ignore(c => c.ExtensionsTaken);
        builder.Ignore(c => c.IsClosed);
        builder.Ignore(c => c.PendingProposal);
        builder.Ignore(c => c.CurrentTermIndex);
        builder.Ignore(c => c.CurrentTermStarts);
        ContractManagementConfiguration.Configure(builder);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Frameworks;

namespace Portal.Data.Configurations;

public sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(FrameworkRules.MaxNameLength);
        builder.Property(f => f.ContractingAuthority).HasMaxLength(FrameworkRules.MaxNameLength);
        builder.HasMany(f => f.Lots).WithOne().HasForeignKey(l => l.FrameworkId);
        builder.Navigation(f => f.Lots).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(300);
        builder.Property(l => l.Region).HasMaxLength(200);
        builder.OwnsMany(l => l.Members, member =>
        {
            member.ToTable("LotMemberships");
            member.WithOwner().HasForeignKey(m => m.LotId);
            member.HasKey(m => new { m.LotId, m.SupplierId });
            member.HasOne<SupplierOrganisation>().WithMany().HasForeignKey(m => m.SupplierId);
            member.Property(m => m.StatusReason).HasMaxLength(FrameworkRules.MaxReasonLength);
        });
        builder.Navigation(l => l.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SupplierOrganisationConfiguration : IEntityTypeConfiguration<SupplierOrganisation>
{
    public void Configure(EntityTypeBuilder<SupplierOrganisation> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.ContactName).HasMaxLength(200);
        builder.Property(s => s.ContactEmail).HasMaxLength(256);
        builder.Property(s => s.ContactPhone).HasMaxLength(FrameworkRules.MaxPhoneLength);
        builder.Property(s => s.Town).HasMaxLength(100);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Frameworks;
using Portal.Domain.Suppliers;

namespace Portal.Data.Configurations;

public sealed class SupplierUserInvitationConfiguration : IEntityTypeConfiguration<SupplierUserInvitation>
{
    public void Configure(EntityTypeBuilder<SupplierUserInvitation> builder)
    {
        builder.ToTable("SupplierUserInvitations");
        builder.HasOne<SupplierOrganisation>().WithMany().HasForeignKey(i => i.SupplierOrganisationId);
        builder.Property(i => i.Email).HasMaxLength(FrameworkRules.MaxEmailLength);
        builder.Property(i => i.NormalizedEmail).HasMaxLength(FrameworkRules.MaxEmailLength);
        builder.Property(i => i.Name).HasMaxLength(SupplierUserInvitation.MaxNameLength);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.Property(i => i.InvitedByName).HasMaxLength(200);
        builder.Property(i => i.AcceptedUserId).HasMaxLength(450);
        builder.HasIndex(i => new { i.SupplierOrganisationId, i.NormalizedEmail });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Contracts;
using Portal.Domain.Mobilisation;

namespace Portal.Data.Configurations;

public sealed class MobilisationPlanConfiguration : IEntityTypeConfiguration<MobilisationPlan>
{
    public void Configure(EntityTypeBuilder<MobilisationPlan> builder)
    {
        builder.ToTable("MobilisationPlans");
        builder.HasOne<Commission>().WithMany().HasForeignKey(p => p.CommissionId);
        builder.HasOne<Contract>().WithMany().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
        // One plan per contract: a second award step fails here.
        builder.HasIndex(p => p.CommissionId).IsUnique();
        builder.HasIndex(p => p.ContractId).IsUnique();
        builder.HasIndex(p => p.SupplierId);
        builder.Property(p => p.SupplierName).HasMaxLength(200);
        builder.Property(p => p.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(p => p.OutstandingMandatoryItems);
        builder.Ignore(p => p.DoneCount);
        builder.Ignore(p => p.ContractSigned);
        builder.Ignore(p => p.DpiaCompleted);

        builder.OwnsMany(p => p.Items, item =>
        {
            item.ToTable("MobilisationItems");
            item.WithOwner().HasForeignKey("MobilisationPlanId");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Title).HasMaxLength(MobilisationTemplate.TitleMaxLength);
            item.Property(i => i.Notes).HasMaxLength(MobilisationItem.NotesMaxLength);
            item.OwnsMany(i => i.Evidence, evidence =>
            {
                evidence.ToTable("MobilisationEvidence");
                evidence.WithOwner().HasForeignKey("MobilisationItemId");
                evidence.MapUploadedFile();
            });
            item.Navigation(i => i.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class MobilisationTemplateConfiguration : IEntityTypeConfiguration<MobilisationTemplate>
{
    public void Configure(EntityTypeBuilder<MobilisationTemplate> builder)
    {
        builder.ToTable("MobilisationTemplates");
        builder.Property(t => t.ConcurrencyToken).IsConcurrencyToken();
        builder.Property(t => t.LastChangedByName).HasMaxLength(200);
        // The template is edited and read whole, so its lines are kept together as one JSON document.
        builder.Property(t => t.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field)
            .AsJsonDocument();
    }
}

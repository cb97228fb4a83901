using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Contracts;
using Portal.Domain.Performance;

namespace Portal.Data.Configurations;

public sealed class OutcomesFrameworkConfiguration : IEntityTypeConfiguration<OutcomesFramework>
{
    public void Configure(EntityTypeBuilder<OutcomesFramework> builder)
    {
        builder.ToTable("OutcomesFrameworks");
        builder.HasOne<Commission>().WithMany().HasForeignKey(f => f.CommissionId);
        builder.HasOne<Contract>().WithMany().HasForeignKey(f => f.ContractId).OnDelete(DeleteBehavior.Restrict);
        // One framework per contract: a second set-up fails here.
        builder.HasIndex(f => f.ContractId).IsUnique();
        builder.HasIndex(f => f.CommissionId).IsUnique();
        builder.HasIndex(f => f.SupplierId);
        builder.Property(f => f.SupplierName).HasMaxLength(200);
        builder.Property(f => f.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(f => f.Thresholds);

        builder.OwnsMany(f => f.Measures, measure =>
        {
            measure.ToTable("OutcomeMeasures");
            measure.WithOwner().HasForeignKey("OutcomesFrameworkId");
            measure.HasKey(m => m.Id);
            measure.Property(m => m.Id).ValueGeneratedNever();
            measure.Property(m => m.Key).HasMaxLength(40);
            measure.Property(m => m.Name).HasMaxLength(OutcomesFramework.NameMaxLength);
            measure.Property(m => m.Unit).HasMaxLength(OutcomesFramework.UnitMaxLength);
            measure.Property(m => m.BetterWhen).HasMaxLength(10);
            measure.OwnsMany(m => m.Targets, target =>
            {
                target.ToTable("OutcomeMeasureTargets");
                target.WithOwner().HasForeignKey("OutcomeMeasureId");
                target.HasKey("OutcomeMeasureId", nameof(MeasureTarget.PeriodStarts));
            });
            measure.Navigation(m => m.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(f => f.Measures).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SupplierReturnConfiguration : IEntityTypeConfiguration<SupplierReturn>
{
    public void Configure(EntityTypeBuilder<SupplierReturn> builder)
    {
        builder.ToTable("SupplierReturns");
        builder.HasOne<OutcomesFramework>().WithMany().HasForeignKey(r => r.FrameworkId);
        builder.HasOne<Commission>().WithMany().HasForeignKey(r => r.CommissionId).OnDelete(DeleteBehavior.Restrict);
        // One return per period.
        builder.HasIndex(r => new { r.FrameworkId, r.PeriodStarts }).IsUnique();
        builder.HasIndex(r => r.CommissionId);
        builder.HasIndex(r => r.SupplierId);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.Narrative).HasMaxLength(SupplierReturn.NarrativeMaxLength);
        builder.Property(r => r.CaseStudies).HasMaxLength(SupplierReturn.CaseStudiesMaxLength);
        builder.Property(r => r.SubmittedByName).HasMaxLength(200);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(r => r.Period);
        builder.Ignore(r => r.IsVerified);

        builder.OwnsMany(r => r.Figures, figure =>
        {
            figure.ToTable("SupplierReturnFigures");
            figure.WithOwner().HasForeignKey("SupplierReturnId");
            figure.HasKey(f => f.Id);
            figure.Property(f => f.Id).ValueGeneratedNever();
            figure.Property(f => f.Status).HasMaxLength(20);
            figure.Property(f => f.Question).HasMaxLength(SupplierReturn.QuestionMaxLength);
            figure.Property(f => f.Answer).HasMaxLength(SupplierReturn.QuestionMaxLength);
            figure.Property(f => f.VerifiedByName).HasMaxLength(200);
            figure.Property(f => f.QueriedByName).HasMaxLength(200);
            figure.Property(f => f.AnsweredByName).HasMaxLength(200);
            // A figure's counts by protected characteristic are read and written whole, so they are kept as one JSON document.
            figure.Property(f => f.Breakdown).HasField("_breakdown").UsePropertyAccessMode(PropertyAccessMode.Field)
                .AsJsonDocument();
        });
        builder.Navigation(r => r.Figures).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(r => r.Evidence, evidence =>
        {
            evidence.ToTable("SupplierReturnEvidence");
            evidence.WithOwner().HasForeignKey("SupplierReturnId");
            evidence.MapUploadedFile();
        });
        builder.Navigation(r => r.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

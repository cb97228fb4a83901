using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.DecisionNotes;

namespace Portal.Data.Configurations;

public sealed class CommissionConfiguration : IEntityTypeConfiguration<Commission>
{
    public void Configure(EntityTypeBuilder<Commission> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.State);
        builder.HasIndex(c => c.OwnerId);
        builder.HasIndex(c => c.LastChangedAt);
        builder.HasIndex(c => c.NextTimedMoveAt);
        builder.HasIndex(c => c.TenderDeadline);
        builder.HasIndex(c => c.ClarificationDeadline);
        builder.HasIndex(c => c.StandstillEndsAt);
        builder.Property(c => c.Title).HasMaxLength(Commission.TitleMaxLength).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(Commission.TextMaxLength);
        builder.Property(c => c.Recommendation).HasMaxLength(Commission.TextMaxLength);
        builder.Property(c => c.OwnerId).HasMaxLength(450);
        builder.Property(c => c.OwnerName).HasMaxLength(200);
        builder.Property(c => c.DecisionRationale).HasMaxLength(Commission.ReasonMaxLength);
        builder.Property(c => c.EndReason).HasMaxLength(Commission.ReasonMaxLength * 2);
        builder.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(c => c.Reference);
        builder.Ignore(c => c.Details);
        builder.Ignore(c => c.IsTerminal);
        builder.Ignore(c => c.PendingChanges);
        builder.Ignore(c => c.DecisionNote);
        builder.Ignore(c => c.CurrentNoteVersion);
        builder.Ignore(c => c.NeedsDecisionNumber);
        builder.Property(c => c.DecisionNumber).HasMaxLength(40);
        builder.HasIndex(c => c.DecisionNumber).IsUnique();

        builder.OwnsMany(c => c.NoteVersions, version =>
        {
            version.ToTable("DecisionNoteVersions");
            version.WithOwner().HasForeignKey("CommissionId");
            version.Property<int>("Id");
            version.HasKey("Id");
            version.HasIndex("CommissionId", nameof(DecisionNoteVersion.Number)).IsUnique();
            version.Property(v => v.ContentHash).HasMaxLength(64).IsFixedLength();
            version.Property(v => v.SavedById).HasMaxLength(450);
            version.Property(v => v.SavedByName).HasMaxLength(200);
            version.Ignore(v => v.Content);
        });
        builder.Navigation(c => c.NoteVersions).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.SignOffs, signOff =>
        {
            signOff.ToTable("SignOffs");
            signOff.WithOwner().HasForeignKey("CommissionId");
            signOff.Property<int>("Id");
            signOff.HasKey("Id");
            signOff.Property(s => s.SignerName).HasMaxLength(200);
            signOff.Property(s => s.Comment).HasMaxLength(Commission.ReasonMaxLength);
            signOff.Property(s => s.ContentHash).HasMaxLength(64);
        });
        builder.Navigation(c => c.SignOffs).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.OpeningConfirmations, confirmation =>
        {
            confirmation.ToTable("OpeningConfirmations");
            confirmation.WithOwner().HasForeignKey("CommissionId");
            confirmation.Property<int>("Id");
            confirmation.HasKey("Id");
            confirmation.Property(s => s.OfficerName).HasMaxLength(200);
        });
        builder.Navigation(c => c.OpeningConfirmations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Award;
using Portal.Domain.Commissions;
using Portal.Domain.Tendering;

namespace Portal.Data.Configurations;

public sealed class IntentionToAwardConfiguration : IEntityTypeConfiguration<IntentionToAward>
{
    public void Configure(EntityTypeBuilder<IntentionToAward> builder)
    {
        builder.ToTable("IntentionsToAward");
        builder.HasOne<Commission>().WithMany().HasForeignKey(i => i.CommissionId);
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(i => i.InvitationToTenderId).OnDelete(DeleteBehavior.Restrict);
        // One intention per commission: a second issue fails here even if two pages race past the state check.
        builder.HasIndex(i => i.CommissionId).IsUnique();
        builder.HasIndex(i => i.InvitationToTenderId);
        builder.Property(i => i.WinningSupplierName).HasMaxLength(200);
        builder.Property(i => i.IssuedByUserId).HasMaxLength(450);
        builder.Property(i => i.IssuedByName).HasMaxLength(200);
        builder.Property(i => i.StandstillRule).HasMaxLength(1000);
        builder.Property(i => i.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(i => i.OpenChallenge);
        builder.Ignore(i => i.LettersSentAt);

        builder.OwnsMany(i => i.Letters, letter =>
        {
            letter.ToTable("AwardLetters");
            letter.WithOwner().HasForeignKey("IntentionToAwardId");
            letter.HasKey(l => l.Id);
            letter.Property(l => l.Id).ValueGeneratedNever();
            letter.HasIndex("IntentionToAwardId", nameof(AwardLetter.SupplierId)).IsUnique();
            letter.HasIndex(l => l.SupplierId);
            letter.Property(l => l.SupplierName).HasMaxLength(200);
            letter.Ignore(l => l.Summary);
        });
        builder.Navigation(i => i.Letters).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(i => i.Challenges, challenge =>
        {
            challenge.ToTable("StandstillChallenges");
            challenge.WithOwner().HasForeignKey("IntentionToAwardId");
            // Set by the domain, so a challenge added to a stored intention is inserted, not taken for an existing row.
            challenge.HasKey(c => c.Id);
            challenge.Property(c => c.Id).ValueGeneratedNever();
            challenge.Property(c => c.ChallengerName).HasMaxLength(IntentionToAward.ChallengerMaxLength);
            challenge.Property(c => c.Grounds).HasMaxLength(IntentionToAward.GroundsMaxLength);
            challenge.Property(c => c.RecordedByName).HasMaxLength(200);
            challenge.Property(c => c.ResolutionReason).HasMaxLength(IntentionToAward.ReasonMaxLength);
            challenge.Property(c => c.ResolvedByName).HasMaxLength(200);
            challenge.Ignore(c => c.IsOpen);
        });
        builder.Navigation(i => i.Challenges).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

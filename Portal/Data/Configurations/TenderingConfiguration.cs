using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Components.Tendering;
using Portal.Domain.Clarifications;
using Portal.Domain.Commissions;
using Portal.Domain.Frameworks;
using Portal.Domain.Tendering;

namespace Portal.Data.Configurations;

public sealed class IttInvitationConfiguration : IEntityTypeConfiguration<IttInvitation>
{
    public void Configure(EntityTypeBuilder<IttInvitation> builder)
    {
        builder.ToTable("IttInvitations");
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(i => i.InvitationToTenderId);
        builder.HasOne<Commission>().WithMany().HasForeignKey(i => i.CommissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupplierOrganisation>().WithMany().HasForeignKey(i => i.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.InvitationToTenderId, i.SupplierId }).IsUnique();
        builder.HasIndex(i => i.SupplierId);
        builder.Property(i => i.SupplierName).HasMaxLength(200);
        builder.Property(i => i.DeclinedByName).HasMaxLength(200);
        builder.Property(i => i.DeclineReason).HasMaxLength(IttInvitation.DeclineReasonMaxLength);
        builder.Ignore(i => i.HasDeclined);
    }
}

public sealed class IttAddendumConfiguration : IEntityTypeConfiguration<IttAddendum>
{
    public void Configure(EntityTypeBuilder<IttAddendum> builder)
    {
        builder.ToTable("IttAddenda");
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(a => a.InvitationToTenderId);
        builder.HasIndex(a => new { a.InvitationToTenderId, a.Number }).IsUnique();
        builder.Property(a => a.Explanation).HasMaxLength(IttAddendum.ExplanationMaxLength);
        builder.Property(a => a.PublishedByUserId).HasMaxLength(450);
        builder.Property(a => a.PublishedByName).HasMaxLength(200);
        builder.Ignore(a => a.ChangeLines);
        builder.HasMany(a => a.Acknowledgements).WithOne().HasForeignKey(k => k.AddendumId);
        builder.Navigation(a => a.Acknowledgements).HasField("_acknowledgements").AutoInclude();
    }
}

public sealed class AddendumAcknowledgementConfiguration : IEntityTypeConfiguration<AddendumAcknowledgement>
{
    public void Configure(EntityTypeBuilder<AddendumAcknowledgement> builder)
    {
        builder.ToTable("AddendumAcknowledgements");
        builder.HasIndex(a => new { a.AddendumId, a.SupplierId }).IsUnique();
        builder.HasOne<SupplierOrganisation>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.AcknowledgedByUserId).HasMaxLength(450);
        builder.Property(a => a.AcknowledgedByName).HasMaxLength(200);
    }
}

public sealed class ClarificationQuestionConfiguration : IEntityTypeConfiguration<ClarificationQuestion>
{
    public void Configure(EntityTypeBuilder<ClarificationQuestion> builder)
    {
        builder.ToTable("ClarificationQuestions");
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(q => q.InvitationToTenderId);
        builder.HasOne<SupplierOrganisation>().WithMany().HasForeignKey(q => q.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.InvitationToTenderId, q.Number }).IsUnique();
        builder.HasIndex(q => q.CommissionId);
        builder.Property(q => q.Question).HasMaxLength(ClarificationQuestion.TextMaxLength);
        builder.Property(q => q.PublishedQuestion).HasMaxLength(ClarificationQuestion.TextMaxLength);
        builder.Property(q => q.Answer).HasMaxLength(ClarificationQuestion.TextMaxLength);
        builder.Property(q => q.AskerOnlyJustification).HasMaxLength(ClarificationQuestion.TextMaxLength);
        builder.Property(q => q.AskedByUserId).HasMaxLength(450);
        builder.Property(q => q.AskedByName).HasMaxLength(200);
        builder.Property(q => q.AnsweredByUserId).HasMaxLength(450);
        builder.Property(q => q.AnsweredByName).HasMaxLength(200);
    }
}

public sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> builder)
    {
        builder.ToTable("DeadlineReminders");
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(r => r.InvitationToTenderId);
        builder.HasIndex(r => new { r.InvitationToTenderId, r.Phase, r.Deadline, r.HoursBefore }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Commissions;
using Portal.Domain.Contracts;
using Portal.Domain.Meetings;

namespace Portal.Data.Configurations;

public sealed class ContractMeetingsConfiguration : IEntityTypeConfiguration<ContractMeetings>
{
    public void Configure(EntityTypeBuilder<ContractMeetings> builder)
    {
        builder.ToTable("ContractMeetings");
        builder.HasOne<Commission>().WithMany().HasForeignKey(m => m.CommissionId);
        builder.HasOne<Contract>().WithMany().HasForeignKey(m => m.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.CommissionId).IsUnique();
        builder.HasIndex(m => m.ContractId).IsUnique();
        builder.HasIndex(m => m.SupplierId);
        builder.Property(m => m.SupplierName).HasMaxLength(200);
        builder.Property(m => m.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(m => m.InDateOrder);

        builder.OwnsMany(m => m.Meetings, meeting =>
        {
            meeting.ToTable("Meetings");
            meeting.WithOwner().HasForeignKey("ContractMeetingsId");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Place).HasMaxLength(Meeting.PlaceMaxLength);
            meeting.Property(m => m.Attendees).HasMaxLength(Meeting.AttendeesMaxLength);
            meeting.Property(m => m.ScheduledByName).HasMaxLength(200);
            meeting.Property(m => m.CancelledByName).HasMaxLength(200);
            meeting.Property(m => m.CancellationReason).HasMaxLength(MeetingAction.NoteMaxLength);
            meeting.Ignore(m => m.Period);
            meeting.Ignore(m => m.CurrentMinutes);
            meeting.Ignore(m => m.IsCancelled);
            meeting.Ignore(m => m.Title);
            meeting.OwnsMany(m => m.AgendaItems, item =>
            {
                item.ToTable("MeetingAgendaItems");
                item.WithOwner().HasForeignKey("MeetingId");
                item.HasKey(i => i.Id);
                item.Property(i => i.Id).ValueGeneratedNever();
                item.Property(i => i.Text).HasMaxLength(Meeting.AgendaItemMaxLength);
                item.Property(i => i.AddedByName).HasMaxLength(200);
            });
            meeting.Navigation(m => m.AgendaItems).UsePropertyAccessMode(PropertyAccessMode.Field);
            meeting.OwnsMany(m => m.Minutes, minutes =>
            {
                minutes.ToTable("MeetingMinutes");
                minutes.WithOwner().HasForeignKey("MeetingId");
                minutes.HasKey(v => v.Id);
                minutes.Property(v => v.Id).ValueGeneratedNever();
                minutes.Property(v => v.Text).HasMaxLength(Meeting.MinutesMaxLength);
                minutes.Property(v => v.Reason).HasMaxLength(MeetingAction.NoteMaxLength);
                minutes.Property(v => v.RecordedById).HasMaxLength(450);
                minutes.Property(v => v.RecordedByName).HasMaxLength(200);
            });
            meeting.Navigation(m => m.Minutes).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(m => m.Meetings).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Actions, action =>
        {
            action.ToTable("MeetingActions");
            action.WithOwner().HasForeignKey("ContractMeetingsId");
            action.HasKey(a => a.Id);
            action.Property(a => a.Id).ValueGeneratedNever();
            action.Property(a => a.Description).HasMaxLength(MeetingAction.DescriptionMaxLength);
            action.Property(a => a.OwnerUserId).HasMaxLength(450);
            action.Property(a => a.OwnerName).HasMaxLength(200);
            action.Property(a => a.ProgressNote).HasMaxLength(MeetingAction.NoteMaxLength);
            action.Property(a => a.ProgressByName).HasMaxLength(200);
            action.Property(a => a.ClosingNote).HasMaxLength(MeetingAction.NoteMaxLength);
            action.Property(a => a.ClosedByName).HasMaxLength(200);
            action.Property(a => a.RaisedByName).HasMaxLength(200);
            action.HasIndex(a => a.OwnerUserId);
            action.Ignore(a => a.Reference);
            action.Ignore(a => a.IsClosed);
        });
        builder.Navigation(m => m.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Risks, risk =>
        {
            risk.ToTable("ContractRisks");
            risk.WithOwner().HasForeignKey("ContractMeetingsId");
            risk.HasKey(r => r.Id);
            risk.Property(r => r.Id).ValueGeneratedNever();
            risk.Property(r => r.Description).HasMaxLength(ContractRisk.TextMaxLength);
            risk.Property(r => r.Mitigation).HasMaxLength(ContractRisk.TextMaxLength);
            risk.Property(r => r.Owner).HasMaxLength(200);
            risk.Property(r => r.RaisedByName).HasMaxLength(200);
            risk.Ignore(r => r.Reference);
            risk.Ignore(r => r.Score);
            risk.Ignore(r => r.Level);
        });
        builder.Navigation(m => m.Risks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

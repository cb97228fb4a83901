using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Contracts;

namespace Portal.Data.Configurations;

/// <summary>What managing a contract records beside its award: options decided, proposals, history, reminders sent, co-commissioning.</summary>
internal static class ContractManagementConfiguration
{
    private const int NameLength = 200;
    private const int UserIdLength = 450;

    public static void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.OwnsMany(c => c.OptionRecords, option =>
        {
            option.ToTable("ContractExtensionOptions");
            option.WithOwner().HasForeignKey("ContractId");
            option.HasKey("ContractId", nameof(ExtensionOptionRecord.Number));
            option.Property(o => o.Number).ValueGeneratedNever();
            option.Property(o => o.DecideByReason).HasMaxLength(Contract.ReasonMaxLength);
            option.Property(o => o.DecidedById).HasMaxLength(UserIdLength);
            option.Property(o => o.DecidedByName).HasMaxLength(NameLength);
            option.Property(o => o.Reason).HasMaxLength(Contract.ReasonMaxLength);
        });
        builder.OwnsMany(c => c.Proposals, proposal =>
        {
            proposal.ToTable("ContractProposals");
            proposal.WithOwner().HasForeignKey("ContractId");
            proposal.HasKey(p => p.Id);
            proposal.Property(p => p.Id).ValueGeneratedNever();
            proposal.Property(p => p.Reason).HasMaxLength(Contract.ReasonMaxLength);
            proposal.Property(p => p.DecisionNote).HasMaxLength(Contract.ReasonMaxLength);
            proposal.Property(p => p.ProposedById).HasMaxLength(UserIdLength);
            proposal.Property(p => p.ProposedByName).HasMaxLength(NameLength);
            proposal.Property(p => p.ApproverId).HasMaxLength(UserIdLength);
            proposal.Property(p => p.ApproverName).HasMaxLength(NameLength);
            proposal.HasIndex(p => p.ApproverId);
            proposal.Ignore(p => p.IsPending);
        });
        builder.OwnsMany(c => c.History, entry =>
        {
            entry.ToTable("ContractHistory");
            entry.WithOwner().HasForeignKey("ContractId");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Action).HasMaxLength(60);
            entry.Property(e => e.ActorId).HasMaxLength(UserIdLength);
            entry.Property(e => e.ActorName).HasMaxLength(NameLength);
            entry.Property(e => e.What).HasMaxLength(1000);
            entry.Property(e => e.Reason).HasMaxLength(Contract.ReasonMaxLength);
        });
        builder.OwnsMany(c => c.Reminders, reminder =>
        {
            reminder.ToTable("ContractReminders");
            reminder.WithOwner().HasForeignKey("ContractId");
            // Once per option and decide-by date: a second sending fails here even if two schedulers raced.
            reminder.HasKey("ContractId", nameof(ExtensionReminder.OptionNumber), nameof(ExtensionReminder.DecideBy));
            reminder.Property(r => r.RecipientId).HasMaxLength(UserIdLength);
        });
        builder.OwnsMany(c => c.Partners, partner =>
        {
            partner.ToTable("CoCommissioningPartners");
            partner.WithOwner().HasForeignKey("ContractId");
            partner.HasKey(p => p.Id);
            partner.Property(p => p.Id).ValueGeneratedNever();
            partner.Property(p => p.Name).HasMaxLength(CoCommissioningPartner.NameMaxLength);
            partner.Property(p => p.Contact).HasMaxLength(CoCommissioningPartner.NameMaxLength);
        });
        builder.OwnsMany(c => c.Contributions, contribution =>
        {
            contribution.ToTable("CoCommissioningContributions");
            contribution.WithOwner().HasForeignKey("ContractId");
            contribution.HasKey("ContractId", nameof(FundingContribution.PartnerId), nameof(FundingContribution.Period));
        });
        foreach (var navigation in new[] { nameof(Contract.OptionRecords), nameof(Contract.Proposals), nameof(Contract.History),
                     nameof(Contract.Reminders), nameof(Contract.Partners), nameof(Contract.Contributions) })
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

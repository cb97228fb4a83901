using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Contracts;

/// <summary>The commission's owner, who manages its contract.</summary>
public sealed record ContractOwner(string UserId, string Name);

/// <summary>A user in the Approver role, named by the owner to approve a proposal.</summary>
public sealed record NamedApprover(string UserId, string Name);

/// <summary>What an approval asks of the commission's state machine, in the same transaction as the contract's change.</summary>
public enum CommissionMove { None, TakeExtension, CloseContract }

public sealed partial class Contract
{
    public const int ReasonMaxLength = 2000;
    public const int MaxReminderLeadMonths = 24;

    private readonly List<ExtensionOptionRecord> _optionRecords = [];
    private readonly List<ContractProposal> _proposals = [];
    private readonly List<ContractHistoryEntry> _history = [];
    private readonly List<ExtensionReminder> _reminders = [];
    private readonly List<CoCommissioningPartner> _partners = [];
    private readonly List<FundingContribution> _contributions = [];

    /// <summary>App-managed concurrency token: a new value on every change, checked on every save.</summary>
    public Guid ConcurrencyToken { get; private set; }

    /// <summary>The current term's last day once an extension or an early end has moved it from the initial term's.</summary>
    public DateOnly? RevisedEndsOn { get; private set; }

    public DateOnly CurrentEndsOn => RevisedEndsOn ?? EndsOn;

    /// <summary>How many months ahead of a decide-by date the owner is reminded, where this contract differs from the portal's default.</summary>
    public int? ReminderLeadMonths { get; private set; }

    public EarlyEndReason? EarlyEndReason { get; private set; }
    public DateOnly? EndedEarlyOn { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<ExtensionOptionRecord> OptionRecords => _optionRecords.AsReadOnly();
    public IReadOnlyList<ContractProposal> Proposals => _proposals.AsReadOnly();
    public IReadOnlyList<ContractHistoryEntry> History => _history.AsReadOnly();
    public IReadOnlyList<ExtensionReminder> Reminders => _reminders.AsReadOnly();
    public IReadOnlyList<CoCommissioningPartner> Partners => _partners.AsReadOnly();
    public IReadOnlyList<FundingContribution> Contributions => _contributions.AsReadOnly();

    public int ExtensionsTaken => _optionRecords.Count(r => r.Outcome == ExtensionOptionOutcome.Taken);
    public bool IsClosed => ClosedAt is not null;
    public ContractProposal? PendingProposal => _proposals.FirstOrDefault(p => p.IsPending);

    /// <summary>0 in the initial term, n in the term extension option n added.</summary>
    public int CurrentTermIndex => ExtensionsTaken;

    public DateOnly CurrentTermStarts => ExtensionsTaken == 0 ? CallOffEffectiveDate : TermEndingBefore(ExtensionsTaken).AddDays(1);

    /// <summary>Every extension option as it stands on <paramref name="today"/>.</summary>
    public IReadOnlyList<ExtensionOption> ExtensionOptions(DateOnly today, int defaultNoticeMonths, int defaultLeadMonths)
    {
        var options = new List<ExtensionOption>();
        var stillPossible = !IsClosed && EndedEarlyOn is null;
        for (var number = 1; number <= ExtensionOptionCount; number++)
        {
            var record = RecordOf(number);
            var extends = TermEndingBefore(number);
            var decideBy = record?.DecideByOverride ?? ContractDates.DecideBy(extends, defaultNoticeMonths);
            var state = record?.Outcome switch
            {
                ExtensionOptionOutcome.Taken => ExtensionOptionState.Taken,
                ExtensionOptionOutcome.Declined => ExtensionOptionState.Declined,
                _ => stillPossible && today <= extends ? ExtensionOptionState.Open : ExtensionOptionState.Lapsed,
            };
            if (state is ExtensionOptionState.Declined or ExtensionOptionState.Lapsed) stillPossible = false;
            options.Add(new ExtensionOption(number, ExtensionOptionMonths, extends, record?.NewEndsOn ?? ContractDates.Extend(extends, ExtensionOptionMonths),
                decideBy, record?.DecideByOverride is not null, record?.DecideByReason,
                ContractDates.ReminderOn(decideBy, ReminderLeadMonths ?? defaultLeadMonths), state, record?.DecidedByName, record?.DecidedAt, record?.Reason));
        }
        return options;
    }

    /// <summary>The next option to decide on: open, with every earlier one taken.</summary>
    public ExtensionOption? NextOption(DateOnly today, int defaultNoticeMonths, int defaultLeadMonths) =>
        ExtensionOptions(today, defaultNoticeMonths, defaultLeadMonths).FirstOrDefault(o => o.State == ExtensionOptionState.Open);

    /// <summary>The owner asks the named approver to take the next extension option.</summary>
    public ContractProposal ProposeExtension(ContractOwner owner, NamedApprover approver, string reason, Actor actor, DateTimeOffset at)
    {
        RequireOwner(owner, actor, "propose an extension");
        RequireOpenForDecisions();
        var option = RequireNextOption(UkTime.DateOf(at));
        RequireNoPendingProposal();
        reason = RequireReason(reason, "Say why the contract should be extended.");
        var proposal = new ContractProposal(ProposalKind.TakeExtension, option.Number, ContractDates.Extend(CurrentEndsOn, ExtensionOptionMonths), null,
            reason, actor.UserId, actor.DisplayName, approver.UserId, approver.Name, at);
        _proposals.Add(proposal);
        Record("ContractExtensionProposed", actor, at,
            $"Extension option {option.Number} proposed, to end on {UkTime.LongDate(proposal.NewEndsOn)}; awaiting approval by {approver.Name}", reason);
        return proposal;
    }

    /// <summary>The owner asks the named approver to end the contract early, with <paramref name="lastDay"/> its last day of service.</summary>
    public ContractProposal ProposeEarlyEnd(ContractOwner owner, NamedApprover approver, EarlyEndReason code, string reason, DateOnly lastDay,
        Actor actor, DateTimeOffset at)
    {
        RequireOwner(owner, actor, "propose ending the contract early");
        RequireOpenForDecisions();
        RequireNoPendingProposal();
        if (!Enum.IsDefined(code)) throw new DomainRuleException("Choose why the contract is to end early.");
        reason = RequireReason(reason, "Explain why the contract is to end early.");
        if (lastDay >= CurrentEndsOn)
            throw new DomainRuleException($"The contract already ends on {UkTime.LongDate(CurrentEndsOn)}: an early end must come before that.");
        if (lastDay < CallOffEffectiveDate)
            throw new DomainRuleException($"The last day cannot be before the call-off's effective date, {UkTime.LongDate(CallOffEffectiveDate)}.");
        var proposal = new ContractProposal(ProposalKind.EndEarly, null, lastDay, code, reason, actor.UserId, actor.DisplayName,
            approver.UserId, approver.Name, at);
        _proposals.Add(proposal);
        Record("ContractEarlyEndProposed", actor, at,
            $"Ending the contract early proposed, its last day {UkTime.LongDate(lastDay)} ({code.Describe()}); awaiting approval by {approver.Name}", reason);
        return proposal;
    }

    /// <summary>
    /// The named approver approves the pending proposal. An extension records the new end date and who approved it; an early end
    /// moves the end date to the last day. Returns the move the commission must make in the same transaction.
    /// </summary>
    public CommissionMove Approve(Guid proposalId, string note, Actor actor, DateTimeOffset at)
    {
        var proposal = RequirePendingFor(proposalId, actor, "approve");
        RequireOpenForDecisions();
        note = note.Trim();
        RequireLength(note);
        var today = UkTime.DateOf(at);
        if (proposal.Kind == ProposalKind.TakeExtension)
        {
            var option = RequireNextOption(today);
            if (option.Number != proposal.OptionNumber)
                throw new DomainRuleException($"Extension option {proposal.OptionNumber} is no longer the next to decide: reject this proposal.");
            var newEndsOn = ContractDates.Extend(CurrentEndsOn, ExtensionOptionMonths);
            RecordFor(option.Number).Decide(ExtensionOptionOutcome.Taken, newEndsOn, actor.UserId, actor.DisplayName, at, proposal.Reason);
            RevisedEndsOn = newEndsOn;
            proposal.Close(ProposalStatus.Approved, at, NullIfEmpty(note));
            Record("ContractExtensionApproved", actor, at,
                $"Extension option {option.Number} of {ExtensionOptionCount} taken: the contract now ends on {UkTime.LongDate(newEndsOn)} " +
                $"(proposed by {proposal.ProposedByName})", NullIfEmpty(note) ?? proposal.Reason);
            return CommissionMove.TakeExtension;
        }
        if (proposal.NewEndsOn >= CurrentEndsOn)
            throw new DomainRuleException($"The contract already ends on {UkTime.LongDate(CurrentEndsOn)}: reject this proposal.");
        RevisedEndsOn = proposal.NewEndsOn;
        EndedEarlyOn = proposal.NewEndsOn;
        EarlyEndReason = proposal.EarlyEndReason;
        proposal.Close(ProposalStatus.Approved, at, NullIfEmpty(note));
        Record("ContractEarlyEndApproved", actor, at,
            $"Early end approved: the contract's last day is {UkTime.LongDate(proposal.NewEndsOn)} ({proposal.EarlyEndReason!.Value.Describe()}; " +
            $"proposed by {proposal.ProposedByName})", NullIfEmpty(note) ?? proposal.Reason);
        // A last day still to come is closed by the owner once it has passed; one that is today or already past closes now.
        if (proposal.NewEndsOn > today) return CommissionMove.None;
        MarkClosed(at);
        return CommissionMove.CloseContract;
    }

    /// <summary>The named approver turns the proposal down; nothing in the contract changes.</summary>
    public void Reject(Guid proposalId, string reason, Actor actor, DateTimeOffset at)
    {
        var proposal = RequirePendingFor(proposalId, actor, "reject");
        reason = RequireReason(reason, "Say why you are rejecting the proposal.");
        proposal.Close(ProposalStatus.Rejected, at, reason);
        Record("ContractProposalRejected", actor, at, $"Proposal to {proposal.Describe()} rejected", reason);
    }

    /// <summary>The owner takes back a proposal the approver has not decided yet.</summary>
    public void Withdraw(ContractOwner owner, Guid proposalId, Actor actor, DateTimeOffset at)
    {
        RequireOwner(owner, actor, "withdraw a proposal");
        var proposal = _proposals.FirstOrDefault(p => p.Id == proposalId && p.IsPending)
            ?? throw new DomainRuleException("That proposal has already been decided or withdrawn.");
        proposal.Close(ProposalStatus.Withdrawn, at, null);
        Record("ContractProposalWithdrawn", actor, at, $"Proposal to {proposal.Describe()} withdrawn", null);
    }

    /// <summary>The owner decides not to take the next option, which lets it lapse, and every later one with it.</summary>
    public void DeclineOption(ContractOwner owner, int optionNumber, string reason, Actor actor, DateTimeOffset at)
    {
        RequireOwner(owner, actor, "decline an extension option");
        RequireOpenForDecisions();
        RequireNoPendingProposal();
        reason = RequireReason(reason, "Say why the option is not being taken.");
        var option = RequireNextOption(UkTime.DateOf(at));
        if (option.Number != optionNumber) throw new DomainRuleException($"Extension option {option.Number} is the next to decide.");
        RecordFor(optionNumber).Decide(ExtensionOptionOutcome.Declined, null, actor.UserId, actor.DisplayName, at, reason);
        Record("ContractExtensionDeclined", actor, at,
            $"Extension option {optionNumber} declined: the contract ends on {UkTime.LongDate(CurrentEndsOn)}", reason);
    }

    /// <summary>The owner moves an open option's decide-by date, no later than the end of the term it would extend.</summary>
    public void MoveDecideBy(ContractOwner owner, int optionNumber, DateOnly decideBy, string reason, Actor actor, DateTimeOffset at,
        int defaultNoticeMonths, int defaultLeadMonths)
    {
        RequireOwner(owner, actor, "change a decide-by date");
        reason = RequireReason(reason, "Say why the decide-by date is changing.");
        var option = ExtensionOptions(UkTime.DateOf(at), defaultNoticeMonths, defaultLeadMonths).FirstOrDefault(o => o.Number == optionNumber)
            ?? throw new DomainRuleException("The contract has no such extension option.");
        if (option.State != ExtensionOptionState.Open)
            throw new DomainRuleException($"Extension option {optionNumber} has been decided or has lapsed: its decide-by date no longer matters.");
        if (decideBy > option.ExtendsTermEndingOn)
            throw new DomainRuleException($"Decide before the term it would extend ends, on {UkTime.LongDate(option.ExtendsTermEndingOn)}.");
        RecordFor(optionNumber).MoveDecideBy(decideBy, reason);
        Record("ContractDecideByChanged", actor, at,
            $"Extension option {optionNumber} to be decided by {UkTime.LongDate(decideBy)} (was {UkTime.LongDate(option.DecideBy)})", reason);
    }

    /// <summary>The owner sets how far ahead of each decide-by date they are reminded; null returns to the portal's default.</summary>
    public void SetReminderLead(ContractOwner owner, int? months, Actor actor, DateTimeOffset at)
    {
        RequireOwner(owner, actor, "change the reminders");
        if (months is < 1 or > MaxReminderLeadMonths)
            throw new DomainRuleException($"Remind between 1 and {MaxReminderLeadMonths} months ahead.");
        if (months == ReminderLeadMonths) return;
        ReminderLeadMonths = months;
        Record("ContractReminderLeadChanged", actor, at,
            months is { } m ? $"Reminders {ContractDates.Months(m)} before each decide-by date" : "Reminders at the portal's default lead time", null);
    }

    /// <summary>Options whose reminder day has come and that no reminder has been sent for, on their current decide-by date.</summary>
    public IReadOnlyList<ExtensionOption> DueReminders(DateOnly today, int defaultNoticeMonths, int defaultLeadMonths) =>
        ExtensionOptions(today, defaultNoticeMonths, defaultLeadMonths)
            .Where(o => o.State == ExtensionOptionState.Open && o.ReminderOn <= today
                && !_reminders.Any(r => r.OptionNumber == o.Number && r.DecideBy == o.DecideBy))
            .ToList();

    public void RecordReminderSent(ExtensionOption option, string recipientId, DateTimeOffset at)
    {
        if (_reminders.Any(r => r.OptionNumber == option.Number && r.DecideBy == option.DecideBy))
            throw new DomainRuleException($"A reminder for extension option {option.Number} has already been sent.");
        _reminders.Add(new ExtensionReminder(option.Number, option.DecideBy, recipientId, at));
        Touch();
    }

    /// <summary>The owner closes the contract once its last day has passed; the commission closes with it.</summary>
    public void Close(ContractOwner owner, string reason, Actor actor, DateTimeOffset at)
    {
        RequireOwner(owner, actor, "close the contract");
        if (IsClosed) throw new DomainRuleException("The contract is already closed.");
        reason = RequireReason(reason, "Say why the contract is being closed.");
        if (UkTime.DateOf(at) <= CurrentEndsOn)
            throw new DomainRuleException($"The contract runs until {UkTime.LongDate(CurrentEndsOn)}: close it once that day has passed, " +
                "or propose ending it early.");
        if (PendingProposal is { } pending) pending.Close(ProposalStatus.Withdrawn, at, "Withdrawn when the contract was closed.");
        MarkClosed(at);
        Record("ContractClosed", actor, at, $"Contract closed: its term ended on {UkTime.LongDate(CurrentEndsOn)}", reason);
    }

    public CoCommissioningPartner AddPartner(ContractOwner owner, string name, string? contact, Actor actor, DateTimeOffset at)
    {
        RequireOwner(owner, actor, "record a co-commissioning partner");
        name = name.Trim();
        contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim();
        if (name.Length == 0) throw new DomainRuleException("Give the partner organisation's name.");
        if (name.Length > CoCommissioningPartner.NameMaxLength || contact?.Length > CoCommissioningPartner.NameMaxLength)
            throw new DomainRuleException($"Keep the name and contact to {CoCommissioningPartner.NameMaxLength} characters.");
        if (_partners.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new DomainRuleException($"{name} is already a partner on this contract.");
        var partner = new CoCommissioningPartner(name, contact);
        _partners.Add(partner);
        Record("CoCommissioningPartnerAdded", actor, at,
            $"{name} recorded as a co-commissioning partner{(contact is null ? "" : $" (contact: {contact})")}", null);
        return partner;
    }

    /// <summary>Records what a partner pays towards a period; the partners together cannot pay more than the period is worth.</summary>
    public void SetContribution(ContractOwner owner, Guid partnerId, int period, Money amount, Actor actor, DateTimeOffset at)
    {
        RequireOwner(owner, actor, "record a partner's funding");
        var partner = _partners.FirstOrDefault(p => p.Id == partnerId) ?? throw new DomainRuleException("That partner is not on this contract.");
        if (period < 0 || period > ExtensionOptionCount) throw new DomainRuleException("The contract has no such funding period.");
        if (amount.Pence < 0) throw new DomainRuleException("A contribution cannot be negative.");
        var value = PeriodValue(period);
        var others = _contributions.Where(c => c.Period == period && c.PartnerId != partnerId).Sum(c => c.Amount.Pence);
        if (others + amount.Pence > value.Pence)
            throw new DomainRuleException($"Partners' contributions to {FundingPeriod.Describe(period)} would total " +
                $"{new Money(others + amount.Pence)}, more than the period's value of {value}.");
        var existing = _contributions.FirstOrDefault(c => c.Period == period && c.PartnerId == partnerId);
        if (existing is null && amount.Pence == 0) return;
        if (existing is null) _contributions.Add(new FundingContribution(partnerId, period, amount));
        else if (amount.Pence == 0) _contributions.Remove(existing);
        else existing.Change(amount);
        Record("CoCommissioningFundingSet", actor, at,
            $"{partner.Name} funds {amount} of {FundingPeriod.Describe(period)} ({FundingPeriod.PercentOf(amount, value)}% of {value})", null);
    }

    /// <summary>The initial term and each extension option, with the partners' shares and the office's own remainder.</summary>
    public IReadOnlyList<FundingPeriod> FundingPeriods(string commissionerName)
    {
        var periods = new List<FundingPeriod>();
        for (var index = 0; index <= ExtensionOptionCount; index++)
        {
            var value = PeriodValue(index);
            var ends = index == 0 ? EndsOn : RecordOf(index)?.NewEndsOn ?? ContractDates.Extend(TermEndingBefore(index), ExtensionOptionMonths);
            var starts = index == 0 ? CallOffEffectiveDate : TermEndingBefore(index).AddDays(1);
            var shares = _contributions.Where(c => c.Period == index)
                .Select(c => new FundingShare(_partners.Single(p => p.Id == c.PartnerId).Name, c.Amount, FundingPeriod.PercentOf(c.Amount, value), false))
                .OrderBy(s => s.Funder).ToList();
            var remainder = new Money(value.Pence - shares.Sum(s => s.Amount.Pence));
            shares.Insert(0, new FundingShare(commissionerName, remainder, FundingPeriod.PercentOf(remainder, value), true));
            periods.Add(new FundingPeriod(index, FundingPeriod.NameOf(index), starts, ends, value, shares));
        }
        return periods;
    }

    /// <summary>The initial term's value, or an extension's at the annual value (to the penny, rounded down).</summary>
    public Money PeriodValue(int period) => period == 0 ? Value : new Money(AnnualValue.Pence * ExtensionOptionMonths / 12);

    /// <summary>The last day of the term option <paramref name="number"/> would extend.</summary>
    private DateOnly TermEndingBefore(int number)
    {
        var end = EndsOn;
        for (var earlier = 1; earlier < number; earlier++)
            end = RecordOf(earlier)?.NewEndsOn ?? ContractDates.Extend(end, ExtensionOptionMonths);
        return end;
    }

    private ExtensionOption RequireNextOption(DateOnly today)
    {
        if (ExtensionOptionCount == 0) throw new DomainRuleException("The contract has no extension options.");
        if (ExtensionsTaken >= ExtensionOptionCount) throw new DomainRuleException($"All {ExtensionOptionCount} extension options have been taken.");
        var options = ExtensionOptions(today, 0, 0);
        return options.FirstOrDefault(o => o.State == ExtensionOptionState.Open) ?? throw new DomainRuleException(
            options.FirstOrDefault(o => o.State == ExtensionOptionState.Declined) is { } declined
                ? $"Extension option {declined.Number} was declined, so no later option can be taken."
                : $"The contract's term ended on {UkTime.LongDate(CurrentEndsOn)}: its remaining extension options have lapsed.");
    }

    private ContractProposal RequirePendingFor(Guid proposalId, Actor actor, string verb)
    {
        var proposal = _proposals.FirstOrDefault(p => p.Id == proposalId && p.IsPending)
            ?? throw new DomainRuleException("That proposal has already been decided or withdrawn.");
        if (proposal.ApproverId != actor.UserId || !actor.IsInRole(Roles.Approver))
            throw new DomainRuleException($"Only {proposal.ApproverName}, the approver this proposal names, can {verb} it.");
        return proposal;
    }

    private void RequireOpenForDecisions()
    {
        if (IsClosed) throw new DomainRuleException("The contract is closed.");
        if (EndedEarlyOn is { } ended) throw new DomainRuleException($"The contract has been ended early, on {UkTime.LongDate(ended)}.");
    }

    private static void RequireOwner(ContractOwner owner, Actor actor, string what)
    {
        if (actor.UserId != owner.UserId || !actor.IsInRole(Roles.CommissioningOfficer))
            throw new DomainRuleException($"Only {owner.Name}, who owns this contract, can {what}.");
    }

    /// <summary>Only one proposal waits for approval at a time, so an approver never decides on a contract that has moved under it.</summary>
    private void RequireNoPendingProposal()
    {
        if (PendingProposal is { } pending)
            throw new DomainRuleException($"A proposal to {pending.Describe()} is waiting for {pending.ApproverName}: decide or withdraw it first.");
    }

    private static string RequireReason(string? reason, string missing)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0) throw new DomainRuleException(missing);
        RequireLength(trimmed);
        return trimmed;
    }

    private static void RequireLength(string text)
    {
        if (text.Length > ReasonMaxLength) throw new DomainRuleException($"Keep the reason to {ReasonMaxLength} characters.");
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private ExtensionOptionRecord? RecordOf(int number) => _optionRecords.FirstOrDefault(r => r.Number == number);

    private ExtensionOptionRecord RecordFor(int number)
    {
        if (RecordOf(number) is { } existing) return existing;
        var record = new ExtensionOptionRecord(number);
        _optionRecords.Add(record);
        return record;
    }

    private void MarkClosed(DateTimeOffset at) => ClosedAt = at;

    private void Record(string action, Actor actor, DateTimeOffset at, string what, string? reason)
    {
        _history.Add(new ContractHistoryEntry(action, actor.UserId, actor.DisplayName, at, what, reason));
        Touch();
    }

    private void Touch() => ConcurrencyToken = Guid.NewGuid();
}

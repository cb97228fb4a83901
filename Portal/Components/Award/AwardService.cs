using Microsoft.EntityFrameworkCore;
using Portal.Components.Notifications;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Award;
using Portal.Domain.Calendar;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Evaluations;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Award;

/// <summary>
/// The office's side of the award: the letters (the intention to award), the standstill and its challenges, and the award
/// confirmation that makes the contract. Any office user may read; only procurement officers act. Evaluation's results and
/// approved recommendation come from <see cref="IEvaluationOutcomeSource"/>; until the recommendation is approved, no letters
/// can be written.
/// </summary>
public sealed class AwardService(
    IDbContextFactory<PortalDbContext> contexts,
    AwardWriter writer,
    OfficeIdentity office,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<AwardService> logger,
    IEvaluationOutcomeSource outcomes)
{
    public const string NoOutcomeMessage =
        "The evaluation has no approved award recommendation yet: the letters are written from the moderated results once it is approved.";

    public async Task<OperationResult<IntentionToAwardView>> GetIntentionAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, $"the intention to award of commission {commissionId}") is { } refusal)
            return OperationResult<IntentionToAwardView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (commission, itt, intention) = await LoadAsync(db, commissionId, cancellationToken);
        if (commission is null || itt is null) return OperationResult<IntentionToAwardView>.From(OperationResult.NotFound());
        if (intention is not null)
        {
            return OperationResult<IntentionToAwardView>.Ok(new IntentionToAwardView(commissionId, commission.Reference, commission.Title,
                commission.State, commission.ConcurrencyToken, true, false, [], intention.WinningSupplierName, null, null,
                intention.StandstillEndsAt, intention.StandstillRule,
                intention.Letters.Select(l => new LetterView(l.Summary, l.SentAt)).OrderBy(l => OrderOf(l.Summary)).ToList()));
        }
        var outcome = await outcomes.GetAsync(commissionId, cancellationToken);
        var problems = IssueProblems(commission, outcome);
        var standstill = AwardStandstill.From(itt.Content, UkTime.DateOf(clock.GetUtcNow()));
        var letters = outcome?.Recommendation is { } recommendation && TryCompose(outcome.Results, recommendation, standstill, itt.Content.Regime, problems) is { } composed
            ? composed.Select(l => new LetterView(l, null)).ToList()
            : [];
        return OperationResult<IntentionToAwardView>.Ok(new IntentionToAwardView(commissionId, commission.Reference, commission.Title, commission.State,
            commission.ConcurrencyToken, false, actor.IsInRole(Roles.ProcurementOfficer) && problems.Count == 0, problems,
            outcome?.Recommendation?.SupplierName, outcome?.Recommendation?.Rationale,
            outcome?.Recommendation is { } approved ? $"{approved.ApprovedByName}, {UkTime.Format(approved.ApprovedAt)}" : null,
            standstill.EndsAt, standstill.Rule, letters));
    }

    /// <summary>
    /// Writes every bidder's assessment summary, sends each to that bidder's users in the portal and by email, computes the
    /// standstill by the ITT's rule from today, and moves the commission into standstill: all in one transaction.
    /// </summary>
    public async Task<OperationResult> IssueAsync(Guid commissionId, Guid expectedToken)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonProcurement(actor, "issue the intention to award", commissionId) is { } refusal) return refusal;
        // Read before the write transaction: the evaluation stage reads its own records in its own way.
        var outcome = await outcomes.GetAsync(commissionId);
        if (outcome?.Recommendation is not { } recommendation) return OperationResult.Refused(NoOutcomeMessage);
        return await writer.ChangeAsync(commissionId, expectedToken, actor, async work =>
        {
            if (work.Intention is not null) throw new DomainRuleException(AwardWriter.AlreadyIssuedMessage);
            var commission = work.Commission;
            RequireState(commission, "issue the intention to award", CommissionState.Evaluation);
            var standstill = AwardStandstill.From(work.Itt.Content, UkTime.DateOf(work.At));
            var letters = AssessmentSummaries.Compose(outcome.Results, recommendation, standstill, work.Itt.Content.Regime, office.Name);
            var intention = IntentionToAward.Issue(commissionId, work.Itt.Id, letters, standstill, actor, work.At);
            work.Db.IntentionsToAward.Add(intention);
            commission.SetStandstillEnd(actor, standstill.EndsAt, standstill.Rule, work.At);
            commission.RecordEvaluationProgress(actor, commission.AllCompliantTendersModerated, commission.AwardRecommendationApproved, true, work.At);
            commission.Fire(CommissionTrigger.IssueIntentionToAward, new TransitionRequest(actor, work.At,
                $"Assessment summaries sent to {letters.Count} bidder(s); standstill until {UkTime.Format(standstill.EndsAt)}"));
            foreach (var letter in intention.Letters)
            {
                work.Tell(await TenderRecipients.SuppliersAsync(work.Db, [letter.SupplierId]), new NotificationMessage(
                    $"Outcome of your tender: {commission.Title}",
                    AssessmentSummaryText.Render(letter.Summary, commission.Reference, commission.Title),
                    AwardPages.Outcome(work.Itt.Id)));
            }
            work.Record("AssessmentSummariesSent", $"Assessment summaries sent at {UkTime.Format(work.At)} to " +
                string.Join(", ", intention.Letters.Select(l => $"{l.SupplierName} ({Describe(l.Outcome)})")));
        });
    }

    public async Task<OperationResult<StandstillView>> GetStandstillAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, $"the standstill of commission {commissionId}") is { } refusal)
            return OperationResult<StandstillView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (commission, _, intention) = await LoadAsync(db, commissionId, cancellationToken);
        if (commission is null || intention is null) return OperationResult<StandstillView>.From(OperationResult.NotFound("intention to award"));
        var emails = await EmailsQueuedAsync(db, intention, cancellationToken);
        return OperationResult<StandstillView>.Ok(new StandstillView(commissionId, commission.Reference, commission.Title, commission.State,
            commission.ConcurrencyToken, intention.WinningSupplierName, intention.IssuedAt, intention.IssuedByName, intention.StandstillStartedAt,
            intention.StandstillEndsAt, intention.StandstillRule,
            intention.Letters.OrderBy(l => OrderOf(l.Summary)).Select(l => new SentLetterView(l.SupplierName, l.Outcome, l.SentAt,
                emails.GetValueOrDefault(l.SupplierId))).ToList(),
            intention.Challenges.OrderByDescending(c => c.RecordedAt).Select(c => new ChallengeView(c.ChallengerName, c.ReceivedAt, c.Grounds,
                c.RecordedByName, c.RecordedAt, c.Resolution, c.ResolutionReason, c.ResolvedByName, c.ResolvedAt)).ToList(),
            intention.Letters.OrderBy(l => l.SupplierName).Select(l => l.SupplierName).ToList(),
            actor.IsInRole(Roles.ProcurementOfficer), AwardBlockedReason(commission, intention, clock.GetUtcNow())));
    }

    /// <summary>Records a challenge received in standstill, which suspends the commission until it is resolved.</summary>
    public async Task<OperationResult> RecordChallengeAsync(Guid commissionId, Guid expectedToken, ChallengeInput input)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonProcurement(actor, "record a challenge", commissionId) is { } refusal) return refusal;
        return await writer.ChangeAsync(commissionId, expectedToken, actor, work =>
        {
            RequireState(work.Commission, "record a challenge", CommissionState.Standstill);
            var challenge = work.RequireIntention().RecordChallenge(input.ChallengerName, input.ReceivedAt, input.Grounds, actor, work.At);
            work.Commission.Fire(CommissionTrigger.ReceiveChallenge, new TransitionRequest(actor, work.At,
                $"Challenge from {challenge.ChallengerName}, received {UkTime.Format(challenge.ReceivedAt)}: {challenge.Grounds}"));
            return Task.CompletedTask;
        });
    }

    /// <summary>Resolves the open challenge by restarting the standstill: counted afresh by the same rule, or to an end the officer chose.</summary>
    public async Task<OperationResult> RestartStandstillAsync(Guid commissionId, Guid expectedToken, RestartInput input)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonProcurement(actor, "restart the standstill", commissionId) is { } refusal) return refusal;
        return await writer.ChangeAsync(commissionId, expectedToken, actor, async work =>
        {
            RequireState(work.Commission, "restart the standstill", CommissionState.Suspended);
            var intention = work.RequireIntention();
            var today = UkTime.DateOf(work.At);
            if (input.RestartOn < today) throw new DomainRuleException("The standstill cannot restart on a day that has passed.");
            var end = input.EndOn is { } chosen
                ? AwardStandstill.Chosen(chosen, actor.DisplayName)
                : AwardStandstill.Restarted(work.Itt.Content, input.RestartOn ?? today);
            intention.RestartStandstill(end, input.Reason, actor, work.At);
            work.Commission.Fire(CommissionTrigger.RestartStandstill, new TransitionRequest(actor, work.At, input.Reason.Trim(), NewDate: end.EndsAt));
            work.Record("StandstillRestarted", $"Standstill restarted, ending {UkTime.Format(end.EndsAt)}. {end.Rule}");
            await TellBiddersAsync(work, intention, $"Standstill restarted: {work.Commission.Title}",
                $"The challenge to the intended award of {work.Commission.Title} has been resolved, and the standstill period has restarted. " +
                $"It now ends at {UkTime.Format(end.EndsAt)} (UK time). {end.Rule}");
        });
    }

    public async Task<OperationResult> CancelAfterChallengeAsync(Guid commissionId, Guid expectedToken, string reason)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonProcurement(actor, "cancel the procurement", commissionId) is { } refusal) return refusal;
        return await writer.ChangeAsync(commissionId, expectedToken, actor, async work =>
        {
            RequireState(work.Commission, "cancel after a challenge", CommissionState.Suspended);
            var intention = work.RequireIntention();
            intention.CancelAfterChallenge(reason, actor, work.At);
            work.Commission.Fire(CommissionTrigger.CancelAfterChallenge, new TransitionRequest(actor, work.At, reason.Trim()));
            await TellBiddersAsync(work, intention, $"Procurement cancelled: {work.Commission.Title}",
                $"Following a challenge, the procurement of {work.Commission.Title} has been cancelled and no contract will be awarded. {reason.Trim()}");
        });
    }

    public async Task<OperationResult<ConfirmAwardView>> GetAwardAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, $"the award of commission {commissionId}") is { } refusal)
            return OperationResult<ConfirmAwardView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (commission, itt, intention) = await LoadAsync(db, commissionId, cancellationToken);
        if (commission is null || itt is null || intention is null) return OperationResult<ConfirmAwardView>.From(OperationResult.NotFound("intention to award"));
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commissionId, cancellationToken);
        var now = clock.GetUtcNow();
        var proposed = AwardTermDefaults.Propose(itt.Timetable, UkTime.DateOf(intention.StandstillEndsAt), UkTime.DateOf(now), intention.WinningPrice,
            commission.InitialTermMonths, commission.ExtensionOptionCount, commission.ExtensionOptionMonths);
        var blocked = AwardBlockedReason(commission, intention, now);
        return OperationResult<ConfirmAwardView>.Ok(new ConfirmAwardView(commissionId, commission.Reference, commission.Title, commission.State,
            commission.ConcurrencyToken, intention.WinningSupplierName, intention.WinningPrice, intention.StandstillEndsAt, proposed,
            actor.IsInRole(Roles.ProcurementOfficer) && blocked is null, blocked, contract));
    }

    /// <summary>
    /// Confirms the award: creates the contract with the terms given and moves the commission to Awarded, in one transaction.
    /// The commission's machine refuses it before the standstill ends by the server's clock, and while a challenge is open; a
    /// commission already awarded is refused by its state, and by the unique index on the contract's commission if two race.
    /// </summary>
    public async Task<OperationResult> ConfirmAwardAsync(Guid commissionId, Guid expectedToken, AwardTermsInput terms)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonProcurement(actor, "confirm the award", commissionId) is { } refusal) return refusal;
        return await writer.ChangeAsync(commissionId, expectedToken, actor, async work =>
        {
            var commission = work.Commission;
            if (commission.State is CommissionState.Awarded or CommissionState.Mobilisation or CommissionState.ContractManagement or CommissionState.Closed)
                throw new DomainRuleException(AwardWriter.AlreadyAwardedMessage);
            var intention = work.RequireIntention();
            if (intention.OpenChallenge is { } open)
                throw new DomainRuleException($"The challenge from {open.ChallengerName} is open: the award cannot be confirmed until it is resolved.");
            if (terms.CallOffEffectiveDate <= UkTime.DateOf(intention.StandstillEndsAt))
                throw new DomainRuleException($"The call-off cannot take effect until the standstill has ended: choose a date after {UkTime.LongDate(intention.StandstillEndsAt)}.");
            commission.Fire(CommissionTrigger.ConfirmAward, new TransitionRequest(actor, work.At,
                $"Contract awarded to {intention.WinningSupplierName}: {terms.Value} over {terms.InitialTermMonths} months"));
            var contract = Contract.Award(new ContractTerms(commissionId, intention.WinningResponseId, intention.WinningSupplierId,
                intention.WinningSupplierName, commission.Title, terms.Value, terms.AnnualValue, terms.CallOffEffectiveDate, terms.CommencementDate,
                terms.InitialTermMonths, terms.ExtensionOptionCount, terms.ExtensionOptionMonths, intention.LettersSentAt,
                intention.StandstillStartedAt, intention.StandstillEndsAt, intention.StandstillRule), actor, work.At);
            work.Db.Contracts.Add(contract);
            var plan = await Mobilisation.MobilisationPlans.CreateAtAwardAsync(work.Db, contract, work.At);
            work.Record("ContractCreated", $"Contract made with {contract.SupplierName}: {contract.Value} over {contract.InitialTermMonths} months " +
                $"({contract.AnnualValue} a year), call-off effective {UkTime.LongDate(contract.CallOffEffectiveDate)}, " +
                $"service commencing {UkTime.LongDate(contract.CommencementDate)}, {contract.ExtensionOptionCount} extension option(s)");
            work.Record("MobilisationPlanCreated", $"Mobilisation plan made from the template: {plan.Items.Count} items, " +
                $"{plan.Items.Count(i => i.Mandatory)} of them mandatory");
            foreach (var letter in intention.Letters)
            {
                var won = letter.SupplierId == intention.WinningSupplierId;
                work.Tell(await TenderRecipients.SuppliersAsync(work.Db, [letter.SupplierId]), new NotificationMessage(
                    won ? $"Contract awarded to you: {commission.Title}" : $"Contract awarded: {commission.Title}",
                    won
                        ? $"The award of {commission.Title} to {letter.SupplierName} is confirmed. The call-off takes effect on {UkTime.LongDate(contract.CallOffEffectiveDate)}."
                        : $"The contract for {commission.Title} has been awarded to {intention.WinningSupplierName}.",
                    AwardPages.Outcome(work.Itt.Id)));
            }
        });
    }

    private static async Task<(Commission?, InvitationToTender?, IntentionToAward?)> LoadAsync(PortalDbContext db, Guid commissionId,
        CancellationToken cancellationToken)
    {
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        var intention = await db.IntentionsToAward.AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        return (commission, itt, intention);
    }

    private static List<string> IssueProblems(Commission commission, EvaluationOutcome? outcome)
    {
        var problems = new List<string>();
        if (commission.State != CommissionState.Evaluation)
            problems.Add($"The intention to award is issued at evaluation; this commission is at {CommissionStages.DescribeState(commission.State)}.");
        if (outcome?.Recommendation is null) problems.Add(NoOutcomeMessage);
        if (!commission.AllCompliantTendersModerated) problems.Add("Not every compliant tender has been moderated.");
        if (!commission.AwardRecommendationApproved) problems.Add("The award recommendation has not been approved.");
        return problems;
    }

    private IReadOnlyList<AssessmentSummary>? TryCompose(Domain.Evaluations.EvaluationResults results, ApprovedRecommendation recommendation,
        StandstillEnd standstill, ProcurementRegime regime, List<string> problems)
    {
        try
        {
            return AssessmentSummaries.Compose(results, recommendation, standstill, regime, office.Name);
        }
        catch (DomainRuleException ex)
        {
            problems.Add(ex.Message);
            return null;
        }
    }

    /// <summary>Why the award cannot be confirmed now, as the server will say if it is tried; null when it can.</summary>
    private static string? AwardBlockedReason(Commission commission, IntentionToAward intention, DateTimeOffset now) => commission.State switch
    {
        CommissionState.Standstill when now <= intention.StandstillEndsAt =>
            $"Standstill runs until {UkTime.Format(intention.StandstillEndsAt)}: the award can be confirmed only after that.",
        CommissionState.Standstill => null,
        CommissionState.Suspended => "A challenge is open: resolve it before the award can be confirmed.",
        CommissionState.Cancelled => "The procurement was cancelled after a challenge.",
        _ => AwardWriter.AlreadyAwardedMessage,
    };

    private static async Task<Dictionary<Guid, int>> EmailsQueuedAsync(PortalDbContext db, IntentionToAward intention, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<Guid, int>();
        foreach (var letter in intention.Letters)
        {
            var recipients = await TenderRecipients.SuppliersAsync(db, [letter.SupplierId], cancellationToken);
            counts[letter.SupplierId] = recipients.UserIds.Count + recipients.Emails.Count;
        }
        return counts;
    }

    private static async Task TellBiddersAsync(AwardChange work, IntentionToAward intention, string subject, string body)
    {
        foreach (var letter in intention.Letters)
            work.Tell(await TenderRecipients.SuppliersAsync(work.Db, [letter.SupplierId]), new NotificationMessage(subject, body, AwardPages.Outcome(work.Itt.Id)));
    }

    private OperationResult? RefuseNonProcurement(Actor actor, string doing, Guid commissionId)
    {
        if (actor.IsInRole(Roles.ProcurementOfficer)) return null;
        logger.LogWarning("Refused {UserId} the right to {Doing} on commission {CommissionId}", actor.UserId, doing, commissionId);
        return new OperationResult(OperationOutcome.Forbidden, $"Only a procurement officer can {doing}.");
    }

    private static void RequireState(Commission commission, string doing, CommissionState state)
    {
        if (commission.State != state)
            throw new DomainRuleException($"You cannot {doing} now: the commission is at {CommissionStages.DescribeState(commission.State)}.");
    }

    private static int OrderOf(AssessmentSummary letter) => letter.Outcome switch
    {
        BidOutcome.Successful => 0,
        BidOutcome.Unsuccessful => letter.Rank ?? 100,
        _ => int.MaxValue,
    };

    public static string Describe(BidOutcome outcome) => outcome switch
    {
        BidOutcome.Successful => "successful",
        BidOutcome.Excluded => "excluded",
        _ => "unsuccessful",
    };
}

using Portal.Domain.Award;
using Portal.Domain.Calendar;
using Portal.Domain.Common;
using static Portal.Tests.Domain.Award.AwardResultsFixture;

namespace Portal.Tests.Domain.Award;

public sealed class IntentionToAwardTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly StandstillEnd Standstill = AwardStandstill.From(ProcurementRegime.ProcurementAct2023, null, new DateOnly(2026, 3, 2));

    private static IntentionToAward Issued() => IntentionToAward.Issue(Guid.NewGuid(), Guid.NewGuid(),
        AssessmentSummaries.Compose(Results(), Recommendation(), Standstill, ProcurementRegime.ProcurementAct2023, "the office"),
        Standstill, TestActors.ProcurementOfficer, IssuedAt);

    [Fact]
    public void Issuing_keeps_each_letter_with_the_time_it_was_sent_and_the_standstill_with_its_rule()
    {
        var intention = Issued();

        Assert.Equal(3, intention.Letters.Count);
        Assert.All(intention.Letters, l => Assert.Equal(IssuedAt, l.SentAt));
        Assert.Equal((PathwaysResponse, "Pathways to Work CIC"), (intention.WinningResponseId, intention.WinningSupplierName));
        Assert.Equal((Standstill.EndsAt, Standstill.Rule), (intention.StandstillEndsAt, intention.StandstillRule));
        Assert.Equal(BidOutcome.Excluded, intention.LetterFor(MidlandsId)!.Outcome);
        Assert.Equal(ExclusionReason, intention.LetterFor(MidlandsId)!.Summary.ExclusionReason);
    }

    [Fact]
    public void Only_a_procurement_officer_issues_and_never_with_a_standstill_already_over()
    {
        var letters = AssessmentSummaries.Compose(Results(), Recommendation(), Standstill, ProcurementRegime.ProcurementAct2023, "the office");

        Assert.Throws<DomainRuleException>(() => IntentionToAward.Issue(Guid.NewGuid(), Guid.NewGuid(), letters, Standstill,
            TestActors.CommissioningOfficer, IssuedAt));
        Assert.Throws<DomainRuleException>(() => IntentionToAward.Issue(Guid.NewGuid(), Guid.NewGuid(), letters, Standstill,
            TestActors.ProcurementOfficer, Standstill.EndsAt));
    }

    [Fact]
    public void A_challenge_needs_who_and_grounds_and_a_receipt_time_within_the_standstill_and_only_one_is_open_at_a_time()
    {
        var intention = Issued();
        var now = IssuedAt.AddDays(2);

        Assert.Throws<DomainRuleException>(() => intention.RecordChallenge(" ", now, "Grounds", TestActors.ProcurementOfficer, now));
        Assert.Throws<DomainRuleException>(() => intention.RecordChallenge("Second Chance Skills Trust", now, "", TestActors.ProcurementOfficer, now));
        Assert.Throws<DomainRuleException>(() => intention.RecordChallenge("Second Chance Skills Trust", now.AddHours(1), "Grounds", TestActors.ProcurementOfficer, now));
        Assert.Throws<DomainRuleException>(() => intention.RecordChallenge("Second Chance Skills Trust", IssuedAt.AddMinutes(-1), "Grounds", TestActors.ProcurementOfficer, now));
        var challenge = intention.RecordChallenge("Second Chance Skills Trust", now.AddHours(-3), "The price scoring misread our pricing schedule.",
            TestActors.ProcurementOfficer, now);

        Assert.Same(challenge, intention.OpenChallenge);
        Assert.Contains("still open", Assert.Throws<DomainRuleException>(() =>
            intention.RecordChallenge("Midlands", now, "More grounds", TestActors.ProcurementOfficer, now)).Message);
    }

    [Fact]
    public void A_challenge_received_in_the_minute_the_letters_went_out_is_accepted_as_the_form_gives_times_to_the_minute()
    {
        var intention = IntentionToAward.Issue(Guid.NewGuid(), Guid.NewGuid(),
            AssessmentSummaries.Compose(Results(), Recommendation(), Standstill, ProcurementRegime.ProcurementAct2023, "the office"),
            Standstill, TestActors.ProcurementOfficer, IssuedAt.AddSeconds(40));

        intention.RecordChallenge("Second Chance Skills Trust", IssuedAt, "Grounds", TestActors.ProcurementOfficer, IssuedAt.AddMinutes(5));

        Assert.NotNull(intention.OpenChallenge);
    }

    [Fact]
    public void Restarting_resolves_the_challenge_and_sets_the_new_end_and_rule()
    {
        var intention = Issued();
        var now = IssuedAt.AddDays(3);
        intention.RecordChallenge("Second Chance Skills Trust", now, "Grounds", TestActors.ProcurementOfficer, now);
        var restarted = AwardStandstill.Restarted(new Portal.Domain.Tendering.IttContent(), new DateOnly(2026, 3, 6));

        intention.RestartStandstill(restarted, "The price scores were checked and confirmed.", TestActors.ProcurementOfficer, now);

        Assert.Null(intention.OpenChallenge);
        Assert.Equal(ChallengeResolution.StandstillRestarted, intention.Challenges.Single().Resolution);
        Assert.Equal((restarted.EndsAt, restarted.Rule, now), (intention.StandstillEndsAt, intention.StandstillRule, intention.StandstillStartedAt));
        Assert.Throws<DomainRuleException>(() => intention.CancelAfterChallenge("Nothing open", TestActors.ProcurementOfficer, now));
    }

    [Fact]
    public void A_restart_must_end_in_the_future_and_give_its_reason()
    {
        var intention = Issued();
        var now = IssuedAt.AddDays(3);
        intention.RecordChallenge("Second Chance Skills Trust", now, "Grounds", TestActors.ProcurementOfficer, now);

        Assert.Throws<DomainRuleException>(() => intention.RestartStandstill(AwardStandstill.Chosen(new DateOnly(2026, 3, 4), "Tom"), "Reason",
            TestActors.ProcurementOfficer, now));
        Assert.Throws<DomainRuleException>(() => intention.RestartStandstill(AwardStandstill.Chosen(new DateOnly(2026, 4, 4), "Tom"), " ",
            TestActors.ProcurementOfficer, now));
        intention.CancelAfterChallenge("The challenge was upheld: the evaluation will be rerun.", TestActors.ProcurementOfficer, now);
        Assert.Equal(ChallengeResolution.ProcurementCancelled, intention.Challenges.Single().Resolution);
    }
}

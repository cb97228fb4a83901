using Portal.Domain.Common;
using Portal.Domain.Evaluations.Clarifications;
using Portal.Domain.Identity;

namespace Portal.Tests.Domain.Evaluations.Clarifications;

public class PostTenderClarificationTests
{
    private static readonly DateTimeOffset SentAt = new(2027, 4, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RespondBy = SentAt.AddDays(2);
    private static readonly Guid BidderId = Guid.NewGuid();

    private static PostTenderClarification Sent() => PostTenderClarification.Send(Guid.NewGuid(), Guid.NewGuid(), BidderId, "Alpha", 1,
        "Confirm your price includes travel between the two patches.", RespondBy, TestActors.ProcurementOfficer, SentAt);

    [Fact]
    public void The_bidder_answers_before_the_time_limit_and_the_answer_is_kept()
    {
        var clarification = Sent();

        clarification.AnswerWith("Yes: travel is in the staffing line.", TestActors.Supplier, BidderId, RespondBy.AddSeconds(-1));

        Assert.Equal("Yes: travel is in the staffing line.", clarification.Answer);
        Assert.Equal(RespondBy.AddSeconds(-1), clarification.AnsweredAt);
        Assert.Equal("PTC1", clarification.Reference);
        Assert.Throws<DomainRuleException>(() => clarification.AnswerWith("Changed my mind.", TestActors.Supplier, BidderId, RespondBy.AddSeconds(-1)));
    }

    [Fact]
    public void An_answer_at_or_after_the_time_limit_is_refused()
    {
        var clarification = Sent();

        var refused = Assert.Throws<DomainRuleException>(() => clarification.AnswerWith("Late.", TestActors.Supplier, BidderId, RespondBy));

        Assert.StartsWith("The time limit for PTC1 was 8 Apr 2027, 10:00 (UK time)", refused.Message);
        Assert.False(clarification.IsAnswered);
        Assert.True(clarification.IsOverdue(RespondBy));
    }

    [Fact]
    public void Only_the_bidder_it_was_sent_to_can_answer()
    {
        var clarification = Sent();

        Assert.Throws<DomainRuleException>(() => clarification.AnswerWith("Not ours.", TestActors.Supplier, Guid.NewGuid(), SentAt.AddHours(1)));
        Assert.Throws<DomainRuleException>(() => clarification.AnswerWith("Office.", TestActors.ProcurementOfficer, BidderId, SentAt.AddHours(1)));
        Assert.False(clarification.IsAnswered);
    }

    [Fact]
    public void Only_a_procurement_officer_sends_one_with_a_question_and_a_time_limit_at_least_an_hour_away()
    {
        Assert.Throws<DomainRuleException>(() => PostTenderClarification.Send(Guid.NewGuid(), Guid.NewGuid(), BidderId, "Alpha", 1, "Q?",
            RespondBy, TestActors.Evaluator, SentAt));
        Assert.Throws<DomainRuleException>(() => PostTenderClarification.Send(Guid.NewGuid(), Guid.NewGuid(), BidderId, "Alpha", 1, " ",
            RespondBy, TestActors.ProcurementOfficer, SentAt));
        var tooSoon = Assert.Throws<DomainRuleException>(() => PostTenderClarification.Send(Guid.NewGuid(), Guid.NewGuid(), BidderId, "Alpha", 1, "Q?",
            SentAt.AddMinutes(59), TestActors.ProcurementOfficer, SentAt));
        Assert.Contains("at least 1 hour", tooSoon.Message);
    }
}

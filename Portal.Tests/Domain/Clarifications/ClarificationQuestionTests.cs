using Portal.Domain.Clarifications;
using Portal.Domain.Common;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Clarifications;

public class ClarificationQuestionTests
{
    private static readonly DateTimeOffset Deadline = new(2027, 3, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Asker = Guid.NewGuid();

    private static ClarificationQuestion Asked(string text = "Is TUPE expected to apply?") =>
        ClarificationQuestion.Ask(Guid.NewGuid(), Guid.NewGuid(), 1, Asker, text, Deadline, Supplier, Deadline.AddDays(-3));

    [Fact]
    public void A_question_is_asked_until_the_deadline_and_refused_from_the_deadline_on_with_the_time_in_UK_time()
    {
        var onTime = ClarificationQuestion.Ask(Guid.NewGuid(), Guid.NewGuid(), 4, Asker, "  Is TUPE expected to apply?  ", Deadline, Supplier, Deadline.AddSeconds(-1));
        var late = Assert.Throws<DomainRuleException>(() => ClarificationQuestion.Ask(Guid.NewGuid(), Guid.NewGuid(), 5, Asker, "Too late?", Deadline, Supplier, Deadline));

        Assert.Equal("Is TUPE expected to apply?", onTime.Question);
        Assert.Equal(4, onTime.Number);
        Assert.False(onTime.IsAnswered);
        Assert.StartsWith("The clarification deadline was 15 Mar 2027, 12:00 (UK time); questions can no longer be asked.", late.Message);
    }

    [Fact]
    public void Only_a_supplier_asks_and_only_a_procurement_officer_answers()
    {
        Assert.Throws<DomainRuleException>(() => ClarificationQuestion.Ask(Guid.NewGuid(), Guid.NewGuid(), 1, Asker, "Q?", Deadline, ProcurementOfficer, Deadline.AddDays(-1)));
        var question = Asked();
        Assert.Throws<DomainRuleException>(() => question.AnswerWith("Yes.", AnswerAudience.AllInvitedSuppliers, null, null, CommissioningOfficer, Deadline));
        Assert.False(question.IsAnswered);
    }

    [Fact]
    public void A_published_answer_is_seen_by_every_supplier_and_an_asker_only_answer_by_the_asker_alone()
    {
        var published = Asked();
        var privateOne = Asked();
        var other = Guid.NewGuid();

        published.AnswerWith("No.", AnswerAudience.AllInvitedSuppliers, "Does TUPE apply?", null, ProcurementOfficer, Deadline);
        privateOne.AnswerWith("Band B.", AnswerAudience.AskerOnly, null, "Commercially confidential to the asker.", ProcurementOfficer, Deadline);

        Assert.True(published.IsVisibleTo(other));
        Assert.Equal("Does TUPE apply?", published.PublishedQuestion);
        Assert.False(privateOne.IsVisibleTo(other));
        Assert.True(privateOne.IsVisibleTo(Asker));
        Assert.Equal("Is TUPE expected to apply?", privateOne.PublishedQuestion);
    }

    [Fact]
    public void Empty_answers_unjustified_private_answers_and_second_answers_are_refused()
    {
        var question = Asked();

        Assert.Equal("Write the answer.", Assert.Throws<DomainRuleException>(() =>
            question.AnswerWith(" ", AnswerAudience.AllInvitedSuppliers, null, null, ProcurementOfficer, Deadline)).Message);
        Assert.StartsWith("Record why the answer goes only to the supplier that asked", Assert.Throws<DomainRuleException>(() =>
            question.AnswerWith("Yes.", AnswerAudience.AskerOnly, null, null, ProcurementOfficer, Deadline)).Message);
        question.AnswerWith("Yes.", AnswerAudience.AllInvitedSuppliers, null, null, ProcurementOfficer, Deadline);
        Assert.StartsWith("Q1 has already been answered", Assert.Throws<DomainRuleException>(() =>
            question.AnswerWith("No.", AnswerAudience.AllInvitedSuppliers, null, null, ProcurementOfficer, Deadline)).Message);
        Assert.Equal("Yes.", question.Answer);
    }
}

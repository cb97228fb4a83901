using Portal.Domain.Common;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Tendering;

public class TenderResponseTests
{
    private static readonly DateTimeOffset At = new(2027, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2027, 3, 29, 12, 0, 0, TimeSpan.Zero);
    private const long FiveHundredMegabytes = 500L * 1024 * 1024;

    private static readonly IttContent Itt = IttBuilder.Complete() with
    {
        QualityQuestions = [IttBuilder.Question("How will you find placements?", 35, 5) with { AllowsAttachments = true }, IttBuilder.Question("Partners?", 25, 750)],
    };

    private static readonly ResponseShape Shape = new(Itt, PriceYears: 2, PricingScheduleIssued: false);

    private static TenderResponse Started()
    {
        var itt = InvitationToTender.Start(Guid.NewGuid(), IttBuilder.Complete(), ProcurementOfficer, At);
        itt.AddDocument(IttDocumentKind.Specification, "Specification", IttBuilder.File(), ProcurementOfficer, At);
        var invitation = itt.Issue([new InvitedSupplier(Guid.NewGuid(), "Pathways to Work CIC")], ProcurementOfficer, At)[0];
        return TenderResponse.Start(invitation, Supplier, At);
    }

    private static ResponseContent Complete() => new()
    {
        Compliance = [new ComplianceAnswer(true, "")],
        Quality = ["Through our employer network.", "Weekly meetings with probation."],
        YearlyPrices = [Money.FromPounds(75_000), Money.FromPounds(76_500)],
        SocialValue = "Two apprenticeships for local people.",
        Declarations = TenderDeclarations.All.Select(d => d.Key).ToList(),
    };

    private static TenderResponse Drafted(ResponseContent? content = null)
    {
        var response = Started();
        response.SaveDraft(content ?? Complete(), Shape, Deadline, Supplier, At);
        return response;
    }

    [Fact]
    public void A_complete_draft_is_submitted_with_a_receipt_of_its_files_and_hashes()
    {
        var response = Drafted();
        response.AddFile(Guid.NewGuid(), "f1.sealed", "method.pdf", "application/pdf", 2_048, new string('a', 64), ResponseFileSlot.QualityAnswer, 0,
            Itt, FiveHundredMegabytes, Deadline, Supplier, At);

        var receipt = response.Submit(Shape, Deadline, Supplier, At.AddHours(1));

        Assert.Equal(ResponseStatus.Submitted, response.Status);
        Assert.Same(receipt, response.InTheBox);
        Assert.Equal(At.AddHours(1), receipt.ReceivedAt);
        var file = Assert.Single(receipt.Files);
        Assert.Equal(("method.pdf", 2_048L, "Quality question 1"), (file.Name, file.SizeBytes, file.Purpose));
        Assert.Equal(ResponseSubmission.HashOfWholeResponse(receipt.ContentSha256, receipt.Files), receipt.ResponseSha256);
        Assert.Equal(ResponseSubmission.HashOfAnswers(Complete().ShapedFor(Shape).ToJson()), receipt.ContentSha256);
    }

    [Fact]
    public void The_whole_response_hash_changes_with_any_answer_or_file()
    {
        var files = new List<ReceiptFile> { new("a.pdf", 10, new string('b', 64), "Supporting document") };
        var hash = ResponseSubmission.HashOfWholeResponse("answers", files);
        Assert.NotEqual(hash, ResponseSubmission.HashOfWholeResponse("answers2", files));
        Assert.NotEqual(hash, ResponseSubmission.HashOfWholeResponse("answers", [files[0] with { SizeBytes = 11 }]));
        Assert.NotEqual(hash, ResponseSubmission.HashOfWholeResponse("answers", []));
    }

    [Fact]
    public void An_incomplete_response_says_everything_it_still_needs()
    {
        var response = Drafted(new ResponseContent { Quality = ["one two three four five six", ""] });

        var problems = response.ProblemsBeforeSubmit(Shape);

        Assert.Contains("Answer compliance question 1 with yes or no.", problems);
        Assert.Contains("Quality question 1 is over its 5-word limit (6 words).", problems);
        Assert.Contains("Answer quality question 2.", problems);
        Assert.Contains("Give your price for year 2.", problems);
        Assert.Contains("Describe your social value commitment.", problems);
        Assert.Contains("Make the declaration \"No collusion\".", problems);
        var refused = Assert.Throws<DomainRuleException>(() => response.Submit(Shape, Deadline, Supplier, At));
        Assert.StartsWith("Your response cannot be submitted yet:", refused.Message);
        Assert.Empty(response.Submissions);
    }

    [Fact]
    public void A_submission_at_the_deadline_second_is_refused_and_one_a_second_before_is_accepted()
    {
        var late = Drafted();
        Assert.Throws<TenderDeadlinePassedException>(() => late.Submit(Shape, Deadline, Supplier, Deadline));
        Assert.Equal(ResponseStatus.Draft, late.Status);

        var onTime = Drafted();
        onTime.Submit(Shape, Deadline, Supplier, Deadline.AddSeconds(-1));
        Assert.Equal(ResponseStatus.Submitted, onTime.Status);
    }

    [Fact]
    public void A_second_submit_is_refused_and_the_first_receipt_stands()
    {
        var response = Drafted();
        var first = response.Submit(Shape, Deadline, Supplier, At);

        var again = Assert.Throws<DomainRuleException>(() => response.Submit(Shape, Deadline, Supplier, At.AddSeconds(1)));

        Assert.Contains("already in the tender box", again.Message);
        Assert.Same(first, Assert.Single(response.Submissions));
    }

    [Fact]
    public void A_submitted_response_is_locked_until_withdrawn_then_changed_and_resubmitted_keeping_both_receipts()
    {
        var response = Drafted();
        var first = response.Submit(Shape, Deadline, Supplier, At);
        Assert.Throws<DomainRuleException>(() => response.SaveDraft(Complete() with { SocialValue = "More." }, Shape, Deadline, Supplier, At));

        response.Withdraw(Deadline, Supplier, At.AddMinutes(5));
        Assert.Null(response.InTheBox);
        response.SaveDraft(Complete() with { SocialValue = "Three apprenticeships." }, Shape, Deadline, Supplier, At.AddMinutes(6));
        var second = response.Submit(Shape, Deadline, Supplier, At.AddMinutes(7));

        Assert.True(first.IsWithdrawn);
        Assert.Equal(2, second.Number);
        Assert.Same(second, response.InTheBox);
        Assert.NotEqual(first.ContentSha256, second.ContentSha256);
    }

    [Fact]
    public void Nothing_changes_after_the_deadline()
    {
        var response = Drafted();
        response.Submit(Shape, Deadline, Supplier, At);
        Assert.Throws<TenderDeadlinePassedException>(() => response.Withdraw(Deadline, Supplier, Deadline.AddSeconds(1)));
        var draft = Drafted();
        Assert.Throws<TenderDeadlinePassedException>(() => draft.SaveDraft(Complete(), Shape, Deadline, Supplier, Deadline));
        Assert.Throws<TenderDeadlinePassedException>(() => draft.AddFile(Guid.NewGuid(), "x", "x.pdf", "application/pdf", 1, new string('c', 64),
            ResponseFileSlot.Supporting, null, Itt, FiveHundredMegabytes, Deadline, Supplier, Deadline));
    }

    [Fact]
    public void Office_users_cannot_write_a_response()
    {
        var response = Drafted();
        foreach (var officer in new[] { ProcurementOfficer, Administrator, Evaluator })
        {
            Assert.Throws<DomainRuleException>(() => response.SaveDraft(Complete(), Shape, Deadline, officer, At));
            Assert.Throws<DomainRuleException>(() => response.Submit(Shape, Deadline, officer, At));
        }
    }

    [Fact]
    public void Files_are_refused_twice_over_the_response_limit_or_on_a_question_without_attachments()
    {
        var response = Drafted();
        var sha = new string('d', 64);
        response.AddFile(Guid.NewGuid(), "s1", "cv.pdf", "application/pdf", 400, sha, ResponseFileSlot.Supporting, null, Itt, 1_000, Deadline, Supplier, At);

        Assert.Contains("already attached this file, as \"cv.pdf\"", Assert.Throws<DomainRuleException>(() => response.AddFile(Guid.NewGuid(), "s2",
            "copy.pdf", "application/pdf", 400, sha, ResponseFileSlot.Supporting, null, Itt, 1_000, Deadline, Supplier, At)).Message);
        Assert.Contains("at most", Assert.Throws<DomainRuleException>(() => response.AddFile(Guid.NewGuid(), "s3", "big.pdf", "application/pdf",
            601, new string('e', 64), ResponseFileSlot.Supporting, null, Itt, 1_000, Deadline, Supplier, At)).Message);
        Assert.Equal("That question does not take attachments.", Assert.Throws<DomainRuleException>(() => response.AddFile(Guid.NewGuid(), "s4",
            "q2.pdf", "application/pdf", 1, new string('f', 64), ResponseFileSlot.QualityAnswer, 1, Itt, 1_000, Deadline, Supplier, At)).Message);
    }

    [Fact]
    public void A_removed_file_stays_in_the_record_but_leaves_the_response()
    {
        var response = Drafted();
        var file = response.AddFile(Guid.NewGuid(), "s1", "cv.pdf", "application/pdf", 400, new string('d', 64), ResponseFileSlot.Supporting, null,
            Itt, FiveHundredMegabytes, Deadline, Supplier, At);

        response.RemoveFile(file.Id, Deadline, Supplier, At);

        Assert.Single(response.Files);
        Assert.Empty(response.CurrentFiles);
        Assert.Equal(0, response.CurrentFilesBytes);
    }

    [Fact]
    public void A_pricing_schedule_is_required_back_when_the_itt_issued_one()
    {
        var response = Drafted();
        Assert.Contains("Attach your completed pricing schedule.", response.ProblemsBeforeSubmit(Shape with { PricingScheduleIssued = true }));
        Assert.DoesNotContain("Attach your completed pricing schedule.", response.ProblemsBeforeSubmit(Shape));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(12, 1)]
    [InlineData(24, 2)]
    [InlineData(30, 3)]
    public void A_price_is_asked_for_each_year_or_part_year_of_the_initial_term(int? months, int years) =>
        Assert.Equal(years, ResponseRules.PriceYears(months));

    [Theory]
    [InlineData("", 0)]
    [InlineData("  one  two\nthree\tfour ", 4)]
    public void Words_are_counted_between_whitespace(string text, int words) => Assert.Equal(words, WordCount.Of(text));
}

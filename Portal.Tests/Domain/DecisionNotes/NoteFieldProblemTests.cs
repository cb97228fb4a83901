using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Identity;
using static Portal.Domain.Commissions.CommissionState;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.DecisionNotes;

/// <summary>Content that cannot be saved at all is refused on its field, and a refused save changes nothing.</summary>
public class NoteFieldProblemTests
{
    private static DecisionNoteContent Break(DecisionNoteContent note, string problem) => problem switch
    {
        "title over 200 characters" => note with { Title = new string('T', Commission.TitleMaxLength + 1) },
        "title section redacted" => note with { RedactNote = true, RedactedSections = ["title"] },
        "unknown section redacted" => note with { RedactNote = true, RedactedSections = ["summary", "not-a-section"] },
        "deferral before the decision date" => note with
        {
            Deferral = PublicationDeferral.UntilDate,
            DeferredUntil = note.DecisionRequiredBy!.Value.AddDays(-1),
        },
        "summary over 8,000 characters" => note with { Summary = new string('s', Commission.TextMaxLength + 1) },
        "upper annual value below the lower" => note with { AnnualValueHigh = note.AnnualValueLow!.Value + new Money(-1) },
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    [Theory]
    [InlineData("title over 200 characters", "title", "Keep the title to 200 characters.")]
    [InlineData("title section redacted", "redaction", "'title' is not a part of the note that can be redacted.")]
    [InlineData("unknown section redacted", "redaction", "'not-a-section' is not a part of the note that can be redacted.")]
    [InlineData("deferral before the decision date", "deferral", "Publication cannot be deferred to a date before the decision is required.")]
    [InlineData("summary over 8,000 characters", "summary", "Keep the summary to 8000 characters.")]
    [InlineData("upper annual value below the lower", "value", "The upper annual value must not be below the lower one.")]
    public void The_problem_is_reported_on_its_field(string problem, string sectionKey, string message)
    {
        var note = Break(CommissionBuilder.At(DecisionNoteDraft).Commission.DecisionNote, problem);

        var found = Assert.Single(DecisionNoteValidation.Problems(note));

        Assert.Equal(new FieldProblem(sectionKey, message), found);
    }

    [Theory]
    [InlineData("title over 200 characters")]
    [InlineData("title section redacted")]
    [InlineData("unknown section redacted")]
    [InlineData("deferral before the decision date")]
    public void A_refused_edit_leaves_the_note_its_versions_and_its_sign_offs_as_they_were(string problem)
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        var jsonBefore = c.CurrentNoteVersion!.ContentJson;
        var changesBefore = c.PendingChanges.Count;
        var tokenBefore = c.ConcurrencyToken;

        Assert.Throws<DomainRuleException>(() => c.UpdateDecisionNote(Break(c.DecisionNote, problem), CommissioningOfficer, builder.Now));

        Assert.Equal(1, c.DecisionNoteVersion);
        Assert.Equal(jsonBefore, Assert.Single(c.NoteVersions).ContentJson);
        Assert.Equal(CommissionBuilder.Title, c.Title);
        Assert.True(c.HasSignOff(ApproverPosition.ChiefExecutive));
        Assert.Equal(changesBefore, c.PendingChanges.Count);
        Assert.Equal(tokenBefore, c.ConcurrencyToken);
    }

    [Fact]
    public void A_title_of_exactly_200_characters_is_accepted()
    {
        var builder = CommissionBuilder.At(DecisionNoteDraft);
        var title = new string('T', Commission.TitleMaxLength);

        builder.Commission.UpdateDecisionNote(builder.Commission.DecisionNote with { Title = title }, CommissioningOfficer, builder.Now);

        Assert.Equal(title, builder.Commission.Title);
    }

    [Fact]
    public void Deferral_to_the_decision_date_itself_and_redaction_of_redactable_sections_are_accepted()
    {
        var note = CommissionBuilder.At(DecisionNoteDraft).Commission.DecisionNote with
        {
            RedactNote = true,
            RedactedSections = DecisionNoteSections.Redactable.Select(s => s.Key).ToList(),
        };
        note = note with { Deferral = PublicationDeferral.UntilDate, DeferredUntil = note.DecisionRequiredBy };

        Assert.Empty(DecisionNoteValidation.Problems(note));
    }

    [Fact]
    public void A_new_commission_with_a_bad_note_is_not_created()
    {
        var note = Break(CommissionBuilder.At(DecisionNoteDraft).Commission.DecisionNote, "deferral before the decision date");

        var refused = Assert.Throws<DomainRuleException>(() => Commission.Create(9_999, note, CommissioningOfficer, CommissionBuilder.Start));

        Assert.Contains("Publication cannot be deferred", refused.Message);
    }
}

using Portal.Data;
using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Domain.DecisionNotes;

/// <summary>What blocks submission: every mandatory part of the form, and the conditional parts only when their condition holds.</summary>
public class MandatorySectionTests
{
    private static DecisionNoteContent ReferenceNote() =>
        ReferenceCommission.DecisionNote(new DateOnly(2022, 5, 1), new DateOnly(2022, 1, 28), "Originating officer", new DateOnly(2022, 1, 10));

    private static IReadOnlyList<string> MissingKeys(DecisionNoteContent note) => DecisionNoteSections.Missing(note).Select(s => s.Key).ToList();

    [Fact]
    public void A_blank_note_lists_every_mandatory_section_in_form_order()
    {
        // "urgency" asks for reasons only when the note is urgent, which a blank note is not.
        string[] expected =
        [
            "title", "relates-to", "decision-required-by", "decision-making-policy", "summary", "recommendation", "introduction",
            "service-aims", "outcomes", "procurement-route", "procurement-timetable", "issues", "other-options", "consultation", "legal",
            "equality", "public-access", "dpia", "deferral", "redaction", "declaration",
        ];

        Assert.Equal(expected, MissingKeys(new DecisionNoteContent()));
        Assert.Equal(DecisionNoteSections.All.Where(s => s.IsMandatory && s.Key != "urgency").Select(s => s.Key), expected);
    }

    [Fact]
    public void Every_missing_section_has_a_label_to_show_and_a_key_to_link_to()
    {
        Assert.All(DecisionNoteSections.Missing(new DecisionNoteContent()), s =>
        {
            Assert.Matches("^[a-z-]+$", s.Key);
            Assert.False(string.IsNullOrWhiteSpace(s.Label));
        });
    }

    [Fact]
    public void The_reference_note_lists_none()
    {
        Assert.Empty(MissingKeys(ReferenceNote()));
    }

    [Fact]
    public void Optional_sections_left_blank_do_not_block_submission()
    {
        var note = ReferenceNote() with { StaffingAndCapacity = "", PerformanceMonitoring = "", BackgroundPapers = " " };

        Assert.Empty(MissingKeys(note));
    }

    [Theory]
    [InlineData("urgent without reasons", "urgency")]
    [InlineData("legal advice sought without comments", "legal")]
    [InlineData("legal advice question unanswered", "legal")]
    [InlineData("public access withheld without a reason", "public-access")]
    [InlineData("deferred until a date without the date", "deferral")]
    [InlineData("note redacted without sections", "redaction")]
    [InlineData("declaration not confirmed", "declaration")]
    [InlineData("no relation ticked", "relates-to")]
    [InlineData("key decision unanswered", "decision-making-policy")]
    [InlineData("summary only whitespace", "summary")]
    public void A_conditional_section_is_missing_only_when_its_condition_is_unmet(string situation, string key)
    {
        Assert.Equal([key], MissingKeys(Apply(ReferenceNote(), situation)));
    }

    [Theory]
    [InlineData("urgent with reasons")]
    [InlineData("legal advice not sought, no comments")]
    [InlineData("public access allowed, no reason")]
    [InlineData("deferred until a date with the date")]
    [InlineData("deferred until award, no date")]
    [InlineData("note redacted with a section")]
    [InlineData("relates to fire and rescue only")]
    public void A_conditional_section_is_complete_when_its_condition_is_met_or_does_not_apply(string situation)
    {
        Assert.Empty(MissingKeys(Apply(ReferenceNote(), situation)));
    }

    private static DecisionNoteContent Apply(DecisionNoteContent note, string situation) => situation switch
    {
        "urgent without reasons" => note with { IsUrgent = true, UrgencyReasons = "  " },
        "urgent with reasons" => note with { IsUrgent = true, UrgencyReasons = "The provider withdrew at short notice." },
        "legal advice sought without comments" => note with { LegalAdviceSought = true, LegalComments = "" },
        "legal advice question unanswered" => note with { LegalAdviceSought = null },
        "legal advice not sought, no comments" => note with { LegalAdviceSought = false, LegalComments = "" },
        "public access withheld without a reason" => note with { PublicAccessAllowed = false, PublicAccessReason = "" },
        "public access allowed, no reason" => note with { PublicAccessAllowed = true, PublicAccessReason = "" },
        "deferred until a date without the date" => note with { Deferral = PublicationDeferral.UntilDate, DeferredUntil = null },
        "deferred until a date with the date" => note with { Deferral = PublicationDeferral.UntilDate, DeferredUntil = new DateOnly(2022, 6, 1) },
        "deferred until award, no date" => note with { Deferral = PublicationDeferral.UntilContractAwarded, DeferredUntil = null },
        "note redacted without sections" => note with { RedactNote = true, RedactedSections = [] },
        "note redacted with a section" => note with { RedactNote = true, RedactedSections = ["staffing"] },
        "declaration not confirmed" => note with { DeclarationConfirmed = false },
        "no relation ticked" => note with { RelatesToPolicing = false, RelatesToCrime = false, RelatesToFireAndRescue = false },
        "relates to fire and rescue only" => note with { RelatesToPolicing = false, RelatesToCrime = false, RelatesToFireAndRescue = true },
        "key decision unanswered" => note with { IsKeyDecision = null },
        "summary only whitespace" => note with { Summary = " \n\t " },
        _ => throw new ArgumentOutOfRangeException(nameof(situation)),
    };
}

using System.Text.Json;
using Portal.Data;
using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Domain.DecisionNotes;

/// <summary>A comparison lists what the author changed, by a label a person reads, and nothing the portal worked out from it.</summary>
public class DecisionNoteChangesTests
{
    private static DecisionNoteContent ReferenceNote() =>
        ReferenceCommission.DecisionNote(new DateOnly(2022, 5, 1), new DateOnly(2022, 1, 28), "Originating officer", new DateOnly(2022, 1, 10));

    [Fact]
    public void Only_what_the_author_writes_is_stored_and_hashed_not_what_is_worked_out_from_it()
    {
        using var stored = JsonDocument.Parse(DecisionNoteVersion.Serialize(ReferenceNote()));
        var writable = typeof(DecisionNoteContent).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order();

        Assert.Equal(writable, stored.RootElement.EnumerateObject().Select(f => f.Name).Order());
        Assert.DoesNotContain(stored.RootElement.EnumerateObject(), f => f.Name is "Details" or "InitialTermEndsOn" or "FullTermEndsOn");
    }

    [Fact]
    public void Changing_the_term_lists_the_term_not_the_end_dates_derived_from_it()
    {
        var before = ReferenceNote();
        var after = before with { InitialTermMonths = 36 };

        var changes = DecisionNoteChanges.Between(before, after);

        Assert.Equal(before.Details with { InitialTermMonths = 36 }, after.Details);
        Assert.NotEqual(before.FullTermEndsOn, after.FullTermEndsOn);
        var change = Assert.Single(changes);
        Assert.Equal((nameof(DecisionNoteContent.InitialTermMonths), "24", "36"), (change.Key, change.Value.Before, change.Value.After));
    }

    [Fact]
    public void Changing_the_summary_lists_only_the_summary()
    {
        var before = ReferenceNote();

        var change = Assert.Single(DecisionNoteChanges.Between(before, before with { Summary = "Shorter." }));

        Assert.Equal(nameof(DecisionNoteContent.Summary), change.Key);
        Assert.Equal("Summary", DecisionNoteFieldLabels.For(change.Key));
    }

    [Fact]
    public void Yes_no_answers_and_dates_read_as_a_person_would_write_them()
    {
        var before = ReferenceNote();

        var changes = DecisionNoteChanges.Between(before, before with { LegalAdviceSought = false, DecisionRequiredBy = new DateOnly(2022, 2, 4) });

        Assert.Equal(("Yes", "No"), changes[nameof(DecisionNoteContent.LegalAdviceSought)]);
        Assert.Equal(("2022-01-28", "2022-02-04"), changes[nameof(DecisionNoteContent.DecisionRequiredBy)]);
    }

    [Fact]
    public void A_stored_version_reads_back_as_the_content_saved()
    {
        var note = ReferenceNote() with { RedactNote = true, RedactedSections = ["staffing", "summary"] };

        var read = DecisionNoteVersion.Deserialize(DecisionNoteVersion.Serialize(note));

        Assert.Equal(DecisionNoteVersion.Serialize(note), DecisionNoteVersion.Serialize(read));
        Assert.Equal(note.AnnualValueHigh, read.AnnualValueHigh);
        Assert.Equal(["staffing", "summary"], read.RedactedSections);
    }
}

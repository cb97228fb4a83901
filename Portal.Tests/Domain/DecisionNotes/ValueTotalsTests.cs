using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Domain.DecisionNotes;

/// <summary>The initial and full-term totals the note shows, worked out from the annual cost, the term and the extensions.</summary>
public class ValueTotalsTests
{
    private static readonly DateOnly ReferenceStart = new(2022, 5, 1);

    private static DecisionNoteContent ReferenceNote() =>
        ReferenceCommission.DecisionNote(ReferenceStart, new DateOnly(2022, 1, 28), "Originating officer", new DateOnly(2022, 1, 10));

    [Theory]
    [InlineData(75_000, 24, 150_000)] // initial term, low end of the range
    [InlineData(80_000, 24, 160_000)] // initial term, high end
    [InlineData(75_000, 48, 300_000)] // 24 months plus two 12-month extensions, low end
    [InlineData(80_000, 48, 320_000)] // full term, high end
    [InlineData(80_000, 36, 240_000)] // one extension taken
    public void Annual_cost_over_a_term_of_months_is_exact(int annualPounds, int months, int expectedPounds)
    {
        Assert.Equal(Money.FromPounds(expectedPounds), ContractValue.OverMonths(Money.FromPounds(annualPounds), months));
    }

    [Theory]
    [InlineData(100_000, 1, 8_333)] // £1,000.00 for one month is £83.333…: rounded down to £83.33
    [InlineData(100_001, 12, 100_001)] // a whole year keeps every penny
    [InlineData(100_001, 6, 50_000)] // £1,000.01 for six months is £500.005: rounded down to £500.00
    public void Part_years_are_rounded_down_to_the_penny(long annualPence, int months, long expectedPence)
    {
        Assert.Equal(new Money(expectedPence), ContractValue.OverMonths(new Money(annualPence), months));
    }

    [Fact]
    public void Reference_note_totals_and_term_ends()
    {
        var note = ReferenceNote();

        Assert.Equal(48, note.Details.FullTermMonths());
        Assert.Equal(Money.FromPounds(150_000), ContractValue.OverMonths(note.AnnualValueLow!.Value, note.InitialTermMonths!.Value));
        Assert.Equal(Money.FromPounds(160_000), ContractValue.OverMonths(note.AnnualValueHigh!.Value, note.InitialTermMonths!.Value));
        Assert.Equal(Money.FromPounds(300_000), ContractValue.OverMonths(note.AnnualValueLow!.Value, note.Details.FullTermMonths()));
        Assert.Equal(Money.FromPounds(320_000), ContractValue.OverMonths(note.AnnualValueHigh!.Value, note.Details.FullTermMonths()));
        Assert.Equal(new DateOnly(2024, 4, 30), note.InitialTermEndsOn);
        Assert.Equal(new DateOnly(2026, 4, 30), note.FullTermEndsOn);
    }

    [Fact]
    public void Money_reads_as_pounds_in_the_note()
    {
        Assert.Equal("£150,000", Money.FromPounds(150_000).ToString());
        Assert.Equal("£320,000", Money.FromPounds(320_000).ToString());
        Assert.Equal("£663,539.99", new Money(66_353_999).ToString());
    }

    [Fact]
    public void Without_extensions_the_full_term_ends_with_the_initial_term()
    {
        var note = ReferenceNote() with { ExtensionOptionCount = 0, ExtensionOptionMonths = 0 };

        Assert.Equal(new DateOnly(2024, 4, 30), note.InitialTermEndsOn);
        Assert.Equal(note.InitialTermEndsOn, note.FullTermEndsOn);
        Assert.Equal(24, note.Details.FullTermMonths());
    }

    [Fact]
    public void Term_ends_are_unknown_until_the_start_and_length_are_given()
    {
        var note = ReferenceNote();

        Assert.Null((note with { InitialTermStartsOn = null }).FullTermEndsOn);
        Assert.Null((note with { InitialTermMonths = null }).InitialTermEndsOn);
    }

    [Fact]
    public void The_route_assessment_uses_the_highest_full_term_value()
    {
        var assessment = ProcurementThresholds.Assess(ReferenceNote(), new DateOnly(2022, 1, 28));

        Assert.NotNull(assessment);
        Assert.Equal(Money.FromPounds(320_000), assessment.FullTermValue);
        Assert.False(assessment.AtOrAboveThreshold);
    }

    [Fact]
    public void No_route_assessment_without_a_value_and_term()
    {
        Assert.Null(ProcurementThresholds.Assess(ReferenceNote() with { AnnualValueHigh = null }, new DateOnly(2022, 1, 28)));
        Assert.Null(ProcurementThresholds.Assess(ReferenceNote() with { InitialTermMonths = null }, new DateOnly(2022, 1, 28)));
    }
}

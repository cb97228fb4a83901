using Portal.Data;
using Portal.Domain.Equality;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Equality;

/// <summary>All nine protected characteristics are always on the form, and each must be concluded on before QA.</summary>
public class EiaCompletenessTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static EqualityAssessmentContent Reference() => ReferenceCommission.EqualityAssessment(new DateOnly(2026, 3, 2));

    private static EqualityAssessmentContent WithCharacteristic(EqualityAssessmentContent content, CharacteristicAssessment changed) =>
        content with { Characteristics = content.Characteristics.Select(c => c.Characteristic == changed.Characteristic ? changed : c).ToList() };

    [Fact]
    public void The_nine_characteristics_of_the_Equality_Act_are_on_a_new_form()
    {
        var blank = new EqualityAssessmentContent();

        Assert.Equal(9, Enum.GetValues<ProtectedCharacteristic>().Length);
        Assert.Equal(Enum.GetValues<ProtectedCharacteristic>(), blank.Characteristics.Select(c => c.Characteristic));
    }

    [Fact]
    public void A_stored_EIA_holds_all_nine_even_when_the_form_sent_fewer()
    {
        var partial = Reference() with { Characteristics = [Reference().For(ProtectedCharacteristic.Sex)] };

        var assessment = EqualityAssessment.Start(Guid.NewGuid(), partial, CommissioningOfficer, At);

        Assert.Equal(Enum.GetValues<ProtectedCharacteristic>(), assessment.Content.Characteristics.Select(c => c.Characteristic));
        Assert.Equal(Reference().For(ProtectedCharacteristic.Sex), assessment.Content.For(ProtectedCharacteristic.Sex));
        Assert.Equal(1, assessment.Content.AssessedCount);
    }

    [Fact]
    public void The_reference_EIA_is_complete()
    {
        Assert.Empty(EqualityAssessmentRules.Missing(Reference()));
        Assert.Equal(9, Reference().AssessedCount);
    }

    [Fact]
    public void A_blank_EIA_lists_each_characteristics_conclusion_and_impact()
    {
        var missing = EqualityAssessmentRules.Missing(new EqualityAssessmentContent());

        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
        {
            var forIt = missing.Where(m => m.SectionKey == $"characteristic-{characteristic}").Select(m => m.Message).ToList();
            Assert.Equal(
                [$"{characteristic.Describe()}: set out the conclusion on its impact.", $"{characteristic.Describe()}: say whether the impact is positive, neutral or negative."],
                forIt);
        }
        Assert.Equal(["title", "department", "date", "aims", "affected", "decisions", "monitoring"],
            missing.Where(m => !m.SectionKey.StartsWith("characteristic-")).Select(m => m.SectionKey));
    }

    [Fact]
    public void A_characteristic_without_a_conclusion_is_listed()
    {
        var content = WithCharacteristic(Reference(), Reference().For(ProtectedCharacteristic.Disability) with { Conclusion = " " });

        var missing = Assert.Single(EqualityAssessmentRules.Missing(content));

        Assert.Equal(new EiaProblem("characteristic-Disability", "Disability: set out the conclusion on its impact."), missing);
        Assert.Equal(8, content.AssessedCount);
    }

    [Fact]
    public void A_characteristic_without_an_impact_is_listed()
    {
        var content = WithCharacteristic(Reference(), Reference().For(ProtectedCharacteristic.ReligionOrBelief) with { Impact = null });

        var missing = Assert.Single(EqualityAssessmentRules.Missing(content));

        Assert.Equal(new EiaProblem("characteristic-ReligionOrBelief", "Religion or belief: say whether the impact is positive, neutral or negative."), missing);
    }

    [Fact]
    public void A_negative_impact_without_mitigation_is_listed()
    {
        var content = WithCharacteristic(Reference(), Reference().For(ProtectedCharacteristic.Sex) with { Mitigation = "" });

        var missing = Assert.Single(EqualityAssessmentRules.Missing(content));

        Assert.Equal(new EiaProblem("characteristic-Sex", "Sex: a negative impact needs its mitigation."), missing);
        Assert.False(content.For(ProtectedCharacteristic.Sex).IsAssessed);
        Assert.Equal(8, content.AssessedCount);
    }

    [Theory]
    [InlineData(Impact.Positive)]
    [InlineData(Impact.Neutral)]
    public void A_positive_or_neutral_impact_needs_no_mitigation(Impact impact)
    {
        var content = WithCharacteristic(Reference(), Reference().For(ProtectedCharacteristic.Sex) with { Impact = impact, Mitigation = "" });

        Assert.Empty(EqualityAssessmentRules.Missing(content));
        Assert.Equal(9, content.AssessedCount);
    }

    [Fact]
    public void An_over_long_answer_is_refused_when_saved()
    {
        var content = WithCharacteristic(Reference(), Reference().For(ProtectedCharacteristic.Age) with
        {
            Research = new string('r', EqualityAssessmentRules.TextMaxLength + 1),
        });

        var refused = Assert.Throws<Portal.Domain.Common.DomainRuleException>(() =>
            EqualityAssessment.Start(Guid.NewGuid(), content, CommissioningOfficer, At));

        Assert.Equal("Keep each answer to 8,000 characters.", refused.Message);
    }
}

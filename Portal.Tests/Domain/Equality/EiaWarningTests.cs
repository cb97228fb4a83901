using Portal.Data;
using Portal.Domain.Equality;

namespace Portal.Tests.Domain.Equality;

/// <summary>Identical boilerplate for every group earns a warning: it hid women's unmet needs in the inspection of seed 003.</summary>
public class EiaWarningTests
{
    private static EqualityAssessmentContent Reference() => ReferenceCommission.EqualityAssessment(new DateOnly(2026, 3, 2));

    /// <summary>The same words in every characteristic's column, varied only in case and spacing.</summary>
    private static EqualityAssessmentContent Boilerplate(Func<CharacteristicAssessment, int, CharacteristicAssessment> fill) =>
        Reference() with { Characteristics = Reference().Characteristics.Select(fill).ToList() };

    private static readonly string[] SameWords =
        ["Available to all", "available to all", "  Available   to all ", "AVAILABLE TO ALL", "Available\tto\nall"];

    [Theory]
    [InlineData("data")]
    [InlineData("research")]
    [InlineData("consultation")]
    [InlineData("conclusions")]
    public void Every_characteristic_sharing_a_columns_text_earns_one_warning_naming_the_column(string column)
    {
        var content = Boilerplate((a, i) => Fill(a, column, SameWords[i % SameWords.Length]));

        var warning = Assert.Single(EqualityAssessmentRules.Warnings(content));

        Assert.StartsWith($"Every characteristic has the same {column} text.", warning);
    }

    [Theory]
    [InlineData("data")]
    [InlineData("conclusions")]
    public void One_characteristic_with_its_own_words_is_enough_to_lift_the_warning(string column)
    {
        var content = Boilerplate((a, i) => Fill(a, column,
            a.Characteristic == ProtectedCharacteristic.Sex ? "Women's caring duties limit daytime appointments." : SameWords[i % SameWords.Length]));

        Assert.Empty(EqualityAssessmentRules.Warnings(content));
    }

    [Fact]
    public void Two_boilerplate_columns_earn_two_warnings()
    {
        var content = Boilerplate((a, _) => a with { Data = "Available to all", Research = "None needed" });

        Assert.Equal(2, EqualityAssessmentRules.Warnings(content).Count);
    }

    [Fact]
    public void The_reference_EIA_and_a_blank_EIA_earn_no_warning()
    {
        Assert.Empty(EqualityAssessmentRules.Warnings(Reference()));
        Assert.Empty(EqualityAssessmentRules.Warnings(new EqualityAssessmentContent()));
    }

    private static CharacteristicAssessment Fill(CharacteristicAssessment a, string column, string text) => column switch
    {
        "data" => a with { Data = text },
        "research" => a with { Research = text },
        "consultation" => a with { Consultation = text },
        "conclusions" => a with { Conclusion = text },
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}

using Bunit;
using Microsoft.AspNetCore.Components;
using Portal.Components.Commissions;

namespace Portal.Tests.Components;

/// <summary>The details form checks what it can before saving, and tells the user what to fix.</summary>
public sealed class CommissionDetailsFormTests(ComponentDatabase database) : PortalComponentTest(database), IClassFixture<ComponentDatabase>
{
    private int _submitted;

    [Fact]
    public void Empty_title_is_not_submitted_and_asks_for_a_title()
    {
        var form = RenderForm(new CommissionDetailsModel { Title = "" });

        form.Find("form").Submit();

        Assert.Equal(0, _submitted);
        Assert.Contains("Give the commission a title.", ValidationSummary(form));
    }

    [Fact]
    public void Upper_value_below_the_lower_one_is_not_submitted_and_says_so()
    {
        var form = RenderForm(new CommissionDetailsModel { Title = "Mentoring for young adults", AnnualValueLow = 80_000m, AnnualValueHigh = 75_000m });

        form.Find("form").Submit();

        Assert.Equal(0, _submitted);
        Assert.Contains("The upper annual value must not be below the lower one.", ValidationSummary(form));
    }

    [Fact]
    public void Complete_details_are_submitted()
    {
        var form = RenderForm(new CommissionDetailsModel { Title = "Mentoring for young adults", AnnualValueLow = 75_000m, AnnualValueHigh = 80_000m });

        form.Find("form").Submit();

        Assert.Equal(1, _submitted);
        Assert.Empty(form.FindAll(".validation-summary li"));
    }

    private IRenderedComponent<CommissionDetailsForm> RenderForm(CommissionDetailsModel model) =>
        Render<CommissionDetailsForm>(p => p
            .Add(x => x.Model, model)
            .Add(x => x.SubmitLabel, "Save")
            .Add(x => x.CancelHref, "/commissions")
            .Add(x => x.OnValidSubmit, EventCallback.Factory.Create(this, () => _submitted++)));

    private static string ValidationSummary(IRenderedComponent<CommissionDetailsForm> form) =>
        string.Join("\n", form.FindAll(".validation-summary li").Select(li => li.TextContent.Trim()));
}

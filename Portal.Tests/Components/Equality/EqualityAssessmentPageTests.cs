using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Components.Equality;
using Portal.Domain.Commissions;
using Portal.Domain.Equality;

namespace Portal.Tests.Components.Equality;

/// <summary>
/// The EIA page: all nine characteristics, the warning about identical wording, answers refused when too long, what is still
/// needed, and who is offered submission and quality assurance.
/// </summary>
public sealed class EqualityAssessmentPageTests(ComponentDatabase database) : EqualityComponentTest(database), IClassFixture<ComponentDatabase>
{
    [Fact]
    public async Task All_nine_protected_characteristics_are_on_the_form_each_with_its_own_anchor()
    {
        var page = RenderPageFor(People.CommissioningOfficer, await CommissionAtEiaStageAsync());

        var panels = page.FindAll("[data-characteristic]");
        Assert.Equal(9, panels.Count);
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
        {
            var panel = page.Find($"#characteristic-{characteristic}");
            Assert.Contains(characteristic.Describe(), panel.TextContent);
        }
        Assert.Contains("Gender reassignment", page.Markup);
        Assert.Contains("Marriage and civil partnership", page.Markup);
        Assert.Contains("Pregnancy and maternity", page.Markup);
    }

    [Fact]
    public async Task Same_data_text_for_every_characteristic_earns_the_warning()
    {
        var boilerplate = CompleteContent() with
        {
            Characteristics = CompleteContent().Characteristics.Select(c => c with { Data = "The service will be available and accessible to all." }).ToList(),
        };
        var page = RenderPageFor(People.CommissioningOfficer, await CommissionAtEiaStageAsync(boilerplate));

        var warning = page.Find("[data-testid='eia-warnings']");
        Assert.Contains("Every characteristic has the same data text", warning.TextContent);
        Assert.DoesNotContain("same research text", warning.TextContent);
    }

    [Fact]
    public async Task Different_text_for_each_characteristic_earns_no_warning()
    {
        var page = RenderPageFor(People.CommissioningOfficer, await CommissionAtEiaStageAsync(CompleteContent()));

        Assert.Empty(page.FindAll("[data-testid='eia-warnings']"));
    }

    [Fact]
    public async Task Typing_the_same_conclusion_into_the_last_differing_characteristic_brings_the_warning_up()
    {
        var almost = CompleteContent() with
        {
            Characteristics = CompleteContent().Characteristics
                .Select(c => c with { Conclusion = c.Characteristic == ProtectedCharacteristic.Age ? "Positive for younger adults." : "See conclusions." })
                .ToList(),
        };
        var page = RenderPageFor(People.CommissioningOfficer, await CommissionAtEiaStageAsync(almost));
        Assert.Empty(page.FindAll("[data-testid='eia-warnings']"));

        OpenPanel(page, ProtectedCharacteristic.Age);
        Type(page, "#Age-conclusion", "See conclusions.");

        page.WaitForAssertion(() => Assert.Contains("Every characteristic has the same conclusions text",
            page.Find("[data-testid='eia-warnings']").TextContent));
    }

    [Fact]
    public async Task Over_long_answer_is_refused_on_the_field_and_nothing_is_saved()
    {
        var id = await CommissionAtEiaStageAsync(CompleteContent());
        var page = RenderPageFor(People.CommissioningOfficer, id);
        var tooLong = new string('x', EqualityAssessmentRules.TextMaxLength + 1);

        Type(page, "#decisions", tooLong);
        page.WaitForAssertion(() => Assert.Contains("an answer is too long", page.Find("[data-testid='save-state']").TextContent), Patience);
        page.WaitForAssertion(() => Assert.Contains("Keep each answer to 8,000 characters. This answer has 8,001",
            FieldControl(page, "decisions").TextContent));
        await page.InvokeAsync(() => page.Find("[data-testid='save']").Click());

        page.WaitForAssertion(() => Assert.Contains("Nothing was saved.", page.Find("[data-testid='eia-notice']").TextContent), Patience);
        Assert.Contains("7. Decisions (8,001 characters)", page.Find("[data-testid='eia-notice']").TextContent);
        // Autosave does not send it either, however long the user waits.
        Services.GetRequiredService<TimeProvider>().As<FakeTimeProvider>().Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(CompleteContent().Decisions, (await StoredAssessmentAsync(id))!.Content.Decisions);
        // And what was typed is still there to shorten.
        Assert.Equal(tooLong, page.Find("#decisions").GetAttribute("value"));
    }

    [Fact]
    public async Task Over_long_answer_on_a_new_eia_stores_nothing_at_all()
    {
        var id = await CommissionAtEiaStageAsync();
        var page = RenderPageFor(People.CommissioningOfficer, id);

        Type(page, "#aims", new string('a', EqualityAssessmentRules.TextMaxLength + 10));
        // The field commits what was typed a moment later; save only once the page knows the answer is too long.
        page.WaitForAssertion(() => Assert.Contains("an answer is too long", page.Find("[data-testid='save-state']").TextContent), Patience);
        await page.InvokeAsync(() => page.Find("[data-testid='save']").Click());

        page.WaitForAssertion(() => Assert.Contains("Nothing was saved.", page.Find("[data-testid='eia-notice']").TextContent), Patience);
        Assert.Null(await StoredAssessmentAsync(id));
    }

    [Fact]
    public async Task Negative_impact_without_mitigation_is_listed_as_still_needed_with_a_link_to_it()
    {
        var content = CompleteContent();
        var id = await CommissionAtEiaStageAsync(content with
        {
            Characteristics = content.Characteristics.Select(c => c.Characteristic == ProtectedCharacteristic.Sex ? c with { Mitigation = "" } : c).ToList(),
        });
        var page = RenderPageFor(People.CommissioningOfficer, id);

        var link = page.Find("[data-testid='still-needed'] a[data-key='characteristic-Sex']");
        Assert.Equal("Sex: a negative impact needs its mitigation.", link.TextContent.Trim());
        Assert.EndsWith($"/equality-assessment#characteristic-Sex", link.GetAttribute("href"));
        Assert.Contains("Not yet assessed", page.Find("#characteristic-Sex [data-testid='characteristic-state']").TextContent);
        Assert.True(page.Find("[data-testid='submit']").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_new_eia_lists_each_unassessed_characteristic_once_with_all_it_lacks()
    {
        var page = RenderPageFor(People.CommissioningOfficer, await CommissionAtEiaStageAsync());

        var links = page.FindAll("[data-testid='still-needed'] a[data-key='characteristic-Age']");
        Assert.Single(links);
        Assert.Equal("Age: set out the conclusion on its impact; say whether the impact is positive, neutral or negative.", links[0].TextContent.Trim());
        Assert.Equal(9, page.FindAll("[data-testid='still-needed'] a[data-key^='characteristic-']").Count);
    }

    [Fact]
    public async Task Choosing_negative_for_a_characteristic_asks_for_its_mitigation()
    {
        var page = RenderPageFor(People.CommissioningOfficer, await CommissionAtEiaStageAsync(CompleteContent()));
        Assert.Empty(page.FindAll("[data-testid='still-needed']"));

        OpenPanel(page, ProtectedCharacteristic.Age);
        var negative = page.FindAll("#characteristic-Age label.mud-radio").Single(label => label.TextContent.Trim() == "Negative");
        negative.QuerySelector("input[type='radio']")!.Click();

        page.WaitForAssertion(() => Assert.Equal("Age: a negative impact needs its mitigation.",
            page.Find("[data-testid='still-needed'] a[data-key='characteristic-Age']").TextContent.Trim()));
    }

    [Fact]
    public async Task Author_is_offered_submission_but_not_quality_assurance()
    {
        var page = RenderPageFor(People.CommissioningOfficer, await CommissionAtEiaStageAsync(CompleteContent()));

        var submit = page.Find("[data-testid='submit']");
        Assert.Equal("Submit for quality assurance", submit.TextContent.Trim());
        Assert.False(submit.HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid='pass']"));
        Assert.Empty(page.FindAll("[data-testid='return']"));
        Assert.Empty(page.FindAll("[data-testid='quality-assurance']"));
    }

    [Fact]
    public async Task Author_waiting_for_the_decision_is_told_why_submission_is_not_open_yet()
    {
        var page = RenderPageFor(People.CommissioningOfficer, await CommissionAtEiaStageAsync(CompleteContent(), decisionApproved: false));

        Assert.True(page.Find("[data-testid='submit']").HasAttribute("disabled"));
        Assert.Contains("once the Commissioner has approved the decision note", page.Find("[data-testid='submit-blocked']").TextContent);
    }

    [Fact]
    public async Task Another_equality_lead_may_pass_or_return_a_submitted_eia_and_cannot_edit_it()
    {
        var page = RenderPageFor(People.EqualityLead, await CommissionAtEiaStageAsync(CompleteContent(), submitted: true));

        Assert.NotNull(page.Find("[data-testid='pass']"));
        Assert.NotNull(page.Find("[data-testid='return']"));
        Assert.Empty(page.FindAll("[data-testid='submit']"));
        Assert.Empty(page.FindAll("[data-testid='save']"));
        Assert.Empty(page.FindAll("textarea, input[type='text']"));
        Assert.Contains("Women-only sessions on request", page.Find("#Sex-mitigation").TextContent);
    }

    [Fact]
    public async Task Author_who_is_also_an_equality_lead_cannot_pass_their_own_eia()
    {
        var page = RenderPageFor(AuthorWhoIsAlsoEqualityLead,
            await CommissionAtEiaStageAsync(CompleteContent(), author: AuthorWhoIsAlsoEqualityLead, submitted: true));

        Assert.Equal("SubmittedForQa", page.Find("[data-testid='eia-status-banner']").GetAttribute("data-status"));
        Assert.Empty(page.FindAll("[data-testid='pass']"));
        Assert.Empty(page.FindAll("[data-testid='return']"));
        Assert.Empty(page.FindAll("[data-testid='quality-assurance']"));
    }

    [Fact]
    public async Task Passing_moves_the_commission_on_to_itt_preparation_and_says_so()
    {
        var id = await CommissionAtEiaStageAsync(CompleteContent(), submitted: true);
        var page = RenderPageFor(People.EqualityLead, id);

        await page.InvokeAsync(() => page.Find("[data-testid='pass']").Click());
        Dialogs.WaitForElement("[data-testid='dialog-confirm']").Click();

        page.WaitForAssertion(() => Assert.Contains("ITT preparation", page.Find("[data-testid='moved-on']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal("Passed", page.Find("[data-testid='eia-status-banner']").GetAttribute("data-status"));
        Assert.Equal(CommissionState.IttPreparation, await CommissionStateAsync(id));
        Assert.Equal(EiaStatus.Passed, (await StoredAssessmentAsync(id))!.Status);
    }

    [Fact]
    public async Task Returning_needs_comments_and_shows_them_to_the_author()
    {
        var id = await CommissionAtEiaStageAsync(CompleteContent(), submitted: true);
        var page = RenderPageFor(People.EqualityLead, id);

        await page.InvokeAsync(() => page.Find("[data-testid='return']").Click());
        Dialogs.WaitForElement("[data-testid='dialog-confirm']").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("This is needed.", Dialogs.Markup), Patience);
        Assert.Equal(EiaStatus.SubmittedForQa, (await StoredAssessmentAsync(id))!.Status);

        Dialogs.Find("#action-text").Change("Say what the data shows for disabled women.");
        Dialogs.Find("[data-testid='dialog-confirm']").Click();

        page.WaitForAssertion(() => Assert.Equal("Returned", page.Find("[data-testid='eia-status-banner']").GetAttribute("data-status")), TimeSpan.FromSeconds(10));
        Assert.Contains("Say what the data shows for disabled women.", page.Find("[data-testid='review-comments']").TextContent);
        Assert.Equal(CommissionState.EqualityAssessment, await CommissionStateAsync(id));
    }

    [Fact]
    public async Task A_conflicting_save_says_so_and_keeps_what_was_typed()
    {
        var id = await CommissionAtEiaStageAsync(CompleteContent());
        var page = RenderPageFor(People.CommissioningOfficer, id);
        await ChangeElsewhereAsync(id, c => c with { Department = "Partnerships" });

        Type(page, "#decisions", "Proceed, with women-only sessions written into the contract.");
        await page.InvokeAsync(() => page.Find("[data-testid='save']").Click());

        page.WaitForAssertion(() => Assert.Contains("changed by someone else", page.Find("[data-testid='eia-notice']").TextContent), Patience);
        Assert.Equal("Proceed, with women-only sessions written into the contract.", page.Find("#decisions").GetAttribute("value")
            ?? page.Find("#decisions").TextContent);
        Assert.Equal("Partnerships", (await StoredAssessmentAsync(id))!.Content.Department);
        Assert.Equal(CompleteContent().Decisions, (await StoredAssessmentAsync(id))!.Content.Decisions);
    }

    [Fact]
    public async Task Changes_are_saved_automatically_a_few_seconds_after_typing_stops()
    {
        var id = await CommissionAtEiaStageAsync(CompleteContent());
        var page = RenderPageFor(People.CommissioningOfficer, id);

        Type(page, "#department", "Commissioning, Partnerships and Equality");
        page.WaitForAssertion(() => Assert.Contains("Unsaved changes", page.Find("[data-testid='save-state']").TextContent), Patience);
        Assert.Equal(CompleteContent().Department, (await StoredAssessmentAsync(id))!.Content.Department);
        Services.GetRequiredService<TimeProvider>().As<FakeTimeProvider>().Advance(TimeSpan.FromSeconds(5));

        page.WaitForAssertion(() => Assert.Contains("All changes saved", page.Find("[data-testid='save-state']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal("Commissioning, Partnerships and Equality", (await StoredAssessmentAsync(id))!.Content.Department);
    }

    private static void OpenPanel(IRenderedComponent<EqualityAssessmentPage> page, ProtectedCharacteristic characteristic)
    {
        page.Find($"#characteristic-{characteristic} .mud-expand-panel-header").Click();
        page.WaitForElement($"#{characteristic}-conclusion");
    }

    /// <summary>Types into a text box and leaves it, as a user would.</summary>
    /// <summary>Long enough for a page to re-render after a large input on a busy two-core machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static void Type(IRenderedComponent<EqualityAssessmentPage> page, string selector, string text)
    {
        page.Find(selector).Input(text);
        page.Find(selector).Blur();
    }

    private static IElement FieldControl(IRenderedComponent<EqualityAssessmentPage> page, string inputId) =>
        page.Find($"#{inputId}").Closest(".mud-input-control")!;
}

internal static class TimeProviderExtensions
{
    public static T As<T>(this TimeProvider provider) where T : TimeProvider => (T)provider;
}

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Components.DecisionNotes;

namespace Portal.Tests.Components.DecisionNotes;

/// <summary>The comparison page shows each changed field before and after, and says plainly when a version does not exist; the print page lays out the form.</summary>
public sealed class DecisionNoteCompareAndPrintTests(ComponentDatabase database) : DecisionNoteComponentTest(database), IClassFixture<ComponentDatabase>
{
    [Fact]
    public async Task Comparison_lists_each_changed_field_with_its_label_before_and_after()
    {
        var id = await Database.AwaitingDecisionAsync(signedOff: true);
        await SaveElsewhereAsync(id, c => c with { Recommendation = "That the Commissioner approves a call-off.", IsUrgent = true, UrgencyReasons = "Funding ends in March." });

        var page = RenderCompare(id, "1", "2");

        var rows = page.FindAll("[data-testid='change']");
        Assert.Equal(["Urgent", "Reasons for urgency", "Recommendation"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        var recommendation = rows[2];
        Assert.Contains("That the Commissioner approves", recommendation.QuerySelector(".note-compare-before")!.TextContent);
        Assert.Equal("That the Commissioner approves a call-off.", recommendation.QuerySelector(".note-compare-after")!.TextContent.Trim());
        Assert.NotEmpty(recommendation.QuerySelectorAll(".note-compare-after ins"));
        Assert.Equal("No", rows[0].QuerySelector(".note-compare-before")!.TextContent.Trim());
        Assert.Equal("Yes", rows[0].QuerySelector(".note-compare-after")!.TextContent.Trim());
    }

    [Fact]
    public async Task Comparison_words_dates_choices_and_redactions_as_the_form_does()
    {
        var id = await Database.AwaitingDecisionAsync(signedOff: true);
        await SaveElsewhereAsync(id, c => c with
        {
            InitialTermStartsOn = new DateOnly(2027, 6, 1), Dpia = Portal.Domain.DecisionNotes.DpiaStatus.InProgress,
            RedactNote = true, RedactedSections = ["summary", "legal"],
        });

        var page = RenderCompare(id, "1", "2");

        var rows = page.FindAll("[data-testid='change']").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector(".note-compare-after")!.TextContent.Trim());
        Assert.Equal("1 June 2027", rows["Initial term starts"]);
        Assert.DoesNotContain("Initial term ends", rows.Keys);
        Assert.Equal("In progress", rows["DPIA status"]);
        Assert.Equal("Summary; Legal advice and legal comments", rows["Sections redacted"]);
        Assert.DoesNotContain("Details", rows.Keys);
    }

    [Theory]
    [InlineData("1", "7", "has no version 7")]
    [InlineData("one", "2", "Choose two versions to compare")]
    [InlineData("2", "2", "Choose two different versions")]
    public async Task Unknown_or_malformed_versions_get_a_clear_message(string from, string to, string expected)
    {
        var id = await Database.AwaitingDecisionAsync(signedOff: true);
        await SaveElsewhereAsync(id, c => c with { Recommendation = "Revised." });

        var page = RenderCompare(id, from, to);

        Assert.Contains(expected, page.Find("[data-testid='compare-problem']").TextContent);
        Assert.Contains("versions 1 to 2", page.Find("[data-testid='compare-problem']").TextContent);
        Assert.Empty(page.FindAll("[data-testid='change']"));
    }

    [Fact]
    public async Task Print_page_lays_out_the_form_with_its_sign_off_boxes_and_a_print_button()
    {
        var id = await Database.AwaitingDecisionAsync(signedOff: true);
        SignInAs(People.CommissioningOfficer);

        var page = Render<DecisionNotePrint>(p => p.Add(x => x.Id, id));

        page.WaitForElement("[data-testid='note-document']");
        Assert.Equal("window.print()", page.Find("[data-testid='print-button']").GetAttribute("onclick"));
        Assert.Contains("no-print", page.Find(".print-toolbar").ClassList);
        Assert.Contains("Sue Finance", page.Find(".paper-signature[data-position='Section151Officer']").TextContent);
        Assert.Contains("Affordable.", page.Find(".paper-signature[data-position='Section151Officer']").TextContent);
        Assert.Contains("Chris Chief", page.Find(".paper-signature[data-position='ChiefExecutive']").TextContent);
        Assert.Contains("Allocated when the decision is recorded", page.Find("[data-testid='decision-number']").TextContent);
        Assert.Equal("X", page.FindAll("#decision-making-policy td.paper-mark")[0].TextContent.Trim());
    }

    private IRenderedComponent<DecisionNoteCompare> RenderCompare(Guid id, string from, string to)
    {
        SignInAs(People.CommissioningOfficer);
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/commissions/{id}/decision-note/compare?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        var page = Render<DecisionNoteCompare>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid='changes'], [data-testid='compare-problem'], [data-testid='no-changes']", TimeSpan.FromSeconds(10));
        return page;
    }
}

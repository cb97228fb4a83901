using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Portal.Components.DecisionNotes;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Identity;

namespace Portal.Tests.Components.DecisionNotes;

/// <summary>
/// The decision note page as a commissioning officer and as a reader sees it: every part of the office's form, refusal of
/// bad input on its field without touching what is saved, the missing-sections links, void sign-offs, and autosave.
/// </summary>
public sealed class DecisionNotePageTests(ComponentDatabase database) : DecisionNoteComponentTest(database), IClassFixture<ComponentDatabase>
{
    [Fact]
    public async Task The_form_has_every_section_of_the_office_form_in_its_order()
    {
        var page = RenderNote(People.CommissioningOfficer, await Database.DraftAsync());

        var rendered = page.FindAll("section.note-section").Select(s => s.Id).ToList();
        Assert.Equal(DecisionNoteSections.All.Select(s => s.Key), rendered);
        foreach (var id in new[]
                 {
                     "note-title", "note-empowered", "note-summary", "note-recommendation", "note-introduction", "note-service-aims", "note-staffing",
                     "note-outcomes", "note-performance-monitoring", "note-procurement-route", "note-procurement-timetable", "note-annual-low",
                     "note-annual-high", "note-term-start", "note-term-end", "note-extension-count", "note-extension-months", "note-issues",
                     "note-other-options", "note-consultation", "note-legal-comments", "note-equality", "note-background-papers", "note-dpia-notes",
                     "note-declaration-author", "note-declaration-date", "note-decision-required-by",
                 })
        {
            Assert.NotNull(page.Find($"#{id}"));
        }
        var text = page.Find("[data-testid='note-form']").TextContent;
        foreach (var wording in new[]
                 {
                     "Policing", "Crime", "Fire & Rescue", "Has the required decision been considered under the guidance of the Commissioner's Decision Making Policy?",
                     "Has the required decision been deemed to be a Key Decision", "Who is empowered to make the required decision?",
                     "Chief Executive", "Report and advice to the Commissioner", "Monitoring Officer comments", "Section 151 Officer comments",
                     "Has legal advice (outside of that provided by the Monitoring Officer) been sought on the content of this report?",
                     "Is the publication of this form to be deferred?", "If the report is for publication, is redaction required?", "Of the decision note?",
                     "Of the appendix?", "Originating officer declaration", "open the equality impact assessment",
                 })
        {
            Assert.Contains(wording, text);
        }
        Assert.Contains("/equality-assessment", page.Find("[data-testid='eia-link'] a").GetAttribute("href"));
    }

    [Fact]
    public async Task Value_panel_shows_the_reference_totals_and_the_route_the_value_allows()
    {
        var page = RenderNote(People.CommissioningOfficer, await Database.DraftAsync());

        Assert.Contains("£150,000 to £160,000", page.Find("[data-testid='initial-total']").TextContent);
        Assert.Contains("£300,000 to £320,000", page.Find("[data-testid='full-term-total']").TextContent);
        Assert.Contains("24 months", page.Find("[data-testid='initial-total']").TextContent);
        Assert.Contains("Below the light-touch services threshold of £663,540", page.Find("[data-testid='route-assessment']").TextContent);

        Type(page, "note-annual-high", "200,000");

        page.WaitForAssertion(() => Assert.Contains("£300,000 to £800,000", page.Find("[data-testid='full-term-total']").TextContent), Patience);
        Assert.Contains("At or above", page.Find("[data-testid='route-assessment']").TextContent);
    }

    [Fact]
    public async Task An_over_long_summary_is_refused_on_its_field_and_not_saved()
    {
        var id = await Database.DraftAsync();
        var before = await SavedJsonAsync(id);
        var page = RenderNote(People.CommissioningOfficer, id);

        Type(page, "note-summary", new string('x', 8_001));
        page.Find("[data-testid='save']").Click();

        page.WaitForAssertion(() => Assert.Contains("Keep the summary to 8,000 characters", page.Find("section#summary").TextContent), Patience);
        Assert.Contains("Summary: Keep the summary to 8,000 characters", page.Find("[data-testid='field-problems']").TextContent);
        Assert.Equal(before, await SavedJsonAsync(id));
    }

    [Fact]
    public async Task A_negative_amount_and_one_with_three_decimals_are_refused_on_their_fields_and_not_saved()
    {
        var id = await Database.DraftAsync();
        var before = await SavedJsonAsync(id);
        var page = RenderNote(People.CommissioningOfficer, id);

        Type(page, "note-annual-low", "-75000");
        Type(page, "note-annual-high", "80000.125", () => FieldText(page, "note-annual-high").Contains("decimal places"));
        page.Find("[data-testid='save']").Click();

        page.WaitForAssertion(() => Assert.Contains("cannot be negative", FieldText(page, "note-annual-low")), Patience);
        Assert.Contains("no more than 2 decimal places", FieldText(page, "note-annual-high"));
        Assert.Contains("Not saved", page.Find("[data-testid='field-problems']").TextContent);
        Assert.Contains("Unsaved changes", page.Find("[data-testid='save-status']").TextContent);
        Assert.Equal(before, await SavedJsonAsync(id));
    }

    [Fact]
    public async Task A_term_ending_before_it_starts_is_refused_on_the_end_date_and_not_saved()
    {
        var id = await Database.DraftAsync();
        var before = await SavedJsonAsync(id);
        var page = RenderNote(People.CommissioningOfficer, id);

        page.Find("#note-term-start").Change("2027-05-01");
        page.Find("#note-term-end").Change("2027-04-01");
        page.Find("[data-testid='save']").Click();

        page.WaitForAssertion(() => Assert.Contains("The initial term cannot end before it starts.", FieldText(page, "note-term-end")), Patience);
        Assert.Equal(before, await SavedJsonAsync(id));
    }

    [Fact]
    public async Task A_term_of_part_months_is_refused_with_the_nearest_whole_month_ends()
    {
        var page = RenderNote(People.CommissioningOfficer, await Database.DraftAsync());

        page.Find("#note-term-start").Change("2027-05-01");
        page.Find("#note-term-end").Change("2029-05-15");

        page.WaitForAssertion(() => Assert.Contains("30 April 2029 (24 months) or 31 May 2029 (25 months)", FieldText(page, "note-term-end")), Patience);
    }

    [Fact]
    public async Task A_valid_change_is_saved_with_the_term_derived_from_its_dates()
    {
        var id = await Database.DraftAsync();
        var page = RenderNote(People.CommissioningOfficer, id);

        Type(page, "note-summary", "A shorter summary.");
        page.Find("#note-term-start").Change("2027-06-01");
        page.Find("#note-term-end").Change("2030-05-31");
        page.Find("[data-testid='save']").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Saved at", page.Find("[data-testid='save-status']").TextContent.Trim()), Patience);
        var saved = await SavedNoteAsync(id);
        Assert.Equal("A shorter summary.", saved.Summary);
        Assert.Equal(new DateOnly(2027, 6, 1), saved.InitialTermStartsOn);
        Assert.Equal(36, saved.InitialTermMonths);
    }

    [Fact]
    public async Task Typing_saves_itself_two_seconds_after_it_stops_but_only_when_valid()
    {
        var id = await Database.DraftAsync();
        var page = RenderNote(People.CommissioningOfficer, id);
        var clock = (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

        Type(page, "note-annual-low", "-1");
        clock.Advance(TimeSpan.FromSeconds(3));
        await Task.Delay(200);
        Assert.Equal(75_000m, (await SavedNoteAsync(id)).AnnualValueLow?.Pounds);

        Type(page, "note-annual-low", "70,000.50");
        page.WaitForAssertion(() => Assert.Equal("Unsaved changes", page.Find("[data-testid='save-status']").TextContent.Trim()), Patience);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(200);
        Assert.Equal(75_000m, (await SavedNoteAsync(id)).AnnualValueLow?.Pounds);
        clock.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() => Assert.StartsWith("Saved at", page.Find("[data-testid='save-status']").TextContent.Trim()), Patience);
        Assert.Equal(70_000.50m, (await SavedNoteAsync(id)).AnnualValueLow?.Pounds);
    }

    [Fact]
    public async Task A_stale_save_keeps_what_was_typed_and_offers_a_reload()
    {
        var id = await Database.DraftAsync();
        var page = RenderNote(People.CommissioningOfficer, id);
        // Committed at once, without moving the clock, so autosave cannot save it before the other tab does.
        await page.InvokeAsync(() => page.Find("#note-summary").Input("My new summary."));
        await page.InvokeAsync(() => page.Find("#note-summary").Blur());
        page.WaitForAssertion(() => Assert.Equal("Unsaved changes", page.Find("[data-testid='save-status']").TextContent.Trim()), Patience);
        await SaveElsewhereAsync(id, c => c with { Recommendation = "Changed in another tab." });

        // The other save re-renders the page; find and click in one step so the button found is the one clicked.
        await page.InvokeAsync(() => page.Find("[data-testid='save']").Click());

        page.WaitForElement("[data-testid='conflict']", Patience);
        Assert.Equal("My new summary.", page.Find("#note-summary").GetAttribute("value") ?? page.Find("#note-summary").TextContent);
        Assert.NotNull(page.Find("[data-testid='reload']"));
        Assert.Equal("Changed in another tab.", (await SavedNoteAsync(id)).Recommendation);
        Assert.NotEqual("My new summary.", (await SavedNoteAsync(id)).Summary);
    }

    [Fact]
    public async Task Missing_sections_link_to_their_sections_and_focus_them()
    {
        var id = await Database.DraftAsync();
        await SaveElsewhereAsync(id, c => c with { Summary = "", Dpia = null, DeclarationConfirmed = false });
        var page = RenderNote(People.CommissioningOfficer, id);

        var links = page.FindAll("[data-testid='missing-sections'] a");
        Assert.Equal(["summary", "dpia", "declaration"], links.Select(a => a.GetAttribute("data-section")));
        foreach (var link in links)
        {
            var key = link.GetAttribute("data-section")!;
            Assert.EndsWith($"/decision-note#{key}", link.GetAttribute("href"));
            Assert.Equal("SECTION", page.Find($"#{key}").TagName);
        }
        Assert.Equal("Summary", links[0].TextContent.Trim());
        Assert.Contains("needed before submission", page.Find("section#dpia").TextContent);

        links[1].Click();

        var focus = JSInterop.VerifyFocusAsyncInvoke();
        var focused = (ElementReference)focus.Arguments[0]!;
        Assert.Equal(focused.Id, page.Find("section#dpia").GetAttribute("blazor:elementreference"));
    }

    [Fact]
    public async Task Sign_offs_given_before_an_edit_are_struck_through_and_labelled_void()
    {
        var id = await Database.AwaitingDecisionAsync(signedOff: true);
        await SaveElsewhereAsync(id, c => c with { Recommendation = c.Recommendation + " Revised after comments." });
        var page = RenderNote(People.Commissioner, id);

        var signOffs = page.FindAll("[data-testid='sign-off']");
        Assert.Equal(3, signOffs.Count);
        Assert.All(signOffs, s =>
        {
            Assert.Equal("true", s.GetAttribute("data-void"));
            Assert.Contains("void — the note changed after this sign-off", s.TextContent);
            var struck = s.QuerySelector("del");
            Assert.NotNull(struck);
            Assert.Contains("version 1", struck!.TextContent);
        });
        Assert.Contains("Section 151 Officer", page.Find("[data-testid='sign-offs']").TextContent);
        Assert.Equal(2, page.FindAll("[data-testid='version-row']").Count);
        Assert.Contains("compare?from=1&to=2", page.Find("[data-testid='compare-link']").GetAttribute("href"));
        // The form's approver boxes count only sign-offs on the current version.
        Assert.All(page.FindAll(".paper-signature"), box => Assert.Contains("Not yet signed", box.TextContent));
    }

    [Fact]
    public async Task Valid_sign_offs_are_shown_plainly_with_their_version_and_hash()
    {
        var id = await Database.AwaitingDecisionAsync(signedOff: true);
        var page = RenderNote(People.Commissioner, id);

        var signOffs = page.FindAll("[data-testid='sign-off']");
        Assert.Equal(3, signOffs.Count);
        Assert.All(signOffs, s =>
        {
            Assert.Equal("false", s.GetAttribute("data-void"));
            Assert.Null(s.QuerySelector("del"));
            Assert.Matches("[0-9a-f]{12}", s.QuerySelector(".signoff-hash")!.TextContent);
        });
        Assert.Contains("Affordable.", page.Find(".paper-signature[data-position='Section151Officer']").TextContent);
    }

    [Fact]
    public async Task A_reader_who_may_not_edit_sees_the_note_without_any_inputs()
    {
        var page = RenderNote(People.EqualityLead, await Database.DraftAsync());

        Assert.Empty(page.FindAll("input, textarea, select"));
        Assert.Empty(page.FindAll("[data-testid='save']"));
        Assert.Empty(page.FindAll("[data-testid='note-form']"));
        var document = page.Find("[data-testid='note-document']");
        Assert.Contains("Housing advice for people leaving custody", document.TextContent);
        Assert.Contains("£75,000 to £80,000", document.TextContent);
        foreach (var section in DecisionNoteSections.All) Assert.NotNull(document.QuerySelector($"#{section.Key}"));
        Assert.Contains("Read only", page.Find("[data-testid='read-only-notice']").TextContent);
    }

    /// <summary>
    /// Types into a debounced text field and pauses until the field hands the value to the form (well short of the autosave pause):
    /// the page then shows unsaved changes, or the field's own error.
    /// </summary>
    private void Type(IRenderedComponent<DecisionNotePage> page, string inputId, string text, Func<bool>? taken = null)
    {
        var clock = (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();
        var before = page.Find("[data-testid='save-status']").TextContent;
        taken ??= () => page.Find("[data-testid='save-status']").TextContent != before;
        page.Find($"#{inputId}").Input(text);
        for (var waited = 0; waited < 200 && !taken(); waited++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(25));
            Thread.Sleep(25);
        }
        Assert.True(taken(), $"The field {inputId} did not take the value typed.");
    }

    /// <summary>Saves go to a real database on a shared machine: wait for them generously.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static string FieldText(IRenderedComponent<DecisionNotePage> page, string inputId) =>
        page.Find($"#{inputId}").Closest(".mud-input-control")!.TextContent;
}

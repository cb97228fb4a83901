using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Commissions;
using Portal.Components.DecisionNotes;
using Portal.Components.Equality;
using Portal.Components.PublicRegister;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.PublicRegister;

/// <summary>
/// The public register over HTTP, as a member of the public reads it: no sign-in, static pages, and never a deferred note,
/// an undecided one or a redacted field in the HTML.
/// </summary>
public sealed partial class PublicRegisterTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly CommissionSteps _steps = new(app);

    [Fact]
    public async Task Anonymous_visitor_sees_the_published_decisions_and_not_the_draft()
    {
        var (historical, draft, women) = await SeededAsync();

        var page = await GetAsync("/register");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(historical.DecisionNumber!, page.Html);
        Assert.Contains(historical.Title, page.Html);
        Assert.Contains(women.DecisionNumber!, page.Html);
        Assert.Contains(women.Title, page.Html);
        Assert.Contains($"/register/decisions/{historical.Id}", page.Html);
        Assert.Contains($"/register/decisions/{historical.Id}.pdf", page.Html);
        Assert.Contains($"/register/equality/{historical.Id}", page.Html);
        Assert.Contains($"/register/decisions/{women.Id}", page.Html);
        Assert.DoesNotContain(draft.Id.ToString(), page.Html);
        Assert.True(page.Html.IndexOf(women.DecisionNumber!, StringComparison.Ordinal) < page.Html.IndexOf(historical.DecisionNumber!, StringComparison.Ordinal),
            "The newest decision should be listed first.");
        Assert.DoesNotContain("blazor.web.js\" autostart", page.Html);
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", page.Html);
    }

    [Fact]
    public async Task An_undecided_draft_and_an_unknown_address_get_the_same_not_published_page()
    {
        var (_, draft, _) = await SeededAsync();

        var undecided = await GetAsync($"/register/decisions/{draft.Id}");
        var unknown = await GetAsync($"/register/decisions/{Guid.NewGuid()}");
        var noEia = await GetAsync($"/register/equality/{draft.Id}");

        Assert.Equal(HttpStatusCode.NotFound, undecided.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, noEia.Status);
        Assert.Contains("Not published", undecided.Html);
        Assert.Equal(MainText(unknown.Html), MainText(undecided.Html));
        Assert.DoesNotContain(draft.Title, MainText(undecided.Html));
        Assert.DoesNotContain(draft.Summary, undecided.Html);
    }

    [Fact]
    public async Task A_deferred_decision_and_its_EIA_stay_off_the_register_until_the_deferral_date_passes()
    {
        const string title = "Harbourside Night Shelter Outreach Pilot";
        const string summary = "Outreach workers will visit the Harbourside night shelter four evenings a week to meet people on licence.";
        var today = Today();
        var note = TestActors.CompleteNote(title) with
        {
            Summary = summary,
            DecisionRequiredBy = today.AddDays(7),
            Deferral = PublicationDeferral.UntilDate,
            DeferredUntil = today.AddDays(30),
            DeferralReason = "Premises negotiations are still confidential.",
            RedactNote = false,
            RedactedSections = [],
        };
        var id = await DecideAsync(note);
        await PassEqualityAssessmentAsync(id);
        var number = await DecisionNumberAsync(id);

        var list = await GetAsync("/register");
        var search = await GetAsync("/register?q=Harbourside");
        var decision = await GetAsync($"/register/decisions/{id}");
        var eia = await GetAsync($"/register/equality/{id}");

        Assert.Equal(HttpStatusCode.NotFound, decision.Status);
        Assert.Equal(HttpStatusCode.NotFound, eia.Status);
        foreach (var page in new[] { list, search, decision, eia })
        {
            Assert.DoesNotContain(title, page.Html);
            Assert.DoesNotContain(summary, page.Html);
            Assert.DoesNotContain(number, page.Html);
        }
        Assert.DoesNotContain(id.ToString(), list.Html);
        Assert.DoesNotContain(id.ToString(), search.Html);
        Assert.Equal(MainText((await GetAsync($"/register/decisions/{Guid.NewGuid()}")).Html), MainText(decision.Html));
        Assert.Contains("No published decisions match your search", search.Html);

        app.Clock.Advance(TimeSpan.FromDays(31));

        var listedLater = await GetAsync("/register");
        var shownLater = await GetAsync($"/register/decisions/{id}");
        var eiaLater = await GetAsync($"/register/equality/{id}");
        Assert.Contains(title, listedLater.Html);
        Assert.Contains(number, listedLater.Html);
        Assert.Equal(HttpStatusCode.OK, shownLater.Status);
        Assert.Contains(title, shownLater.Html);
        Assert.Contains(summary, shownLater.Html);
        Assert.Contains("No concerns on legality.", shownLater.Html);
        Assert.Contains("Funded from the homelessness prevention grant.", shownLater.Html);
        Assert.Contains("Approved because the shelter asked for it.", shownLater.Html);
        Assert.Equal(HttpStatusCode.OK, eiaLater.Status);
    }

    [Fact]
    public async Task A_redacted_section_shows_the_notice_and_its_text_never_reaches_the_browser()
    {
        const string staffing = "The caseworker for this contract will be Quentin Marlowe Ashby, seconded from the county probation team.";
        const string aims = "Reduce repeat rough sleeping among people released from Stafford prison within six months.";
        var note = TestActors.CompleteNote("Rough Sleeping Release Support Service") with
        {
            StaffingAndCapacity = staffing,
            ServiceAims = aims,
            Deferral = PublicationDeferral.NotDeferred,
            DeferredUntil = null,
            RedactNote = true,
            RedactedSections = ["staffing"],
            RedactAppendices = true,
        };
        var id = await DecideAsync(note);

        var page = await GetAsync($"/register/decisions/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(aims, page.Html);
        Assert.DoesNotContain(staffing, page.Html);
        Assert.DoesNotContain("Marlowe", page.Html);
        var staffingSection = Section(page.Html, "staffing");
        Assert.Contains("Staffing and service capacity", staffingSection);
        Assert.Contains(PublicRegisterService.RedactedText, staffingSection);
        Assert.Equal(1, Regex.Count(page.Html, Regex.Escape(PublicRegisterService.RedactedText)));
        Assert.Contains("Appendices are redacted.", page.Html);
    }

    [Fact]
    public async Task Search_filters_by_title_text_and_by_decision_number()
    {
        var (historical, _, women) = await SeededAsync();

        var byTitle = await GetAsync("/register?q=women");
        var byNumber = await GetAsync($"/register?q={Uri.EscapeDataString(historical.DecisionNumber!)}");
        var nothing = await GetAsync("/register?q=no+such+decision+anywhere");

        Assert.Contains(women.Id.ToString(), byTitle.Html);
        Assert.DoesNotContain(historical.Id.ToString(), byTitle.Html);
        Assert.Contains("value=\"women\"", byTitle.Html);
        Assert.Contains(historical.Id.ToString(), byNumber.Html);
        Assert.DoesNotContain(women.Id.ToString(), byNumber.Html);
        Assert.Equal(HttpStatusCode.OK, nothing.Status);
        Assert.Contains("No published decisions match your search", nothing.Html);
    }

    [Fact]
    public async Task Search_filters_by_date_decided_from_and_to()
    {
        var (historical, _, women) = await SeededAsync();
        var decided = UkTime.DateOf(historical.DecisionRecordedAt!.Value);

        var thatMonth = await GetAsync($"/register?from={decided.AddDays(-10):yyyy-MM-dd}&to={decided.AddDays(10):yyyy-MM-dd}");
        var onTheDay = await GetAsync($"/register?from={decided:dd/MM/yyyy}&to={decided:dd/MM/yyyy}");
        var after = await GetAsync($"/register?from={decided.AddDays(1):yyyy-MM-dd}");
        var before = await GetAsync($"/register?to={decided.AddDays(-1):yyyy-MM-dd}");

        Assert.Contains(historical.Id.ToString(), thatMonth.Html);
        Assert.DoesNotContain(women.Id.ToString(), thatMonth.Html);
        Assert.Contains(historical.Id.ToString(), onTheDay.Html);
        Assert.Contains(women.Id.ToString(), after.Html);
        Assert.DoesNotContain(historical.Id.ToString(), after.Html);
        Assert.DoesNotContain(historical.Id.ToString(), before.Html);
        Assert.DoesNotContain(women.Id.ToString(), before.Html);
    }

    [Theory]
    [InlineData("from=31-02-2024", "“Decided on or after” must be a real date")]
    [InlineData("to=yesterday", "“Decided on or before” must be a real date")]
    [InlineData("from=2024-13-01&to=2024-01-01", "“Decided on or after” must be a real date")]
    [InlineData("from=2024-06-01&to=2024-01-01", "“Decided on or before” must be the same as or after")]
    [InlineData("from=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "must be a real date")]
    public async Task A_bad_date_gets_a_plain_message_and_no_error_page(string query, string message)
    {
        var page = await GetAsync($"/register?{query}");

        Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"Status {(int)page.Status}");
        Assert.Contains("There is a problem with the search", page.Html);
        Assert.Contains(message, page.Html);
        Assert.DoesNotContain("The portal could not finish that request", page.Html);
        Assert.DoesNotContain("Exception", page.Html);
        Assert.DoesNotContain("<script>alert", page.Raw);
    }

    [Fact]
    public async Task Overlong_search_text_is_cut_short_rather_than_refused()
    {
        var page = await GetAsync($"/register?q={new string('x', 5000)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("No published decisions match your search", page.Html);
    }

    [Fact]
    public async Task The_published_EIA_shows_all_nine_protected_characteristics()
    {
        var (historical, _, _) = await SeededAsync();

        var page = await GetAsync($"/register/equality/{historical.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(9, Regex.Count(page.Html, "data-characteristic=\""));
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
            Assert.Contains($">{characteristic.Describe()}</h3>", page.Html);
        Assert.Contains("COM-0001", page.Html);
    }

    [Fact]
    public async Task The_published_note_shows_its_number_outcome_rationale_and_officers_comments()
    {
        var (historical, _, _) = await SeededAsync();

        var page = await GetAsync($"/register/decisions/{historical.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(historical.DecisionNumber!, page.Html);
        Assert.Contains("Approved", page.Html);
        Assert.Contains("17 February 2022", page.Html);
        Assert.Contains(historical.DecisionRationale!, page.Html);
        Assert.Contains("I hereby approve the recommendation for consideration.", page.Html);
        Assert.Contains("The proposal complies with the Commissioner", page.Html);
        Assert.Contains("Funding of up to £80,000 a year", page.Html);
        Assert.Contains($"/register/decisions/{historical.Id}.pdf", page.Html);
        Assert.Contains($"/register/equality/{historical.Id}", page.Html);
        Assert.Contains("href=\"/account/login\"", page.Html);
    }

    private async Task<(Commission Historical, Commission Draft, Commission Women)> SeededAsync()
    {
        await using var db = await app.OpenDbAsync();
        var seeded = await db.Commissions.AsNoTracking().Where(c => c.Number <= 3).OrderBy(c => c.Number).ToListAsync();
        return (seeded[0], seeded[1], seeded[2]);
    }

    private async Task<string> DecisionNumberAsync(Guid id)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.Where(c => c.Id == id).Select(c => c.DecisionNumber!).SingleAsync();
    }

    /// <summary>Drafts the note, has the three officers sign it and the Commissioner approve it, each through the services.</summary>
    private async Task<Guid> DecideAsync(DecisionNoteContent note)
    {
        var id = await _steps.CreateAsync(note.Title);
        var notes = app.ServiceFor<DecisionNoteService>(TestActors.CommissioningOfficer);
        var saved = await notes.SaveAsync(id, (await _steps.ViewAsync(id)).ConcurrencyToken, note);
        Assert.True(saved.Succeeded, saved.Message);
        await _steps.SucceedAsync(TestActors.CommissioningOfficer, id, (s, token) => s.FireAsync(id, token, CommissionTrigger.SubmitForDecision));
        await _steps.SucceedAsync(TestActors.MonitoringOfficer, id, (s, token) => s.RecordSignOffAsync(id, token, "No concerns on legality."));
        await _steps.SucceedAsync(TestActors.Section151Officer, id, (s, token) => s.RecordSignOffAsync(id, token, "Funded from the homelessness prevention grant."));
        await _steps.SucceedAsync(TestActors.ChiefExecutive, id, (s, token) => s.RecordSignOffAsync(id, token, "I recommend approval."));
        await _steps.SucceedAsync(TestActors.Commissioner, id,
            (s, token) => s.FireAsync(id, token, CommissionTrigger.Approve, "Approved because the shelter asked for it."));
        return id;
    }

    private async Task PassEqualityAssessmentAsync(Guid id)
    {
        var author = app.ServiceFor<EqualityAssessmentService>(TestActors.CommissioningOfficer);
        var saved = await author.SaveAsync(id, null, ReferenceCommission.EqualityAssessment(Today()));
        Assert.True(saved.Succeeded, saved.Message);
        var submitted = await author.SubmitAsync(id, (await author.GetAsync(id)).Value!.ConcurrencyToken);
        Assert.True(submitted.Succeeded, submitted.Message);
        var lead = app.ServiceFor<EqualityAssessmentService>(TestActors.EqualityLead);
        var passed = await lead.PassAsync(id, (await lead.GetAsync(id)).Value!.ConcurrencyToken, "Each group is assessed on its own evidence.");
        Assert.True(passed.Succeeded, passed.Message);
    }

    private sealed record Page(HttpStatusCode Status, string Raw, string Html);

    /// <summary>The page as an anonymous browser gets it: the raw HTML and the same with entities decoded, for text checks.</summary>
    private async Task<Page> GetAsync(string path)
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync(path);
        var raw = await response.Content.ReadAsStringAsync();
        return new Page(response.StatusCode, raw, WebUtility.HtmlDecode(raw));
    }

    private static string MainText(string html)
    {
        var main = MainElement().Match(html);
        Assert.True(main.Success, "The page has no <main> element.");
        return main.Groups[1].Value;
    }

    private static string Section(string html, string key)
    {
        var section = Regex.Match(html, $"<section[^>]*data-section=\"{Regex.Escape(key)}\"[^>]*>(.*?)</section>", RegexOptions.Singleline);
        Assert.True(section.Success, $"The page has no {key} section.");
        return section.Groups[1].Value;
    }

    private DateOnly Today() => UkTime.DateOf(app.Clock.GetUtcNow());

    [GeneratedRegex("<main[^>]*>(.*)</main>", RegexOptions.Singleline)]
    private static partial Regex MainElement();
}

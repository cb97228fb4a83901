using AngleSharp.Dom;
using Bunit;
using Portal.Components.Tendering.ForSuppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Clarifications;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Components.Tendering;

/// <summary>
/// The tender page as an invited supplier uses it: the sections notifications link to, documents and scoring, acknowledging
/// an addendum, the Q&A board without other suppliers' names, and asking a question until the clarification deadline.
/// </summary>
public sealed class SupplierTenderPageTests(ComponentDatabase database) : PortalComponentTest(database), IClassFixture<ComponentDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_page_has_the_sections_that_notifications_link_to()
    {
        var tender = await Database.IssuedTenderAsync("Mentoring for women leaving prison");

        var page = RenderPageFor(tender.Us, tender.IttId);

        Assert.Equal("Mentoring for women leaving prison", page.Find("h1").TextContent.Trim());
        Assert.Equal("Open for questions", page.Find("[data-testid='tender-stage']").TextContent.Trim());
        foreach (var section in new[] { "overview", "documents", "evaluation", "addenda", "questions" })
        {
            Assert.Equal("SECTION", page.Find($"#{section}").TagName);
        }
        var deadlines = Squash(page.Find("[data-testid='tender-deadlines']").TextContent);
        Assert.Contains("Questions close in 3 days 4 hours on 14 May 2026, 14:00 (UK time)", deadlines);
        Assert.Contains("Tenders close in 17 days 2 hours on 28 May 2026, 12:00 (UK time)", deadlines);
    }

    [Fact]
    public async Task Documents_link_every_version_to_the_download_address_with_the_current_one_first()
    {
        var tender = await Database.IssuedTenderAsync();

        var documents = RenderPageFor(tender.Us, tender.IttId).Find("[data-testid='documents']");

        Assert.Contains("Service specification", documents.TextContent);
        Assert.Contains("Specification · version 2", documents.TextContent);
        var current = documents.QuerySelector("[data-testid='document-link']")!;
        Assert.Equal("specification-v2.pdf", current.TextContent.Trim());
        Assert.Matches($"^/tenders/{tender.IttId}/documents/[0-9a-f-]{{36}}$", current.GetAttribute("href"));
        Assert.Contains("2.4 MB", documents.TextContent);
        var earlier = documents.QuerySelector("details")!;
        Assert.Contains("Version 1: specification-v1.pdf", Squash(earlier.TextContent));
        Assert.NotEqual(current.GetAttribute("href"), earlier.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_price_formula_is_explained_with_a_worked_example()
    {
        var tender = await Database.IssuedTenderAsync();

        var page = RenderPageFor(tender.Us, tender.IttId);

        Assert.Contains("The lowest compliant price scores the full 30%", Squash(page.Find("[data-testid='price-formula']").TextContent));
        Assert.Contains("you score 27 out of 30", Squash(page.Find("#evaluation").TextContent));
        Assert.Equal(["Quality 60% (2 questions)", "Price 30%", "Social value 10%"],
            page.FindAll("[data-testid='weights'] li").Select(li => Squash(li.TextContent)));
    }

    [Fact]
    public async Task Acknowledging_an_addendum_records_who_acknowledged_it_and_when()
    {
        var tender = await Database.IssuedTenderAsync();
        var page = RenderPageFor(tender.Us, tender.IttId);
        Assert.Contains("1 addendum waits for your acknowledgement", page.Find("[data-testid='addenda-waiting']").TextContent);

        page.Find("[data-testid='addendum'] [data-testid='acknowledge']").Click();

        page.WaitForAssertion(() => Assert.Equal("Acknowledged by Nadia Brooks on 11 May 2026, 10:00 (UK time)",
            Squash(page.Find("[data-testid='addendum'] [data-testid='acknowledged']").TextContent)), Patience);
        Assert.Empty(page.FindAll("[data-testid='acknowledge']"));
        Assert.Empty(page.FindAll("[data-testid='addenda-waiting']"));
    }

    [Fact]
    public async Task Another_suppliers_question_shows_without_who_asked_it_and_our_own_shows_who_asked()
    {
        var tender = await Database.IssuedTenderAsync();

        var page = RenderPageFor(tender.Us, tender.IttId);

        var theirs = Question(page, 1);
        Assert.Contains(IssuedTender.TheirQuestion, theirs.TextContent);
        Assert.Contains(IssuedTender.TheirAnswer, theirs.TextContent);
        Assert.DoesNotContain("Your question", theirs.TextContent);
        Assert.DoesNotContain("Asked by", theirs.TextContent);
        Assert.DoesNotContain(tender.Them.DisplayName, page.Markup);
        var ours = Question(page, 2);
        Assert.Contains("Your question", ours.TextContent);
        Assert.Contains("Asked by Nadia Brooks on 11 May 2026, 09:00 (UK time)", Squash(ours.TextContent));
        Assert.Equal("Awaiting an answer", ours.QuerySelector("[data-testid='question-status']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_question_asked_before_the_deadline_joins_the_board_as_ours_awaiting_an_answer()
    {
        var tender = await Database.IssuedTenderAsync();
        var page = RenderPageFor(tender.Us, tender.IttId);

        page.Find("#question-text").Input("Can volunteers deliver part of the mentoring?");
        page.Find("[data-testid='send-question']").Click();

        page.WaitForAssertion(() => Assert.Contains("Can volunteers deliver part of the mentoring?", Question(page, 3).TextContent), Patience);
        Assert.Equal("Awaiting an answer", Question(page, 3).QuerySelector("[data-testid='question-status']")!.TextContent.Trim());
        Assert.Equal("", page.Find("#question-text").GetAttribute("value") ?? page.Find("#question-text").TextContent);
        Assert.Contains("Your question has been sent.", page.Find("[data-testid='ask-sent']").TextContent);
    }

    [Fact]
    public async Task An_empty_question_is_not_sent_and_says_what_to_do()
    {
        var tender = await Database.IssuedTenderAsync();
        var page = RenderPageFor(tender.Us, tender.IttId);

        page.Find("#question-text").Input("   ");
        page.Find("[data-testid='send-question']").Click();

        page.WaitForAssertion(() => Assert.Contains("Write your question before sending it.", page.Find("[data-testid='ask']").TextContent), Patience);
        Assert.Equal(2, page.FindAll("[data-testid='board-question']").Count);
    }

    [Fact]
    public async Task A_question_sent_after_the_deadline_passed_is_refused_with_the_reason_and_the_text_kept()
    {
        var tender = await Database.IssuedTenderAsync();
        Clock.SetUtcNow(tender.ClarificationDeadline.AddSeconds(-30));
        var page = RenderPageFor(tender.Us, tender.IttId);
        page.Find("#question-text").Input("Is TUPE likely to apply to the current staff?");

        Clock.Advance(TimeSpan.FromMinutes(1));
        page.Find("[data-testid='send-question']").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "The clarification deadline was 14 May 2026, 14:00 (UK time); questions can no longer be asked.",
            page.Find("[data-testid='ask-problem']").TextContent), Patience);
        Assert.Equal("Is TUPE likely to apply to the current staff?", page.Find("#question-text").GetAttribute("value") ?? page.Find("#question-text").TextContent);
        Assert.Equal(2, page.FindAll("[data-testid='board-question']").Count);
    }

    [Fact]
    public async Task After_the_clarification_deadline_the_form_gives_way_to_when_questions_closed()
    {
        var tender = await Database.IssuedTenderAsync();
        Clock.SetUtcNow(tender.ClarificationDeadline.AddMinutes(1));

        var page = RenderPageFor(tender.Us, tender.IttId);

        Assert.Empty(page.FindAll("#question-text"));
        Assert.Contains("Questions closed at 14 May 2026, 14:00 (UK time).", page.Find("[data-testid='questions-closed']").TextContent);
        Assert.Equal("Open for tenders", page.Find("[data-testid='tender-stage']").TextContent.Trim());
    }

    [Fact]
    public async Task A_tender_the_organisation_was_not_invited_to_is_not_found_without_showing_it()
    {
        var invitedElsewhere = await Database.IssuedTenderAsync("Accommodation for prison leavers");
        var tender = await Database.IssuedTenderAsync("Debt advice on release");
        var stranger = invitedElsewhere.Them;

        SignInAs(stranger);
        var page = Render<SupplierTenderPage>(p => p.Add(x => x.IttId, tender.IttId));
        var notFound = page.WaitForElement("[data-testid='not-found']", Patience);

        Assert.Contains("We cannot find that invitation to tender", notFound.TextContent);
        Assert.DoesNotContain("Debt advice on release", page.Markup);
    }

    [Fact]
    public async Task An_answer_published_while_the_page_is_open_appears_without_a_reload()
    {
        var tender = await Database.IssuedTenderAsync();
        var page = RenderPageFor(tender.Them, tender.IttId);
        Assert.Single(page.FindAll("[data-testid='board-question']"));

        await using (var db = Database.CreateDbContext())
        {
            var ours = await db.Set<ClarificationQuestion>().SingleAsync(q => q.InvitationToTenderId == tender.IttId && q.Number == 2);
            ours.AnswerWith("Yes, on Saturdays.", AnswerAudience.AllInvitedSuppliers, null, null, People.ProcurementOfficer, ComponentDatabase.Now);
            await db.SaveChangesAsync();
        }
        await Services.GetRequiredService<CommissionNotifier>().NotifyAsync(tender.CommissionId);

        page.WaitForAssertion(() => Assert.Contains("Yes, on Saturdays.", Question(page, 2).TextContent), Patience);
        Assert.DoesNotContain("Nadia Brooks", Question(page, 2).TextContent);
    }

    private IRenderedComponent<SupplierTenderPage> RenderPageFor(Actor supplier, Guid ittId)
    {
        SignInAs(supplier);
        var page = Render<SupplierTenderPage>(p => p.Add(x => x.IttId, ittId));
        page.WaitForElement("[data-testid='tender-title']", Patience);
        return page;
    }

    private static IElement Question(IRenderedComponent<SupplierTenderPage> page, int number) =>
        page.Find($"[data-testid='board-question'][data-number='{number}']");

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

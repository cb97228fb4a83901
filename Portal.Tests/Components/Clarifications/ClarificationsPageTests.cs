using Bunit;
using Portal.Components.Clarifications;
using Portal.Tests.Components.Tendering;

namespace Portal.Tests.Components.Clarifications;

/// <summary>The procurement officer's clarification board: who asked (which suppliers never see), answering, and what each choice needs.</summary>
public sealed class ClarificationsPageTests(ComponentDatabase database) : PortalComponentTest(database), IClassFixture<ComponentDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private IRenderedComponent<ClarificationsPage> RenderBoard(IssuedTender tender)
    {
        SignInAs(People.ProcurementOfficer);
        var page = Render<ClarificationsPage>(p => p.Add(x => x.Id, tender.CommissionId));
        page.WaitForElement("[data-testid='question-counts']", Patience);
        return page;
    }

    [Fact]
    public async Task The_officer_sees_who_asked_and_that_the_tender_cannot_close_while_a_question_waits()
    {
        var tender = await Database.IssuedTenderAsync();

        var page = RenderBoard(tender);

        Assert.Contains("2 asked · 1 awaiting an answer", page.Find("[data-testid='question-counts']").TextContent);
        Assert.Contains("The tender period cannot close until every question is answered", page.Find("[data-testid='unanswered-warning']").TextContent);
        var waiting = page.Find("[data-testid='question-2']");
        Assert.Contains("Asked by Nadia Brooks of Pathways", waiting.TextContent);
        Assert.Contains(IssuedTender.OurQuestion, waiting.TextContent);
        Assert.Empty(page.FindAll("[data-testid='question-1']"));
    }

    [Fact]
    public async Task Publishing_an_answer_with_a_reworded_question_moves_it_to_answered_for_everyone()
    {
        var tender = await Database.IssuedTenderAsync();
        var page = RenderBoard(tender);

        page.Find("#published-2").Change("Will the service run at weekends?");
        page.Find("#answer-2").Change("Yes, on Saturday mornings.");
        page.Find("[data-testid='publish-2']").Click();

        page.WaitForAssertion(() => Assert.Contains("0 awaiting an answer", page.Find("[data-testid='question-counts']").TextContent), Patience);
        await page.InvokeAsync(() => page.FindAll(".mud-chip").Single(c => c.TextContent.Trim() == "All").Click());
        page.WaitForAssertion(() => Assert.Contains("Yes, on Saturday mornings.", page.Find("[data-testid='question-2'] [data-testid='answer']").TextContent), Patience);
        Assert.Contains("Will the service run at weekends?", page.Find("[data-testid='question-2']").TextContent);
        Assert.Contains("published to every invited supplier, without the asker's name", page.Find("[data-testid='question-2'] [data-testid='audience']").TextContent);
    }

    [Fact]
    public async Task An_empty_answer_or_an_unjustified_answer_for_the_asker_alone_is_refused_and_the_text_kept()
    {
        var tender = await Database.IssuedTenderAsync();
        var page = RenderBoard(tender);

        page.Find("[data-testid='publish-2']").Click();
        page.WaitForAssertion(() => Assert.Equal("Write the answer.", page.Find("[data-testid='answer-error']").TextContent.Trim()), Patience);

        page.Find("#answer-2").Change("Only at your Coventry site.");
        await page.InvokeAsync(() => page.FindAll("input[type='radio']")[1].Click());
        page.WaitForElement("#justification-2", Patience);
        page.Find("[data-testid='publish-2']").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Record why the answer goes only to the supplier that asked",
            page.Find("[data-testid='answer-error']").TextContent.Trim()), Patience);
        Assert.Equal("Only at your Coventry site.", page.Find("#answer-2").GetAttribute("value"));
        Assert.Contains("1 awaiting an answer", page.Find("[data-testid='question-counts']").TextContent);
    }
}

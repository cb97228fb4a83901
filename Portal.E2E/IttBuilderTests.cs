using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// The procurement officer builds the reference commission's invitation to tender on the demo's COM-0004: the lot, the
/// specification, a compliance question, two quality questions with their descriptors, price 50% / social value 10% /
/// quality 40%, and the seed's timetable phases, until nothing stops it being issued; then issues it. A supplier on the lot
/// finds the invitation and asks a question; the officer rewords and publishes the answer; a second supplier reads it
/// with nothing to say who asked.
/// </summary>
[Collection(PortalAppCollection.Name)]
public sealed class IttBuilderTests(PortalApp app)
{
    private static readonly string[] Descriptors =
    [
        "No response, or the response does not address the question.",
        "Poor: major gaps and little evidence.",
        "Weak: some gaps and limited evidence.",
        "Satisfactory: meets the requirement with some evidence.",
        "Good: meets the requirement fully with clear evidence.",
        "Excellent: exceeds the requirement with compelling evidence.",
    ];

    [Fact]
    public async Task The_reference_itt_is_built_issued_and_a_question_answered_for_every_supplier_without_the_askers_name()
    {
        var page = await app.NewPageAsync();
        var folder = Directory.CreateTempSubdirectory("portal-itt-");
        try
        {
            var specification = Path.Combine(folder.FullName, "service-specification.pdf");
            await File.WriteAllBytesAsync(specification, SpecificationPdf());

            await page.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
            await page.WaitForInteractiveAsync();
            await OpenCommissionAsync(page, "COM-0004");
            await page.GetByTestId("itt-link").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Invitation to tender", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("itt-status")).ToHaveTextAsync("Not started");
            await page.WaitForInteractiveAsync();

            await page.GetByRole(AriaRole.Combobox, new() { Name = "Framework lot" }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Lot 1: Education, Training and Employment (West Midlands)" }).ClickAsync();
            await Expect(page.GetByTestId("itt-lot-suppliers")).ToHaveTextAsync("3 active suppliers on this lot will be invited to tender.");

            var documents = page.GetByTestId("itt-documents-section");
            await documents.GetByLabel("Title").FillAsync("Service specification: employment mentoring");
            await documents.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(specification);
            await documents.GetByTestId("itt-document-upload").ClickAsync();
            var document = documents.GetByTestId("itt-document");
            await Expect(document).ToContainTextAsync("Service specification: employment mentoring");
            await Expect(document.GetByTestId("itt-version")).ToContainTextAsync("service-specification.pdf");
            await Expect(page.GetByTestId("itt-status")).ToHaveTextAsync("Draft");

            await page.GetByTestId("add-compliance").ClickAsync();
            await page.Locator("#compliance-0").FillAsync("Do you hold employer's liability insurance of at least £5 million?");

            await AddQualityQuestionAsync(page, 0, "Describe how you will find and keep training and employment placements for people leaving prison.", 25, 1000);
            await AddQualityQuestionAsync(page, 1, "Describe how you will work with the probation service, the prisons and other partners.", 15, 750);

            await page.Locator("#price-weight").FillAsync("50");
            await page.Locator("#social-value-weight").FillAsync("10");
            await page.Locator("#social-value-weight").PressAsync("Tab");
            await Expect(page.GetByTestId("itt-actions").GetByTestId("weight-total")).ToHaveTextAsync("The weights total 100%.");

            // A call-off follows its framework, procured in 2021 under PCR 2015, with a voluntary standstill as the seed's was.
            await page.GetByText("Public Contracts Regulations 2015", new() { Exact = true }).ClickAsync();
            await page.Locator("#voluntary-standstill").FillAsync("10");
            await SetDateAsync(page, "IttIssue", "2027-03-01");
            await SetDateAsync(page, "ClarificationDeadline", "2027-03-03", "12:00");
            await SetDateAsync(page, "TenderDeadline", "2027-03-12", "12:00");
            await SetDateAsync(page, "Evaluation", "2027-03-15");
            await SetDateAsync(page, "IntentionToAward", "2027-04-12");
            await SetDateAsync(page, "EndOfStandstill", "2027-04-26");
            await SetDateAsync(page, "CallOffEffective", "2027-05-04");
            await SetDateAsync(page, "Commencement", "2027-07-05");
            await Expect(page.GetByTestId("standstill-rule")).ToContainTextAsync("Voluntary standstill: 10 calendar days");

            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("save-state")).ToContainTextAsync("All changes saved");
            await Expect(page.GetByTestId("itt-ready")).ToContainTextAsync("Nothing: the ITT is ready to issue.");
            await Expect(page.GetByTestId("itt-problems")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid^='warning-']")).ToHaveCountAsync(0);

            var timeline = page.GetByTestId("itt-timeline-section");
            await Expect(timeline.Locator("[data-testid=timeline-phase][data-phase=TenderDeadline]")).ToContainTextAsync("Tender deadline · 12 March 2027, 12:00");
            await Expect(timeline.GetByTestId("itt-ics-link")).ToBeEnabledAsync();
            await page.ScreenshotAsync("itt-builder");
            await timeline.ScreenshotAsync("itt-timeline");

            await page.ReloadAsync();
            await Expect(page.GetByTestId("itt-ready")).ToBeVisibleAsync();
            await Expect(page.Locator("#quality-1-descriptor-5")).ToHaveValueAsync(Descriptors[5]);

            await IssueAsync(page);
            await SupplierAsksAsync();
            await AnswerAsync(page);
            await SecondSupplierReadsTheAnswerAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private const string Title = "Employment Mentoring for Prison Leavers";
    private const string AskedQuestion = "Pathways to Work CIC already mentors at HMP Featherstone. Can our existing mentors transfer to this service?";
    private const string PublishedQuestion = "Can a bidder's existing mentors transfer to this service?";
    private const string Answer = "Yes, provided each mentor holds an enhanced DBS check and completes the induction in section 5.";

    private static async Task IssueAsync(IPage page)
    {
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("issue-itt").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue the ITT", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The tender", Exact = true })).ToBeVisibleAsync();
        var invited = page.GetByTestId("invited-suppliers");
        await Expect(invited).ToContainTextAsync("Invited suppliers (3)");
        await Expect(invited).ToContainTextAsync("Pathways to Work CIC");
        await Expect(invited).Not.ToContainTextAsync("Bridge Training Charity");
    }

    private async Task SupplierAsksAsync()
    {
        var supplier = await app.NewPageAsync();
        await supplier.SignInAsync("bids@pathwaystowork.test", DemoUsers.Password);
        await supplier.WaitForInteractiveAsync();
        var invitation = supplier.GetByTestId("invitation").Filter(new() { HasText = Title });
        await Expect(invitation).ToContainTextAsync("Open for questions");
        await invitation.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(supplier.GetByTestId("tender-title")).ToHaveTextAsync(Title);
        await supplier.WaitForInteractiveAsync();
        await supplier.Locator("#question-text").FillAsync(AskedQuestion);
        await supplier.GetByTestId("send-question").ClickAsync();
        var ours = supplier.Locator("[data-testid='board-question'][data-number='1']");
        await Expect(ours).ToContainTextAsync(AskedQuestion);
        await Expect(ours.GetByTestId("question-status")).ToHaveTextAsync("Awaiting an answer");
        await supplier.Context.CloseAsync();
    }

    private static async Task AnswerAsync(IPage page)
    {
        await page.GetByTestId("clarifications-link").ClickAsync();
        var question = page.GetByTestId("question-1");
        await Expect(question).ToContainTextAsync("of Pathways to Work CIC");
        await page.WaitForInteractiveAsync();
        await page.Locator("#published-1").FillAsync(PublishedQuestion);
        await page.Locator("#answer-1").FillAsync(Answer);
        await page.Locator("#answer-1").BlurAsync();
        await page.GetByTestId("publish-1").ClickAsync();
        await Expect(page.GetByTestId("question-counts")).ToContainTextAsync("1 asked · 0 awaiting an answer");
        await page.GetByText("All", new() { Exact = true }).ClickAsync();
        await Expect(question.GetByTestId("audience")).ToContainTextAsync("published to every invited supplier, without the asker's name");
        await page.ScreenshotAsync("clarifications-office");
    }

    private async Task SecondSupplierReadsTheAnswerAsync()
    {
        var other = await app.NewPageAsync();
        await other.SignInAsync("tenders@secondchanceskills.test", DemoUsers.Password);
        await other.WaitForInteractiveAsync();
        await other.GetByTestId("invitation").Filter(new() { HasText = Title }).GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        var board = other.GetByTestId("board");
        await Expect(board).ToContainTextAsync(PublishedQuestion);
        await Expect(board).ToContainTextAsync(Answer);
        await Expect(board).Not.ToContainTextAsync("Pathways");
        await Expect(board).Not.ToContainTextAsync("Nadia Brooks");
        await Expect(board).Not.ToContainTextAsync("Featherstone");
        await other.Locator("#questions").ScreenshotAsync("qa-board-supplier");
        await other.Context.CloseAsync();
    }

    /// <summary>Finds a commission through the list's search, as a person would, and opens it.</summary>
    private static async Task OpenCommissionAsync(IPage page, string reference)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "All commissions", Exact = true }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("Search title or reference").FillAsync(reference);
        var table = page.GetByTestId("commission-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await table.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("commission-title")).ToHaveTextAsync("Employment Mentoring for Prison Leavers");
        await page.WaitForInteractiveAsync();
    }

    private static async Task AddQualityQuestionAsync(IPage page, int index, string text, int weight, int words)
    {
        await page.GetByTestId("add-quality").ClickAsync();
        await Expect(page.GetByTestId("quality-question")).ToHaveCountAsync(index + 1);
        var prefix = $"#quality-{index}";
        await page.Locator($"{prefix}-text").FillAsync(text);
        await page.Locator($"{prefix}-weight").FillAsync(weight.ToString());
        await page.Locator($"{prefix}-words").FillAsync(words.ToString());
        for (var score = 0; score < Descriptors.Length; score++)
            await page.Locator($"{prefix}-descriptor-{score}").FillAsync(Descriptors[score]);
        // The text boxes commit a moment after typing and the page settles; only then is the next button where it was drawn.
        await Expect(page.GetByTestId("itt-readiness")).Not.ToContainTextAsync($"Quality question {index + 1} needs");
    }

    private static async Task SetDateAsync(IPage page, string phase, string date, string? time = null)
    {
        await page.Locator($"#date-{phase}").FillAsync(date);
        if (time is not null) await page.Locator($"#time-{phase}").FillAsync(time);
    }

    /// <summary>A small but real PDF, drawn by PdfPig, to upload as the specification.</summary>
    private static byte[] SpecificationPdf()
    {
        using var document = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = document.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var pdfPage = document.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        pdfPage.AddText("Service specification: employment mentoring for prison leavers", 12,
            new UglyToad.PdfPig.Core.PdfPoint(72, pdfPage.PageSize.Height - 72), font);
        return document.Build();
    }
}

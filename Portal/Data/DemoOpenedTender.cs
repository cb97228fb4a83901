using System.Security.Cryptography;
using Portal.Domain.Calendar;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using static Portal.Data.DemoIttDocuments;

namespace Portal.Data;

/// <summary>
/// The demo's tender ready for evaluation: the re-based employment support commission (COM-0005), its ITT issued six weeks
/// ago to the West Midlands lot's three active suppliers, each of whom submitted a response before the deadline last
/// week; two procurement officers then opened the box. Built through the aggregates' own methods; the answers are sealed,
/// and the files written sealed, by the seeder with the ITT's key, as the portal itself would have stored them.
/// </summary>
internal sealed class DemoOpenedTender
{
    private DemoOpenedTender(InvitationToTender itt) => Itt = itt;

    public InvitationToTender Itt { get; }
    public List<IttDocumentFile> Files { get; } = [];
    public List<IttInvitation> Invitations { get; } = [];
    public List<TenderResponse> Responses { get; } = [];

    /// <summary>The plaintext of each response file, by its stored name, for the seeder to write sealed.</summary>
    public Dictionary<string, byte[]> ResponseFiles { get; } = [];

    public TenderOpeningRecord? Opening { get; private set; }

    public static DemoOpenedTender Build(Commission commission, Lot lot, IReadOnlyList<SupplierOrganisation> suppliers, Actor officer,
        Actor secondOfficer, Func<string, Actor> supplierUser, PortalStorage storage, DateTimeOffset now)
    {
        var calendar = WorkingDayCalendar.For(ProcurementRegime.ProcurementAct2023);
        var today = UkTime.DateOf(now);
        DateOnly WorkingDay(int daysFromToday) => calendar.NextWorkingDayOnOrAfter(today.AddDays(daysFromToday));
        var noon = new TimeOnly(12, 0);
        var content = new IttContent
        {
            LotId = lot.Id,
            ComplianceQuestions = ComplianceQuestions(),
            QualityQuestions =
            [
                new("Describe how you will engage IOM offenders and people released on temporary licence, and keep them engaged through to sustained employment.",
                    30, 1_000, Descriptors()),
                new("Describe how you will create training and employment placements with local employers across Staffordshire and Stoke-on-Trent.",
                    20, 750, Descriptors(), AllowsAttachments: true),
                new("Describe how you will work with probation, IOM teams and partners, and manage risk and safeguarding.", 10, 750, Descriptors()),
            ],
            PriceWeightingPercent = 30,
            Timetable =
            [
                new(TimetablePhase.IttIssue, WorkingDay(-45)),
                new(TimetablePhase.ClarificationDeadline, WorkingDay(-30), noon),
                new(TimetablePhase.TenderDeadline, WorkingDay(-9), noon),
                new(TimetablePhase.Evaluation, WorkingDay(-6)),
                new(TimetablePhase.IntentionToAward, WorkingDay(14)),
                new(TimetablePhase.EndOfStandstill, WorkingDay(28)),
                new(TimetablePhase.CallOffEffective, WorkingDay(35)),
                new(TimetablePhase.Commencement, WorkingDay(90)),
            ],
        };
        var issuedAt = UkTime.FromUkLocal(WorkingDay(-45).ToDateTime(new TimeOnly(10, 0)));
        var tender = new DemoOpenedTender(InvitationToTender.Start(commission.Id, content, officer, issuedAt.AddDays(-4)));
        var itt = tender.Itt;
        itt.AddDocument(IttDocumentKind.Specification, "Service specification",
            tender.Pdf(commission, "specification.pdf", "Service specification", Specification, officer, storage, issuedAt.AddDays(-3)), officer, issuedAt.AddDays(-3));
        itt.AddDocument(IttDocumentKind.Terms, "Call-off terms and conditions",
            tender.Pdf(commission, "call-off-terms.pdf", "Call-off terms and conditions", Terms, officer, storage, issuedAt.AddDays(-3)), officer, issuedAt.AddDays(-3));
        commission.RecordIttReadiness(officer, itt.WeightTotal, itt.Documents.Count, suppliers.Count, issuedAt.AddDays(-1));
        commission.SetTenderTimetable(officer, itt.ClarificationDeadline!.Value, itt.TenderDeadline!.Value, issuedAt.AddDays(-1));
        tender.Invitations.AddRange(itt.Issue(suppliers.Select(s => new InvitedSupplier(s.Id, s.Name)).ToList(), officer, issuedAt));
        Move(commission, CommissionTrigger.IssueItt, officer, issuedAt);
        Move(commission, CommissionTrigger.ClarificationDeadlinePassed, Actor.System, itt.ClarificationDeadline!.Value.AddMinutes(1), "The deadline passed");

        var deadline = itt.TenderDeadline!.Value;
        var shape = ResponseShape.Of(itt, commission.InitialTermMonths);
        var submitted = deadline.AddDays(-3);
        foreach (var bid in DemoBids.All)
        {
            var invitation = tender.Invitations.Single(i => i.SupplierName == bid.SupplierName);
            var bidder = supplierUser(suppliers.Single(s => s.Name == bid.SupplierName).ContactEmail);
            tender.Respond(invitation, bid, shape, deadline, bidder, itt, submitted);
            commission.RecordTenderReceived(bidder, submitted.AddMinutes(30));
            submitted = submitted.AddHours(20);
        }
        Move(commission, CommissionTrigger.TenderDeadlinePassed, Actor.System, deadline.AddMinutes(1), "The deadline passed");
        var openedAt = deadline.AddHours(2);
        commission.ConfirmTenderOpening(secondOfficer, openedAt.AddMinutes(-10));
        commission.ConfirmTenderOpening(officer, openedAt);
        Move(commission, CommissionTrigger.OpenTenders, officer, openedAt, "Two procurement officers confirmed the opening");
        tender.Opening = new TenderOpeningRecord(commission.Id, itt.Id, deadline, openedAt,
            commission.OpeningConfirmations.Select(c => $"{c.OfficerName} ({UkTime.Format(c.ConfirmedAt)})").ToList(),
            tender.Responses.Select(Opened).ToList(), 0, []);
        return tender;
    }

    private void Respond(IttInvitation invitation, DemoBids.Bid bid, ResponseShape shape, DateTimeOffset deadline, Actor bidder, InvitationToTender itt,
        DateTimeOffset at)
    {
        var response = TenderResponse.Start(invitation, bidder, at.AddDays(-2));
        response.SaveDraft(new ResponseContent
        {
            Compliance = bid.Compliance.Select(detail => new ComplianceAnswer(true, detail)).ToList(),
            Quality = bid.Quality,
            YearlyPrices = DemoBids.Prices(bid),
            SocialValue = bid.SocialValue,
            Declarations = TenderDeclarations.All.Select(d => d.Key).ToList(),
        }, shape, deadline, bidder, at.AddDays(-1));
        if (bid.AttachmentTitle is { } title)
        {
            var bytes = PdfBytes(bid.SupplierName, title, bid.SupplierName, bid.AttachmentParagraphs ?? []);
            var fileId = Guid.NewGuid();
            var storedName = Components.Responses.ResponseVault.StoredNameFor(fileId);
            ResponseFiles[storedName] = bytes;
            response.AddFile(fileId, storedName, $"{title.ToLowerInvariant().Replace(' ', '-')}.pdf", "application/pdf", bytes.Length,
                Convert.ToHexStringLower(SHA256.HashData(bytes)), ResponseFileSlot.QualityAnswer, 1, itt.Content, long.MaxValue, deadline, bidder, at.AddHours(-2));
        }
        response.Submit(shape, deadline, bidder, at);
        Responses.Add(response);
    }

    private static OpenedResponse Opened(TenderResponse response)
    {
        var receipt = response.InTheBox!;
        var answers = ResponseSubmission.HashOfAnswers(response.Content.ToJson());
        return new OpenedResponse(response.Id, response.SupplierName, receipt.Number, receipt.ReceivedAt, receipt.ResponseSha256, answers,
            answers == receipt.ContentSha256, response.CurrentFiles.Select(f => new OpenedFile(f.OriginalName, f.SizeBytes, f.Sha256, true)).ToList());
    }

    private static void Move(Commission commission, CommissionTrigger trigger, Actor actor, DateTimeOffset at, string? reason = null) =>
        commission.Fire(trigger, new TransitionRequest(actor, at, reason));

    private static readonly string[] Specification =
    [
        "1. Purpose. Intensive employment support and mentoring for the Integrated Offender Management cohort and other hard-to-engage groups, " +
            "including prisoners on release on temporary licence, in Staffordshire and Stoke-on-Trent.",
        "2. Capacity. Up to 30 clients at a time, with about two whole-time-equivalent ETE support workers on different patches.",
        "3. Measures. Training and employment placements created, clients starting and completing placements, progress against ETE pathway plans, " +
            "completion of community orders and reoffending, reported half-yearly to the Reducing Reoffending Board.",
    ];

    private static readonly string[] Terms =
    [
        "These call-off terms incorporate the framework's terms and conditions. The initial term is two years with two optional 12-month extensions.",
        "Payment is quarterly in arrears against the agreed outcomes framework.",
    ];

    private IttFile Pdf(Commission commission, string fileName, string title, IReadOnlyList<string> paragraphs, Actor officer,
        PortalStorage storage, DateTimeOffset at) =>
        DemoIttDocuments.Store(commission, fileName, title, paragraphs, officer, storage, at, Files);
}

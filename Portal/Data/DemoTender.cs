using Portal.Domain.Calendar;
using Portal.Domain.Clarifications;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using static Portal.Data.DemoIttDocuments;

namespace Portal.Data;

/// <summary>
/// The demo's open tender: COM-0003's ITT, issued yesterday to the three suppliers active on the West Midlands lot, with
/// its documents as real PDF files, an addendum, one published answer and one question waiting for the office. Built
/// through the aggregates' own methods, as the portal itself would have made it.
/// </summary>
internal sealed class DemoTender
{
    private DemoTender(InvitationToTender itt) => Itt = itt;

    public InvitationToTender Itt { get; }
    public List<IttDocumentFile> Files { get; } = [];
    public List<IttInvitation> Invitations { get; } = [];
    public List<IttAddendum> Addenda { get; } = [];
    public List<ClarificationQuestion> Questions { get; } = [];

    public static DemoTender Build(Commission commission, Lot lot, IReadOnlyList<SupplierOrganisation> suppliers, Actor officer,
        Func<string, Actor> supplierUser, PortalStorage storage, DateTimeOffset now)
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
                new("Describe how you will engage women leaving custody in the first week after release and keep them engaged.", 25, 1_000, Descriptors()),
                new("Describe how you will manage risk and safeguarding, including information sharing with probation.", 15, 750, Descriptors()),
                new("Describe how you will work with local partners so that women reach accommodation, finance and employment support.", 10, 750, Descriptors()),
            ],
            PriceWeightingPercent = 40,
            Timetable =
            [
                new(TimetablePhase.IttIssue, today.AddDays(-1)),
                new(TimetablePhase.ClarificationDeadline, WorkingDay(5), noon),
                new(TimetablePhase.TenderDeadline, WorkingDay(12), noon),
                new(TimetablePhase.Evaluation, WorkingDay(15)),
                new(TimetablePhase.IntentionToAward, WorkingDay(28)),
                new(TimetablePhase.EndOfStandstill, WorkingDay(40)),
                new(TimetablePhase.CallOffEffective, WorkingDay(45)),
                new(TimetablePhase.Commencement, WorkingDay(75)),
            ],
        };
        var tender = new DemoTender(InvitationToTender.Start(commission.Id, content, officer, now.AddDays(-6)));
        var itt = tender.Itt;
        var specification = itt.AddDocument(IttDocumentKind.Specification, "Service specification",
            tender.Pdf(commission, "specification.pdf", "Service specification", Specification, officer, storage, now.AddDays(-5)), officer, now.AddDays(-5));
        itt.AddDocument(IttDocumentKind.Terms, "Call-off terms and conditions",
            tender.Pdf(commission, "call-off-terms.pdf", "Call-off terms and conditions", Terms, officer, storage, now.AddDays(-5)), officer, now.AddDays(-5));
        itt.AddDocument(IttDocumentKind.PricingSchedule, "Pricing schedule",
            tender.Pdf(commission, "pricing-schedule.pdf", "Pricing schedule", Pricing, officer, storage, now.AddDays(-5)), officer, now.AddDays(-5));

        commission.RecordIttReadiness(officer, itt.WeightTotal, itt.Documents.Count, suppliers.Count, now.AddDays(-2));
        commission.SetTenderTimetable(officer, itt.ClarificationDeadline!.Value, itt.TenderDeadline!.Value, now.AddDays(-2));
        tender.Invitations.AddRange(itt.Issue(suppliers.Select(s => new InvitedSupplier(s.Id, s.Name)).ToList(), officer, now.AddDays(-1)));
        commission.Fire(CommissionTrigger.IssueItt, new TransitionRequest(officer, now.AddDays(-1)));

        var addendum = itt.AmendDocument(specification.Id, IttDocumentKind.Specification, null,
            tender.Pdf(commission, "specification-v2.pdf", "Service specification (version 2)", [.. Specification, ReferralVolumes], officer, storage, now.AddHours(-5)),
            "Section 4 now gives the expected number of referrals: about 120 women a year.", null, officer, now.AddHours(-5));
        tender.Addenda.Add(addendum);
        var midlands = suppliers.Single(s => s.Name.StartsWith("Midlands", StringComparison.Ordinal));
        addendum.Acknowledge(midlands.Id, supplierUser(midlands.ContactEmail), now.AddHours(-3));

        var secondChance = suppliers.Single(s => s.Name.StartsWith("Second Chance", StringComparison.Ordinal));
        var answered = ClarificationQuestion.Ask(itt.Id, commission.Id, 1, secondChance.Id,
            "Second Chance Skills Trust already runs a women's group in Stafford. Can an existing group be part of the service?",
            itt.ClarificationDeadline!.Value, supplierUser(secondChance.ContactEmail), now.AddHours(-20));
        answered.AnswerWith("Yes. Describe the group in your answer to quality question 3, with its current referral routes.",
            AnswerAudience.AllInvitedSuppliers, "Can a women's group the bidder already runs be part of the service?", null, officer, now.AddHours(-2));
        var pathways = suppliers.Single(s => s.Name.StartsWith("Pathways", StringComparison.Ordinal));
        var waiting = ClarificationQuestion.Ask(itt.Id, commission.Id, 2, pathways.Id,
            "Will the service be expected to accept referrals for women released to approved premises outside Staffordshire?",
            itt.ClarificationDeadline!.Value, supplierUser(pathways.ContactEmail), now.AddHours(-1));
        tender.Questions.AddRange([answered, waiting]);
        commission.RecordUnansweredClarifications(supplierUser(pathways.ContactEmail), 1, now.AddHours(-1));
        return tender;
    }

    private static readonly string[] Specification =
    [
        "1. Purpose. A community support service for women leaving custody and women on probation in Staffordshire and Stoke-on-Trent, " +
            "delivered from women-only spaces.",
        "2. Outcomes. Women reach settled accommodation, manage their finances and debts, and move towards training and employment.",
        "3. Referrals. Referrals come from the Probation Service, the women's prisons and self-referral.",
    ];

    private const string ReferralVolumes = "4. Volumes. The service should expect about 120 referrals a year, with up to 30 women supported at a time.";

    private static readonly string[] Terms =
    [
        "These call-off terms incorporate the framework's terms and conditions. The initial term is two years with one optional 12-month extension.",
        "Payment is quarterly in arrears against the agreed outcomes framework.",
    ];

    private static readonly string[] Pricing =
    [
        "Give the total annual price for the service, broken down by staffing, premises, management and other costs.",
        "Prices are fixed for the initial term and exclude VAT.",
    ];

    private IttFile Pdf(Commission commission, string fileName, string title, IReadOnlyList<string> paragraphs, Actor officer,
        PortalStorage storage, DateTimeOffset at) =>
        DemoIttDocuments.Store(commission, fileName, title, paragraphs, officer, storage, at, Files);
}

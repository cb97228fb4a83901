using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.DecisionNotes;
using Portal.Components.Responses;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Clarifications;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using static Portal.Data.DemoUsers;

namespace Portal.Data;

/// <summary>
/// Demo data for the embedded default: a user for every role, a framework with lots and suppliers, and the
/// reference commission twice (taken to contract management in 2022, and live from today), plus one in its
/// clarification period, one waiting for its invitation to tender to be built, the reference commission again with its
/// tender box opened and ready to evaluate, and one awarded and being mobilised. Every commission is moved through the real workflow, so its audit trail is real.
/// </summary>
public sealed partial class DemoDataSeeder(
    IDbContextFactory<PortalDbContext> contexts,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    IConfiguration configuration,
    PortalStorage storage,
    ResponseVault vault,
    ILogger<DemoDataSeeder> logger)
{
    public const string ReferenceTitle = ReferenceCommission.Title;

    private readonly Dictionary<string, Actor> _actors = [];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync(roles);
        if (await users.Users.AnyAsync(cancellationToken)) return;
        var suppliers = await SeedFrameworkAsync(cancellationToken);
        foreach (var user in Office) _actors[user.Email] = await CreateUserAsync(user, null);
        foreach (var user in Suppliers) _actors[user.Email] = await CreateUserAsync(user, suppliers[user.SupplierName!].Id);
        await SaveAsync(HistoricalReferenceCommission(), cancellationToken);
        await SaveAsync(LiveReferenceCommission(), cancellationToken);
        await SaveAsync(CommissionInClarifications(), cancellationToken);
        await SaveAsync(CommissionReadyForItt(), cancellationToken);
        await SaveAsync(CommissionInEvaluation(), cancellationToken);
        await SaveOpenedTenderAsync(cancellationToken);
        var awarded = AwardedCommission();
        await SaveAsync(awarded, cancellationToken);
        await SaveAwardedContractAsync(awarded, suppliers[DemoContracts.ReferenceSupplier], cancellationToken);
        await DemoContracts.EnsureAsync(contexts, cancellationToken);
        await SeedPerformanceAsync(cancellationToken);
        await DemoMeetings.EnsureAsync(contexts, _actors[CommissioningOfficer.Email], _actors["bids@pathwaystowork.test"], cancellationToken);
        logger.LogInformation("Demo data seeded: {Users} users, 6 commissions", Office.Length + Suppliers.Length);
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    private async Task<Dictionary<string, SupplierOrganisation>> SeedFrameworkAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var suppliers = new[]
        {
            new SupplierOrganisation("Pathways to Work CIC", "Nadia Brooks", "bids@pathwaystowork.test", "Stoke-on-Trent"),
            new SupplierOrganisation("Second Chance Skills Trust", "Owen Hughes", "tenders@secondchanceskills.test", "Stafford"),
            new SupplierOrganisation("Midlands Employment Partnership Ltd", "Chloe Turner", "contracts@midlandsemployment.test", "Wolverhampton"),
            new SupplierOrganisation("Bridge Training Charity", "Samuel Adeyemi", "hello@bridgetraining.test", "Burton upon Trent"),
        };
        db.SupplierOrganisations.AddRange(suppliers);
        var framework = new Framework("Probation Rehabilitation Services (demo)", "Ministry of Justice",
            new DateOnly(2021, 6, 1), new DateOnly(2027, 5, 31));
        var westMidlandsEte = framework.AddLot(1, "Education, Training and Employment", "West Midlands");
        _openTenderLot = (westMidlandsEte, [suppliers[0], suppliers[1], suppliers[2]]);
        framework.AddLot(2, "Education, Training and Employment", "North West");
        var accommodation = framework.AddLot(3, "Accommodation", "West Midlands");
        framework.AddLot(4, "Personal Wellbeing", "West Midlands");
        westMidlandsEte.AddSupplier(suppliers[0]);
        westMidlandsEte.AddSupplier(suppliers[1]);
        westMidlandsEte.AddSupplier(suppliers[2]);
        westMidlandsEte.AddSupplier(suppliers[3], SupplierStatus.Suspended);
        accommodation.AddSupplier(suppliers[3]);
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        return suppliers.ToDictionary(s => s.Name);
    }

    private async Task<Actor> CreateUserAsync(DemoUser demo, Guid? supplierId)
    {
        var user = new ApplicationUser
        {
            UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName,
            Position = demo.Position, SupplierOrganisationId = supplierId,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, demo.Role);
        return new Actor(user.Id, demo.DisplayName, new HashSet<string> { demo.Role }, demo.Position);
    }

    private Actor As(DemoUser user) => _actors[user.Email];


    private static DateTimeOffset Uk(int year, int month, int day, int hour = 10, int minute = 0) =>
        UkTime.FromUkLocal(new DateTime(year, month, day, hour, minute, 0));

    private Commission HistoricalReferenceCommission()
    {
        var c = Commission.Create(1, ReferenceCommission.DecisionNote(new DateOnly(2022, 5, 1), new DateOnly(2022, 2, 17),
            CommissioningOfficer.DisplayName, new DateOnly(2022, 2, 4)), As(CommissioningOfficer), Uk(2022, 1, 10));
        Move(c, CommissionTrigger.SubmitForDecision, As(CommissioningOfficer), Uk(2022, 2, 7));
        c.RecordSignOff(As(MonitoringOfficer), "The proposal complies with the Commissioner's Decision Making Policy and the call-off route is lawful.", Uk(2022, 2, 14));
        c.RecordSignOff(As(Section151Officer), "Funding of up to £80,000 a year is available within the budget for the initial term.", Uk(2022, 2, 15));
        c.RecordSignOff(As(ChiefExecutive), "I hereby approve the recommendation for consideration.", Uk(2022, 2, 16));
        Move(c, CommissionTrigger.Approve, As(Commissioner), Uk(2022, 2, 17),
            "The service meets a need identified by the Reducing Reoffending Board and is affordable within budget.");
        PassEqualityAssessment(c, ReferenceCommission.EqualityAssessment(new DateOnly(2022, 2, 16)), Uk(2022, 2, 16), Uk(2022, 2, 18), Uk(2022, 2, 21));
        c.RecordIttReadiness(As(ProcurementOfficer), 100, 4, 3, Uk(2022, 2, 24));
        c.SetTenderTimetable(As(ProcurementOfficer), Uk(2022, 3, 2, 12), Uk(2022, 3, 11, 12), Uk(2022, 2, 24));
        Move(c, CommissionTrigger.IssueItt, As(ProcurementOfficer), Uk(2022, 2, 28));
        Move(c, CommissionTrigger.ClarificationDeadlinePassed, Actor.System, Uk(2022, 3, 2, 12, 1), "The deadline passed");
        c.RecordTenderReceived(As(ProcurementOfficer), Uk(2022, 3, 9, 15));
        c.RecordTenderReceived(As(ProcurementOfficer), Uk(2022, 3, 10, 11));
        Move(c, CommissionTrigger.TenderDeadlinePassed, Actor.System, Uk(2022, 3, 11, 12, 1), "The deadline passed");
        c.ConfirmTenderOpening(As(SecondProcurementOfficer), Uk(2022, 3, 11, 14));
        Move(c, CommissionTrigger.OpenTenders, As(ProcurementOfficer), Uk(2022, 3, 11, 14, 10));
        c.RecordEvaluationProgress(As(ProcurementOfficer), true, true, true, Uk(2022, 4, 6));
        c.SetStandstillEnd(As(ProcurementOfficer), Uk(2022, 4, 25, 0),
            "Voluntary standstill for a framework call-off: 10 calendar days from the intention to award, ending w/c 25 April 2022", Uk(2022, 4, 8));
        Move(c, CommissionTrigger.IssueIntentionToAward, As(ProcurementOfficer), Uk(2022, 4, 11));
        Move(c, CommissionTrigger.ConfirmAward, As(ProcurementOfficer), Uk(2022, 4, 26));
        c.RecordContractSigned(As(ProcurementOfficer), new DateOnly(2024, 4, 30), Uk(2022, 4, 28));
        Move(c, CommissionTrigger.StartMobilisation, As(CommissioningOfficer), Uk(2022, 5, 3));
        c.RecordMobilisationProgress(As(CommissioningOfficer), 0, true, Uk(2022, 6, 20));
        Move(c, CommissionTrigger.CommenceService, As(CommissioningOfficer), Uk(2022, 6, 27));
        Move(c, CommissionTrigger.TakeExtension, As(CommissioningOfficer), Uk(2024, 1, 15),
            "Performance satisfactory at the half-yearly review; first 12-month extension taken", Uk(2025, 4, 30));
        return c;
    }

    /// <summary>The same commission re-based to today: its service would start about five months from now.</summary>
    private Commission LiveReferenceCommission()
    {
        var now = clock.GetUtcNow();
        var today = UkTime.DateOf(now);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(5);
        return Commission.Create(2, ReferenceCommission.DecisionNote(start, today.AddDays(21), CommissioningOfficer.DisplayName, today),
            As(CommissioningOfficer), now.AddMinutes(-30));
    }

    private Commission CommissionInClarifications()
    {
        var now = clock.GetUtcNow();
        var today = UkTime.DateOf(now);
        var note = ReferenceCommission.DecisionNote(new DateOnly(today.Year, today.Month, 1).AddMonths(4), today.AddDays(-24),
            CommissioningOfficer.DisplayName, today.AddDays(-31)) with
        {
            Title = "Women's Community Support Service for Offenders",
            Summary = "A gender-responsive community service for women on probation, offering one-to-one support, group work and help with " +
                "accommodation, finance and employment, delivered from women-only spaces across Staffordshire.",
            Recommendation = "That the Commissioner approves a call-off competition for a two-year service with one optional 12-month extension.",
            AnnualValueLow = Money.FromPounds(120_000),
            AnnualValueHigh = Money.FromPounds(130_000),
            ExtensionOptionCount = 1,
            Deferral = PublicationDeferral.NotDeferred,
            PublicAccessAllowed = true,
            DeferralReason = "",
        };
        var c = Commission.Create(3, note, As(CommissioningOfficer), now.AddDays(-30));
        Decide(c, new DecisionSignOffs("No governance concerns.",
            "Affordable within the reducing reoffending budget.", "I recommend approval."),
            submitted: now.AddDays(-28), signedOff: now.AddDays(-26), recommended: now.AddDays(-25), approved: now.AddDays(-24),
            "Approved: addresses the gap in women's provision.");
        PassEqualityAssessment(c, ReferenceCommission.EqualityAssessment(today.AddDays(-21)) with
        {
            TitleOfPolicy = "Commissioning of a Women's Community Support Service",
        }, now.AddDays(-21), now.AddDays(-20), now.AddDays(-18));
        var (lot, active) = _openTenderLot;
        _tenders.Add(DemoTender.Build(c, lot, active, As(ProcurementOfficer), email => _actors[email], storage, now));
        return c;
    }

    /// <summary>Decision approved and EIA passed, so it waits in ITT preparation with no ITT yet, for a procurement officer to build.</summary>
    private Commission CommissionReadyForItt()
    {
        var now = clock.GetUtcNow();
        var today = UkTime.DateOf(now);
        var note = ReferenceCommission.DecisionNote(new DateOnly(today.Year, today.Month, 1).AddMonths(6), today.AddDays(-14),
            CommissioningOfficer.DisplayName, today.AddDays(-21)) with
        {
            Title = "Employment Mentoring for Prison Leavers",
            Summary = "Through-the-gate employment mentoring for people leaving HMP Stafford and HMP Drake Hall, starting in custody and " +
                "continuing for six months after release, with training placements arranged with local employers before release.",
            Recommendation = "That the Commissioner approves a call-off competition under the Education, Training and Employment lot for a " +
                "two-year service with two optional 12-month extensions.",
            AnnualValueLow = Money.FromPounds(90_000),
            AnnualValueHigh = Money.FromPounds(95_000),
        };
        var c = Commission.Create(4, note, As(CommissioningOfficer), now.AddDays(-21));
        Decide(c, new DecisionSignOffs("The call-off route is lawful and within the Decision Making Policy.",
            "Affordable within the reducing reoffending budget for the initial term.", "I recommend approval."),
            submitted: now.AddDays(-19), signedOff: now.AddDays(-17), recommended: now.AddDays(-16), approved: now.AddDays(-14),
            "Approved: extends employment support to the prison gate.");
        PassEqualityAssessment(c, ReferenceCommission.EqualityAssessment(today.AddDays(-12)) with
        {
            TitleOfPolicy = "Commissioning of Employment Mentoring for Prison Leavers",
        }, now.AddDays(-12), now.AddDays(-10), now.AddDays(-7));
        return c;
    }

    /// <summary>
    /// The reference commission re-based so that its tender closed last week: three sealed responses opened by two
    /// procurement officers, waiting for a panel to be assigned and the evaluation to begin.
    /// </summary>
    private Commission CommissionInEvaluation()
    {
        var now = clock.GetUtcNow();
        var today = UkTime.DateOf(now);
        var c = Commission.Create(5, ReferenceCommission.DecisionNote(new DateOnly(today.Year, today.Month, 1).AddMonths(3), today.AddDays(-68),
            CommissioningOfficer.DisplayName, today.AddDays(-76)), As(CommissioningOfficer), now.AddDays(-75));
        Decide(c, new DecisionSignOffs("The call-off route is lawful and within the Decision Making Policy.",
            "Funding of up to £80,000 a year is available for the initial term.", "I recommend approval."),
            submitted: now.AddDays(-73), signedOff: now.AddDays(-71), recommended: now.AddDays(-70), approved: now.AddDays(-69),
            "Approved: meets the employment need the Reducing Reoffending Board identified.");
        PassEqualityAssessment(c, ReferenceCommission.EqualityAssessment(today.AddDays(-66)), now.AddDays(-66), now.AddDays(-65), now.AddDays(-63));
        var (lot, active) = _openTenderLot;
        _openedTender = DemoOpenedTender.Build(c, lot, active, As(ProcurementOfficer), As(SecondProcurementOfficer), email => _actors[email], storage, now);
        return c;
    }

    /// <summary>Stores the opened tender's ITT and responses, sealing the answers and files with the ITT's key as a bidder's upload would.</summary>
    private async Task SaveOpenedTenderAsync(CancellationToken cancellationToken)
    {
        var tender = _openedTender!;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<IttDocumentFile>().AddRange(tender.Files);
        db.Set<InvitationToTender>().Add(tender.Itt);
        db.Set<IttInvitation>().AddRange(tender.Invitations);
        using (var cipher = await vault.CipherForAsync(db, tender.Itt.Id, cancellationToken))
        {
            foreach (var response in tender.Responses) ResponseVault.Seal(response, cipher);
            var folder = vault.FolderFor(tender.Itt.Id);
            foreach (var (storedName, bytes) in tender.ResponseFiles)
            {
                await using var file = File.Create(Path.Combine(folder, storedName));
                await using var sealing = cipher.EncryptTo(file);
                await sealing.WriteAsync(bytes, cancellationToken);
            }
        }
        db.Set<TenderResponse>().AddRange(tender.Responses);
        db.Set<TenderOpeningRecord>().Add(tender.Opening!);
        await AuditTrail.AppendAsync(db, tender.Itt.CommissionId, tender.Itt.PendingChanges, cancellationToken);
        tender.Itt.ClearPendingChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private DemoOpenedTender? _openedTender;
    private readonly List<EqualityAssessment> _assessments = [];
    private readonly List<DemoTender> _tenders = [];
    private (Lot Lot, SupplierOrganisation[] Active) _openTenderLot;

    /// <summary>The author writes and submits the EIA; the equality lead passes it, which moves the commission on.</summary>
    private void PassEqualityAssessment(Commission commission, EqualityAssessmentContent content, DateTimeOffset written,
        DateTimeOffset submitted, DateTimeOffset passed)
    {
        var assessment = EqualityAssessment.Start(commission.Id, content, As(CommissioningOfficer), written);
        assessment.Submit(As(CommissioningOfficer), submitted);
        commission.SubmitEqualityAssessment(As(CommissioningOfficer), content.AssessedCount, submitted);
        assessment.Pass(As(EqualityLead), "Each characteristic is assessed on its own evidence; the mitigation for women is proportionate.", passed);
        Move(commission, CommissionTrigger.PassEqualityAssessment, As(EqualityLead), passed);
        _assessments.Add(assessment);
    }

    /// <summary>What the monitoring officer, the section 151 officer and the chief executive write when they sign off a decision note.</summary>
    private sealed record DecisionSignOffs(string Legality, string Funding, string Recommendation);

    /// <summary>
    /// Submits the decision note and has the Commissioner approve it once the monitoring and section 151 officers (together)
    /// and then the chief executive have signed it off.
    /// </summary>
    private void Decide(Commission commission, DecisionSignOffs signOffs, DateTimeOffset submitted, DateTimeOffset signedOff,
        DateTimeOffset recommended, DateTimeOffset approved, string reason)
    {
        Move(commission, CommissionTrigger.SubmitForDecision, As(CommissioningOfficer), submitted);
        commission.RecordSignOff(As(MonitoringOfficer), signOffs.Legality, signedOff);
        commission.RecordSignOff(As(Section151Officer), signOffs.Funding, signedOff);
        commission.RecordSignOff(As(ChiefExecutive), signOffs.Recommendation, recommended);
        Move(commission, CommissionTrigger.Approve, As(Commissioner), approved, reason);
    }

    private static void Move(Commission commission, CommissionTrigger trigger, Actor actor, DateTimeOffset at,
        string? reason = null, DateTimeOffset? date = null) =>
        commission.Fire(trigger, new TransitionRequest(actor, at, reason, NewDate: date));

    private async Task SaveAsync(Commission commission, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Commissions.Add(commission);
        if (commission.NeedsDecisionNumber)
            await DecisionNumberAllocator.AllocateAsync(db, commission, DecisionNumberAllocator.Prefix(configuration),
                commission.DecisionRecordedAt!.Value, cancellationToken);
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var assessment in _assessments.Where(a => a.CommissionId == commission.Id))
        {
            db.EqualityAssessments.Add(assessment);
            await AuditTrail.AppendAsync(db, assessment, cancellationToken);
        }
        foreach (var tender in _tenders.Where(t => t.Itt.CommissionId == commission.Id))
        {
            db.Set<IttDocumentFile>().AddRange(tender.Files);
            db.Set<InvitationToTender>().Add(tender.Itt);
            db.Set<IttInvitation>().AddRange(tender.Invitations);
            db.Set<IttAddendum>().AddRange(tender.Addenda);
            db.Set<ClarificationQuestion>().AddRange(tender.Questions);
            await AuditTrail.AppendAsync(db, commission.Id, tender.Itt.PendingChanges, cancellationToken);
            tender.Itt.ClearPendingChanges();
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Clarifications;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Tests.Domain.Tendering;

namespace Portal.Tests.Components.Tendering;

/// <summary>
/// An ITT issued to two suppliers, "us" (whose user the test signs in as) and "them", built through the aggregates' own
/// methods: questions close 3 days 4 hours after <see cref="ComponentDatabase.Now"/>, addendum 1 moves the evaluation date and
/// waits for our acknowledgement, their Q1 is answered for every supplier, and our Q2 waits for an answer.
/// </summary>
public sealed record IssuedTender(Guid IttId, string Title, Actor Us, Actor Them, DateTimeOffset ClarificationDeadline, Guid CommissionId)
{
    public const string TheirQuestion = "Can a consortium of two charities bid together?";
    public const string TheirAnswer = "Yes, with one lead organisation that signs the contract.";
    public const string OurQuestion = "Is the service expected to run at weekends?";

    /// <summary>14 May 2026, 14:00 UK time (BST): 3 days 4 hours after <see cref="ComponentDatabase.Now"/>.</summary>
    public static readonly DateTimeOffset QuestionsClose = UkTime.FromUkLocal(new DateTime(2026, 5, 14, 14, 0, 0));

    public static readonly DateTimeOffset TendersClose = UkTime.FromUkLocal(new DateTime(2026, 5, 28, 12, 0, 0));
}

public static class IssuedTenders
{
    private static readonly DateTimeOffset Now = ComponentDatabase.Now;

    public static async Task<IssuedTender> IssuedTenderAsync(this ComponentDatabase database, string title = "Employment support for people on probation")
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var framework = new Framework($"Rehabilitation services {suffix}", "Office of the Police and Crime Commissioner", new DateOnly(2025, 4, 1), new DateOnly(2029, 3, 31));
        var lot = framework.AddLot(1, "Employment, training and education", "West Midlands");
        var ours = new SupplierOrganisation($"Pathways {suffix}", "Nadia Brooks", $"bids@{suffix}.test", "Coventry");
        var theirs = new SupplierOrganisation($"Second Chance {suffix}", "Owen Hughes", $"tenders@{suffix}.test", "Walsall");
        lot.AddSupplier(ours);
        lot.AddSupplier(theirs);
        var us = Supplier($"us-{suffix}", "Nadia Brooks");
        var them = Supplier($"them-{suffix}", "Owen Hughes");

        var commission = database.NewCommission(title);
        ComponentDatabase.ToIttPreparation(commission);
        commission.RecordIttReadiness(People.ProcurementOfficer, 100, 1, 2, Now.AddDays(-6));
        commission.SetTenderTimetable(People.ProcurementOfficer, IssuedTender.QuestionsClose, IssuedTender.TendersClose, Now.AddDays(-6));
        ComponentDatabase.Move(commission, CommissionTrigger.IssueItt, People.ProcurementOfficer, Now.AddDays(-5));

        var itt = InvitationToTender.Start(commission.Id, IttBuilder.Complete(lot.Id) with { Timetable = Timetable(new DateOnly(2026, 6, 8)) },
            People.ProcurementOfficer, Now.AddDays(-10));
        var specification = itt.AddDocument(IttDocumentKind.Specification, "Service specification", IttBuilder.File("specification-v1.pdf"),
            People.ProcurementOfficer, Now.AddDays(-9));
        itt.AddDocumentVersion(specification.Id, IttBuilder.File("specification-v2.pdf", 2_500_000), People.ProcurementOfficer, Now.AddDays(-8));
        var invitations = itt.Issue([new(ours.Id, ours.Name), new(theirs.Id, theirs.Name)], People.ProcurementOfficer, Now.AddDays(-5));
        var addendum = itt.AmendTimetable(Timetable(new DateOnly(2026, 6, 15)), "Evaluation starts a week later, after the bank holiday.",
            People.ProcurementOfficer, Now.AddDays(-2));

        var theirQuestion = ClarificationQuestion.Ask(itt.Id, commission.Id, 1, theirs.Id, IssuedTender.TheirQuestion, IssuedTender.QuestionsClose, them, Now.AddDays(-3));
        theirQuestion.AnswerWith(IssuedTender.TheirAnswer, AnswerAudience.AllInvitedSuppliers, null, null, People.ProcurementOfficer, Now.AddDays(-1));
        var ourQuestion = ClarificationQuestion.Ask(itt.Id, commission.Id, 2, ours.Id, IssuedTender.OurQuestion, IssuedTender.QuestionsClose, us, Now.AddHours(-1));
        commission.RecordUnansweredClarifications(People.ProcurementOfficer, 1, Now.AddHours(-1));

        await using var db = database.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Frameworks.Add(framework);
        db.SupplierOrganisations.AddRange(ours, theirs);
        db.Users.AddRange(User(us, ours), User(them, theirs));
        db.Commissions.Add(commission);
        db.Set<InvitationToTender>().Add(itt);
        db.Set<IttInvitation>().AddRange(invitations);
        db.Set<IttAddendum>().Add(addendum);
        db.Set<ClarificationQuestion>().AddRange(theirQuestion, ourQuestion);
        await AuditTrail.AppendAsync(db, commission.Id, itt.PendingChanges);
        await AuditTrail.AppendAsync(db, commission);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new IssuedTender(itt.Id, title, us, them, IssuedTender.QuestionsClose, commission.Id);
    }

    /// <summary>A supplier organisation on no lot, with one user: it has been invited to nothing.</summary>
    public static async Task<Actor> SupplierWithoutInvitationsAsync(this ComponentDatabase database)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organisation = new SupplierOrganisation($"Bridge Training {suffix}", "Samuel Adeyemi", $"hello@{suffix}.test", "Dudley");
        var user = Supplier($"new-{suffix}", "Samuel Adeyemi");
        await using var db = database.CreateDbContext();
        db.SupplierOrganisations.Add(organisation);
        db.Users.Add(User(user, organisation));
        await db.SaveChangesAsync();
        return user;
    }

    private static List<TimetableEntry> Timetable(DateOnly evaluation) =>
    [
        new(TimetablePhase.IttIssue, new DateOnly(2026, 5, 6)),
        new(TimetablePhase.ClarificationDeadline, new DateOnly(2026, 5, 14), new TimeOnly(14, 0)),
        new(TimetablePhase.TenderDeadline, new DateOnly(2026, 5, 28), new TimeOnly(12, 0)),
        new(TimetablePhase.Evaluation, evaluation),
    ];

    private static Actor Supplier(string id, string name) => new(id, name, new HashSet<string> { Roles.SupplierUser });

    private static ApplicationUser User(Actor actor, SupplierOrganisation organisation) => new()
    {
        Id = actor.UserId,
        UserName = $"{actor.UserId}@suppliers.test",
        NormalizedUserName = $"{actor.UserId}@suppliers.test".ToUpperInvariant(),
        Email = $"{actor.UserId}@suppliers.test",
        DisplayName = actor.DisplayName,
        SupplierOrganisationId = organisation.Id,
    };
}

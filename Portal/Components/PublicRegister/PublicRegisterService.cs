using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;
using Portal.Domain.Identity;

namespace Portal.Components.PublicRegister;

public sealed record PublishedDecisionItem(Guid CommissionId, string DecisionNumber, string Title, DateOnly DecidedOn, bool Approved, bool HasEqualityAssessment);

public sealed record PublishedSection(string Key, string Label, string? Text, bool IsRedacted);

public sealed record PublishedAppendix(Guid Id, string Name, long Size, string Sha256);

public sealed record PublishedDecision(
    Guid CommissionId,
    string DecisionNumber,
    string Title,
    DateOnly DecidedOn,
    bool Approved,
    string? Rationale,
    IReadOnlyList<PublishedSection> Sections,
    string? ChiefExecutiveRecommendation,
    string? MonitoringOfficerComments,
    string? Section151OfficerComments,
    bool HasEqualityAssessment,
    IReadOnlyList<PublishedAppendix> Appendices,
    bool AppendicesRedacted);

public sealed record PublishedEqualityAssessment(Guid CommissionId, string Reference, EqualityAssessmentContent Content, DateOnly PassedOn);

/// <summary>
/// What anyone may read without signing in: decision notes whose publication deferral has ended, with their redactions
/// applied here on the server so a redacted text never leaves it, and EIAs that passed quality assurance.
/// </summary>
public sealed class PublicRegisterService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const string RedactedText = "This section has been redacted.";
    private const int PageSize = 50;

    private static readonly CommissionState[] AwardedOrLater =
        [CommissionState.Awarded, CommissionState.Mobilisation, CommissionState.ContractManagement, CommissionState.Closed];

    public async Task<IReadOnlyList<PublishedDecisionItem>> SearchAsync(string? text, DateOnly? decidedFrom, DateOnly? decidedTo,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Published(db);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(c => EF.Functions.Like(c.Title, pattern, "\\") || EF.Functions.Like(c.DecisionNumber!, pattern, "\\"));
        }
        if (decidedFrom is { } from) query = query.Where(c => c.DecisionRecordedAt >= UkTime.FromUkLocal(from.ToDateTime(TimeOnly.MinValue)));
        if (decidedTo is { } to) query = query.Where(c => c.DecisionRecordedAt < UkTime.FromUkLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var rows = await query.OrderByDescending(c => c.DecisionRecordedAt).Take(PageSize)
            .Select(c => new { c.Id, c.DecisionNumber, c.Title, c.DecisionRecordedAt, c.DecisionApprovedAt }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var withEia = await PublishedAssessments(db).Where(e => ids.Contains(e.CommissionId)).Select(e => e.CommissionId).ToListAsync(cancellationToken);
        return rows.Select(r => new PublishedDecisionItem(r.Id, r.DecisionNumber!, r.Title, UkTime.DateOf(r.DecisionRecordedAt!.Value),
            r.DecisionApprovedAt is not null, withEia.Contains(r.Id))).ToList();
    }

    public async Task<PublishedDecision?> GetDecisionAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await Published(db).SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null) return null;
        var note = commission.DecisionNote;
        var redacted = note.RedactNote == true ? note.RedactedSections.ToHashSet() : [];
        var sections = DecisionNoteSections.All.Where(s => s.CanBeRedacted || s.Key is "title" or "recommendation")
            .Select(s => redacted.Contains(s.Key)
                ? new PublishedSection(s.Key, s.Label, null, true)
                : new PublishedSection(s.Key, s.Label, PublishedText(s.Key, note), false))
            .Where(s => s.IsRedacted || !string.IsNullOrWhiteSpace(s.Text))
            .ToList();
        var current = commission.SignOffs.Where(s => s.NoteVersion == commission.DecisionNoteVersion).ToList();
        var appendicesRedacted = note.RedactAppendices == true;
        var appendices = appendicesRedacted ? [] : await db.DecisionNoteAttachments.AsNoTracking()
            .Where(a => a.CommissionId == commissionId && a.IsAppendix).OrderBy(a => a.UploadedAt)
            .Select(a => new PublishedAppendix(a.Id, a.OriginalName, a.Size, a.Sha256)).ToListAsync(cancellationToken);
        var hasEia = await PublishedAssessments(db).AnyAsync(e => e.CommissionId == commissionId, cancellationToken);
        return new PublishedDecision(commission.Id, commission.DecisionNumber!, commission.Title, UkTime.DateOf(commission.DecisionRecordedAt!.Value),
            commission.DecisionApprovedAt is not null, commission.DecisionRationale, sections,
            current.FirstOrDefault(s => s.Position == ApproverPosition.ChiefExecutive)?.Comment,
            current.FirstOrDefault(s => s.Position == ApproverPosition.MonitoringOfficer)?.Comment,
            current.FirstOrDefault(s => s.Position == ApproverPosition.Section151Officer)?.Comment,
            hasEia, appendices, appendicesRedacted);
    }

    /// <summary>An appendix of a published, unredacted note, for download; null for anything else.</summary>
    public async Task<DecisionNoteAttachment?> GetAppendixAsync(Guid commissionId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var decision = await GetDecisionAsync(commissionId, cancellationToken);
        if (decision is null || decision.AppendicesRedacted || decision.Appendices.All(a => a.Id != attachmentId)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DecisionNoteAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
    }

    public async Task<PublishedEqualityAssessment?> GetEqualityAssessmentAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // An EIA is published with its decision: while the decision note is deferred (or undecided) its EIA is not served either.
        if (!await Published(db).AnyAsync(c => c.Id == commissionId, cancellationToken)) return null;
        var assessment = await PublishedAssessments(db).SingleOrDefaultAsync(e => e.CommissionId == commissionId, cancellationToken);
        if (assessment is null) return null;
        var reference = await db.Commissions.AsNoTracking().Where(c => c.Id == commissionId).Select(c => c.Number).SingleAsync(cancellationToken);
        return new PublishedEqualityAssessment(commissionId, Commission.FormatReference(reference), assessment.Content, UkTime.DateOf(assessment.ReviewedAt!.Value));
    }

    /// <summary>Commissions whose decision the register shows: decided, and any publication deferral over.</summary>
    internal IQueryable<Commission> Published(PortalDbContext db)
    {
        var today = UkTime.DateOf(clock.GetUtcNow());
        return db.Commissions.AsNoTracking().Where(c => c.DecisionNumber != null && c.DecisionRecordedAt != null && (
            c.PublicationDeferral == PublicationDeferral.NotDeferred
            || (c.PublicationDeferral == PublicationDeferral.UntilDate && c.PublicationDeferredUntil <= today)
            || (c.PublicationDeferral == PublicationDeferral.UntilContractAwarded && AwardedOrLater.Contains(c.State))));
    }

    private static IQueryable<EqualityAssessment> PublishedAssessments(PortalDbContext db) =>
        db.EqualityAssessments.AsNoTracking().Where(e => e.Status == EiaStatus.Passed && e.ReviewedAt != null && e.Publish);

    private static string PublishedText(string key, DecisionNoteContent note) => key switch
    {
        "title" => note.Title,
        "summary" => note.Summary,
        "recommendation" => note.Recommendation,
        "introduction" => note.IntroductionAndBackground,
        "service-aims" => note.ServiceAims,
        "staffing" => note.StaffingAndCapacity,
        "outcomes" => note.OutcomesAndMeasures,
        "performance-monitoring" => note.PerformanceMonitoring,
        "procurement-route" => note.ProcurementRouteNarrative,
        "procurement-timetable" => note.ProcurementTimetable,
        "issues" => note.IssuesForConsideration,
        "other-options" => note.OtherOptionsConsidered,
        "consultation" => note.ConsultationAndEngagement,
        "legal" => note.LegalComments,
        "equality" => note.EqualityComments,
        "background-papers" => note.BackgroundPapers,
        _ => "",
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Calendar;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Tendering;

/// <summary>
/// A commission's invitation to tender, as the procurement officer builds it: the lot, the documents with every version,
/// the compliance and quality questions, the weightings, the price formula and the timetable. One per commission.
/// </summary>
public sealed partial class InvitationToTender
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly List<CommissionChange> _changes = [];
    private IttContent? _contentCache;
    private List<IttDocument>? _documentsCache;

    private InvitationToTender() { }

    public static InvitationToTender Start(Guid commissionId, IttContent content, Actor actor, DateTimeOffset at)
    {
        RequireProcurement(actor, "prepare the ITT");
        var itt = new InvitationToTender { Id = Guid.NewGuid(), CommissionId = commissionId, DocumentsJson = "[]" };
        itt.Apply(content, at);
        itt.Record(actor, at, "IttStarted", "Invitation to tender started");
        return itt;
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public string ContentJson { get; private set; } = "";
    public string DocumentsJson { get; private set; } = "[]";

    /// <summary>Copied from the content so the lot's invitations can be found in one query.</summary>
    public Guid? LotId { get; private set; }

    /// <summary>The clarification deadline (UK local time, stored as UTC), copied from the timetable.</summary>
    public DateTimeOffset? ClarificationDeadline { get; private set; }

    /// <summary>The tender deadline (UK local time, stored as UTC), copied from the timetable.</summary>
    public DateTimeOffset? TenderDeadline { get; private set; }

    public DateTimeOffset LastChangedAt { get; private set; }
    public Guid ConcurrencyToken { get; private set; }

    public IttContent Content => _contentCache ??= JsonSerializer.Deserialize<IttContent>(ContentJson, JsonOptions)!;

    public IReadOnlyList<IttDocument> Documents => _documentsCache ??= JsonSerializer.Deserialize<List<IttDocument>>(DocumentsJson, JsonOptions)!;

    public int WeightTotal => Content.WeightTotal;

    public Timetable Timetable => Content.BuildTimetable();

    public IReadOnlyList<string> ReadinessProblems() => IttRules.ReadinessProblems(Content, Documents.Count);

    public IReadOnlyList<CommissionChange> PendingChanges => _changes.AsReadOnly();

    public void ClearPendingChanges() => _changes.Clear();

    public void Update(IttContent content, Actor actor, DateTimeOffset at)
    {
        RequireProcurement(actor, "change the ITT");
        RequireNotIssued();
        if (Serialize(content) == ContentJson) return;
        var before = Summary();
        Apply(content, at);
        Record(actor, at, "IttUpdated", "Invitation to tender changed", before, Summary());
    }

    public IttDocument AddDocument(IttDocumentKind kind, string title, IttFile file, Actor actor, DateTimeOffset at)
    {
        RequireProcurement(actor, "add an ITT document");
        RequireNotIssued();
        return NewDocument(kind, title, file, actor, at);
    }

    private IttDocument NewDocument(IttDocumentKind kind, string title, IttFile file, Actor actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainRuleException("Give the document a title.");
        if (title.Trim().Length > IttRules.TitleMaxLength)
            throw new DomainRuleException($"Keep the document's title to {IttRules.TitleMaxLength} characters.");
        if (!Enum.IsDefined(kind)) throw new DomainRuleException("Choose what kind of document this is.");
        var document = new IttDocument(Guid.NewGuid(), kind, title.Trim(), [Version(1, file, actor, at)]);
        SetDocuments([.. Documents, document], at);
        Record(actor, at, "IttDocumentAdded", $"ITT document added: {document.Title} (version 1, {file.FileName})");
        return document;
    }

    public IttDocumentVersion AddDocumentVersion(Guid documentId, IttFile file, Actor actor, DateTimeOffset at)
    {
        RequireProcurement(actor, "add a new version of an ITT document");
        RequireNotIssued();
        return NewVersion(documentId, file, actor, at);
    }

    private IttDocumentVersion NewVersion(Guid documentId, IttFile file, Actor actor, DateTimeOffset at)
    {
        var document = Documents.SingleOrDefault(d => d.Id == documentId)
            ?? throw new DomainRuleException("That document is not part of this ITT.");
        var version = Version(document.Current.Number + 1, file, actor, at);
        SetDocuments(Documents.Select(d => d.Id == documentId ? d with { Versions = [.. d.Versions, version] } : d).ToList(), at);
        Record(actor, at, "IttDocumentVersionAdded", $"ITT document {document.Title}: version {version.Number} added ({file.FileName})");
        return version;
    }

    private static IttDocumentVersion Version(int number, IttFile file, Actor actor, DateTimeOffset at)
    {
        if (file.AttachmentId == Guid.Empty) throw new DomainRuleException("Upload the document's file first.");
        if (string.IsNullOrWhiteSpace(file.FileName) || file.FileName.Length > 255) throw new DomainRuleException("The file needs a name of up to 255 characters.");
        if (file.SizeBytes <= 0) throw new DomainRuleException("The file is empty.");
        if (file.Sha256 is not { Length: 64 } || !file.Sha256.All(Uri.IsHexDigit)) throw new DomainRuleException("The file's SHA-256 must be 64 hexadecimal characters.");
        return new IttDocumentVersion(number, file.AttachmentId, file.FileName.Trim(), file.SizeBytes, file.Sha256.ToLowerInvariant(), at, actor.DisplayName);
    }

    private void SetDocuments(List<IttDocument> documents, DateTimeOffset at)
    {
        DocumentsJson = JsonSerializer.Serialize(documents, JsonOptions);
        _documentsCache = documents;
        Touch(at);
    }

    private void Apply(IttContent content, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        var invalid = IttRules.Invalid(content);
        if (invalid.Count > 0) throw new DomainRuleException(invalid[0]);
        var tidy = content with
        {
            ComplianceQuestions = content.ComplianceQuestions.Select(q => q with { Text = q.Text.Trim() }).ToList(),
            QualityQuestions = content.QualityQuestions.Select(q => q with
            {
                Text = q.Text.Trim(),
                Descriptors = Enumerable.Range(0, IttRules.ScoreCount).Select(s => q.DescriptorFor(s)?.Trim() ?? "").ToList(),
            }).ToList(),
            Timetable = content.Timetable.OrderBy(e => e.Phase).ToList(),
        };
        ContentJson = Serialize(tidy);
        _contentCache = tidy;
        LotId = tidy.LotId;
        ClarificationDeadline = tidy.Timetable.FirstOrDefault(e => e.Phase == TimetablePhase.ClarificationDeadline)?.AtUtc;
        TenderDeadline = tidy.Timetable.FirstOrDefault(e => e.Phase == TimetablePhase.TenderDeadline)?.AtUtc;
        Touch(at);
    }

    private object Summary() => new
    {
        LotId,
        QualityQuestions = Content.QualityQuestions.Count,
        ComplianceQuestions = Content.ComplianceQuestions.Count,
        Content.PriceWeightingPercent,
        Content.SocialValueWeightingPercent,
        WeightTotal,
        ClarificationDeadline,
        TenderDeadline,
    };

    private static string Serialize(IttContent content) => JsonSerializer.Serialize(content, JsonOptions);

    private void Touch(DateTimeOffset at)
    {
        LastChangedAt = at;
        ConcurrencyToken = Guid.NewGuid();
    }

    private void Record(Actor actor, DateTimeOffset at, string action, string summary, object? before = null, object? after = null) =>
        _changes.Add(new CommissionChange(actor, at, action, summary,
            Before: before is null ? null : JsonSerializer.Serialize(before, JsonOptions), After: after is null ? null : JsonSerializer.Serialize(after, JsonOptions)));

    private static void RequireProcurement(Actor actor, string doing)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer)) throw new DomainRuleException($"Only {Roles.DescribeOne(Roles.ProcurementOfficer)} can {doing}.");
    }
}

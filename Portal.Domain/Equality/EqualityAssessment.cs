using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Equality;

public enum EiaStatus { Draft, SubmittedForQa, Returned, Passed }

/// <summary>
/// A commission's equality impact assessment. Its author submits it; an equality lead who is not its author passes it
/// or returns it with comments. Passing it is what lets the commission leave its EIA stage.
/// </summary>
public sealed class EqualityAssessment
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly List<CommissionChange> _changes = [];
    private EqualityAssessmentContent? _contentCache;

    private EqualityAssessment() { }

    public static EqualityAssessment Start(Guid commissionId, EqualityAssessmentContent content, Actor author, DateTimeOffset at)
    {
        RequireRole(author, Roles.CommissioningOfficer, "write an equality impact assessment");
        var assessment = new EqualityAssessment { Id = Guid.NewGuid(), CommissionId = commissionId, AuthorId = author.UserId, AuthorName = author.DisplayName };
        assessment.Apply(content, at);
        assessment.Record(author, at, "EiaStarted", "Equality impact assessment started");
        return assessment;
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public string ContentJson { get; private set; } = "";
    public EiaStatus Status { get; private set; }
    public string AuthorId { get; private set; } = "";
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? ReviewerId { get; private set; }
    public string? ReviewerName { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewComments { get; private set; }
    public DateTimeOffset LastChangedAt { get; private set; }

    /// <summary>Copied from the content so the public register can find publishable EIAs in one query.</summary>
    public bool Publish { get; private set; }
    public Guid ConcurrencyToken { get; private set; }

    public EqualityAssessmentContent Content => _contentCache ??= JsonSerializer.Deserialize<EqualityAssessmentContent>(ContentJson, JsonOptions)!;

    public IReadOnlyList<CommissionChange> PendingChanges => _changes.AsReadOnly();

    public void ClearPendingChanges() => _changes.Clear();

    public bool IsEditable => Status is EiaStatus.Draft or EiaStatus.Returned;

    public void Update(EqualityAssessmentContent content, Actor actor, DateTimeOffset at)
    {
        RequireRole(actor, Roles.CommissioningOfficer, "edit the equality impact assessment");
        if (!IsEditable) throw new DomainRuleException(Status == EiaStatus.Passed
            ? "This EIA has passed quality assurance and can no longer be changed."
            : "This EIA is with the equality lead for quality assurance; it can be changed once it is returned.");
        if (JsonSerializer.Serialize(content, JsonOptions) == ContentJson) return;
        Apply(content, at);
        Record(actor, at, "EiaUpdated", "Equality impact assessment changed");
    }

    public void Submit(Actor actor, DateTimeOffset at)
    {
        if (actor.UserId != AuthorId) throw new DomainRuleException($"Only the EIA's author, {AuthorName}, can submit it for quality assurance.");
        if (!IsEditable) throw new DomainRuleException("This EIA has already been submitted.");
        var missing = EqualityAssessmentRules.Missing(Content);
        if (missing.Count > 0) throw new DomainRuleException("The EIA is not complete: " + string.Join(" ", missing.Select(m => m.Message)));
        Status = EiaStatus.SubmittedForQa;
        SubmittedAt = at;
        Touch(at);
        Record(actor, at, "EiaSubmitted", "Equality impact assessment submitted for quality assurance");
    }

    public void Pass(Actor actor, string? comments, DateTimeOffset at)
    {
        RequireReviewer(actor, "pass");
        Review(actor, comments, at);
        Status = EiaStatus.Passed;
        Record(actor, at, "EiaPassed", "Equality impact assessment passed quality assurance", comments);
    }

    public void Return(Actor actor, string comments, DateTimeOffset at)
    {
        RequireReviewer(actor, "return");
        if (string.IsNullOrWhiteSpace(comments)) throw new DomainRuleException("Say what the author needs to change.");
        Review(actor, comments, at);
        Status = EiaStatus.Returned;
        Record(actor, at, "EiaReturned", "Equality impact assessment returned to its author", comments);
    }

    private void RequireReviewer(Actor actor, string doing)
    {
        RequireRole(actor, Roles.EqualityLead, $"{doing} an equality impact assessment");
        if (actor.UserId == AuthorId) throw new DomainRuleException("You wrote this EIA: another equality lead must quality-assure it.");
        if (Status != EiaStatus.SubmittedForQa) throw new DomainRuleException("This EIA has not been submitted for quality assurance.");
    }

    private void Review(Actor actor, string? comments, DateTimeOffset at)
    {
        if (comments?.Length > Commission.ReasonMaxLength) throw new DomainRuleException($"Keep the comments to {Commission.ReasonMaxLength:N0} characters.");
        ReviewerId = actor.UserId;
        ReviewerName = actor.DisplayName;
        ReviewedAt = at;
        ReviewComments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        Touch(at);
    }

    private void Apply(EqualityAssessmentContent content, DateTimeOffset at)
    {
        var tooLong = EqualityAssessmentRules.TooLong(content);
        if (tooLong.Count > 0) throw new DomainRuleException(tooLong[0].Message);
        var complete = content with
        {
            Characteristics = Enum.GetValues<ProtectedCharacteristic>().Select(content.For).ToList(),
        };
        ContentJson = JsonSerializer.Serialize(complete, JsonOptions);
        Publish = complete.Publish;
        _contentCache = complete;
        Touch(at);
    }

    private void Touch(DateTimeOffset at)
    {
        LastChangedAt = at;
        ConcurrencyToken = Guid.NewGuid();
    }

    private void Record(Actor actor, DateTimeOffset at, string action, string summary, string? reason = null) =>
        _changes.Add(new CommissionChange(actor, at, action, summary, Reason: reason));

    private static void RequireRole(Actor actor, string role, string doing)
    {
        if (!actor.IsInRole(role)) throw new DomainRuleException($"Only {Roles.DescribeOne(role)} can {doing}.");
    }
}

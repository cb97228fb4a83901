using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Tendering.Responses;

public enum ResponseStatus { Draft, Submitted, Withdrawn }

/// <summary>
/// A supplier's response to an ITT: drafted any number of times, submitted into the sealed box, withdrawn, changed and
/// submitted again, all before the tender deadline and only by the supplier's own users. The answers are held sealed
/// (<see cref="SealedContent"/>); whoever loads the response reveals them with the ITT's key before any rule needs them.
/// </summary>
public sealed class TenderResponse
{
    public const int AnswerMaxCharacters = 50_000;

    private readonly List<ResponseFile> _files = [];
    private readonly List<ResponseSubmission> _submissions = [];
    private ResponseContent? _content;

    private TenderResponse() { }

    public static TenderResponse Start(IttInvitation invitation, Actor actor, DateTimeOffset at)
    {
        RequireSupplier(actor, "start a response");
        return new TenderResponse
        {
            Id = Guid.NewGuid(),
            InvitationToTenderId = invitation.InvitationToTenderId,
            CommissionId = invitation.CommissionId,
            SupplierId = invitation.SupplierId,
            SupplierName = invitation.SupplierName,
            StartedAt = at,
            LastSavedAt = at,
            LastSavedByName = actor.DisplayName,
            ConcurrencyToken = Guid.NewGuid(),
            _content = new ResponseContent(),
        };
    }

    public Guid Id { get; private set; }
    public Guid InvitationToTenderId { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public ResponseStatus Status { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset LastSavedAt { get; private set; }
    public string LastSavedByName { get; private set; } = "";
    public Guid ConcurrencyToken { get; private set; }

    /// <summary>The answers as stored: encrypted with the ITT's key.</summary>
    public byte[] SealedContent { get; private set; } = [];

    public IReadOnlyList<ResponseFile> Files => _files.AsReadOnly();
    public IReadOnlyList<ResponseSubmission> Submissions => _submissions.AsReadOnly();
    public IEnumerable<ResponseFile> CurrentFiles => _files.Where(f => f.IsCurrent);
    public long CurrentFilesBytes => CurrentFiles.Sum(f => f.SizeBytes);

    /// <summary>The submission in the box now: the latest one, unless it was withdrawn.</summary>
    public ResponseSubmission? InTheBox => _submissions.OrderByDescending(s => s.Number).FirstOrDefault(s => !s.IsWithdrawn) is { } latest
        && Status == ResponseStatus.Submitted ? latest : null;

    public bool IsRevealed => _content is not null;

    public ResponseContent Content => _content ?? throw new InvalidOperationException("The response's answers have not been unsealed.");

    /// <summary>Gives the aggregate its answers, unsealed by the caller who holds the key.</summary>
    public void Reveal(ResponseContent content) => _content = content;

    /// <summary>Stores the answers sealed by the caller; done before every save.</summary>
    public void Seal(byte[] sealedContent) => SealedContent = sealedContent;

    public void SaveDraft(ResponseContent content, ResponseShape shape, DateTimeOffset? deadline, Actor actor, DateTimeOffset at)
    {
        RequireEditable(actor, "change the response", deadline, at);
        var shaped = content.ShapedFor(shape);
        if (shaped.Compliance.Any(a => a.Detail.Length > AnswerMaxCharacters) || shaped.Quality.Any(a => a.Length > AnswerMaxCharacters)
            || shaped.SocialValue.Length > AnswerMaxCharacters)
            throw new DomainRuleException($"An answer is longer than {AnswerMaxCharacters:N0} characters and cannot be saved; shorten it first.");
        if (shaped.YearlyPrices.Any(p => p is { Pence: < 0 })) throw new DomainRuleException("A price cannot be negative.");
        _content = shaped;
        Touch(actor, at);
    }

    public ResponseFile AddFile(Guid fileId, string storedName, string originalName, string contentType, long sizeBytes, string sha256,
        ResponseFileSlot slot, int? questionIndex, IttContent itt, long maxResponseBytes, DateTimeOffset? deadline, Actor actor, DateTimeOffset at)
    {
        RequireEditable(actor, "add a file", deadline, at);
        if (slot == ResponseFileSlot.QualityAnswer
            && (questionIndex is not { } index || index < 0 || index >= itt.QualityQuestions.Count || !itt.QualityQuestions[index].AllowsAttachments))
            throw new DomainRuleException("That question does not take attachments.");
        if (CurrentFiles.FirstOrDefault(f => f.Sha256 == sha256) is { } same)
            throw new DomainRuleException($"You have already attached this file, as \"{same.OriginalName}\".");
        if (CurrentFilesBytes + sizeBytes > maxResponseBytes)
            throw new DomainRuleException($"The files of a response may come to {FileSize.Describe(maxResponseBytes)} at most; this one would take it to {FileSize.Describe(CurrentFilesBytes + sizeBytes)}. Remove a file or make one smaller.");
        var file = new ResponseFile(Id, slot, slot == ResponseFileSlot.QualityAnswer ? questionIndex : null, fileId, storedName, originalName,
            contentType, sizeBytes, sha256, actor, at);
        _files.Add(file);
        Touch(actor, at);
        return file;
    }

    public void RemoveFile(Guid fileId, DateTimeOffset? deadline, Actor actor, DateTimeOffset at)
    {
        RequireEditable(actor, "remove a file", deadline, at);
        var file = CurrentFiles.FirstOrDefault(f => f.Id == fileId) ?? throw new DomainRuleException("That file is not part of your response.");
        file.Remove(actor, at);
        Touch(actor, at);
    }

    /// <summary>What still stops the response being submitted, in words for the bidder; empty when it can go in the box.</summary>
    public IReadOnlyList<string> ProblemsBeforeSubmit(ResponseShape shape) =>
        ResponseRules.ProblemsBeforeSubmit(Content.ShapedFor(shape), shape, CurrentFiles.Any(f => f.Slot == ResponseFileSlot.PricingSchedule));

    /// <summary>Puts the response in the sealed box: refused after the deadline, when incomplete, or when already in the box.</summary>
    public ResponseSubmission Submit(ResponseShape shape, DateTimeOffset? deadline, Actor actor, DateTimeOffset at)
    {
        RequireSupplier(actor, "submit the response");
        if (Status == ResponseStatus.Submitted && InTheBox is { } already)
            throw new DomainRuleException($"Your response is already in the tender box: it was received at {UkTime.Format(already.ReceivedAt)}.");
        RequireBeforeDeadline(deadline, at, "submitted");
        var problems = ProblemsBeforeSubmit(shape);
        if (problems.Count > 0) throw new DomainRuleException("Your response cannot be submitted yet: " + string.Join(" ", problems));
        // A fixed order, also for files uploaded in the same instant: the whole-response hash depends on it.
        var files = CurrentFiles.OrderBy(f => f.Slot).ThenBy(f => f.QuestionIndex).ThenBy(f => f.UploadedAt)
            .ThenBy(f => f.OriginalName, StringComparer.Ordinal).ThenBy(f => f.Sha256, StringComparer.Ordinal)
            .Select(f => new ReceiptFile(f.OriginalName, f.SizeBytes, f.Sha256, ResponseRules.Purpose(f))).ToList();
        var submission = new ResponseSubmission(this, _submissions.Count + 1, ResponseSubmission.HashOfAnswers(Content.ShapedFor(shape).ToJson()),
            files, actor, at);
        _submissions.Add(submission);
        Status = ResponseStatus.Submitted;
        Touch(actor, at);
        return submission;
    }

    /// <summary>Takes the response out of the box before the deadline, so it can be changed and submitted again.</summary>
    public ResponseSubmission Withdraw(DateTimeOffset? deadline, Actor actor, DateTimeOffset at)
    {
        RequireSupplier(actor, "withdraw the response");
        var inTheBox = InTheBox ?? throw new DomainRuleException("Your response is not in the tender box, so there is nothing to withdraw.");
        RequireBeforeDeadline(deadline, at, "withdrawn");
        inTheBox.Withdraw(actor, at);
        Status = ResponseStatus.Withdrawn;
        Touch(actor, at);
        return inTheBox;
    }

    private void RequireEditable(Actor actor, string doing, DateTimeOffset? deadline, DateTimeOffset at)
    {
        RequireSupplier(actor, doing);
        if (Status == ResponseStatus.Submitted)
            throw new DomainRuleException("Your response is in the tender box. Withdraw it first to make changes, then submit it again before the deadline.");
        RequireBeforeDeadline(deadline, at, "changed");
    }

    private static void RequireBeforeDeadline(DateTimeOffset? deadline, DateTimeOffset at, string what)
    {
        if (deadline is not { } due || at >= due)
            throw new TenderDeadlinePassedException(
                $"The tender deadline was {(deadline is { } d ? UkTime.Format(d) : "not set")}. Responses cannot be {what} after it.");
    }

    private static void RequireSupplier(Actor actor, string doing)
    {
        if (!actor.IsSupplier) throw new DomainRuleException($"Only the bidder's own users can {doing}.");
    }

    private void Touch(Actor actor, DateTimeOffset at)
    {
        LastSavedAt = at;
        LastSavedByName = actor.DisplayName;
        ConcurrencyToken = Guid.NewGuid();
    }
}

/// <summary>The tender deadline has passed: what the bidder tried is refused, and a late submission is recorded as such.</summary>
public sealed class TenderDeadlinePassedException(string message) : DomainRuleException(message);

using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Evaluations.Clarifications;

/// <summary>
/// A question the office sends one bidder during evaluation, to clarify (never to change) its tender, with a time by
/// which it must respond. Only that bidder's users see it and answer it, once, before the time limit; the answer joins the
/// evaluation record. The time is checked against the server's clock when the answer arrives, whatever the page showed.
/// </summary>
public sealed class PostTenderClarification
{
    public const int TextMaxLength = 4_000;

    /// <summary>The shortest time limit the office may set: a bidder needs at least this long to read and answer.</summary>
    public static readonly TimeSpan ShortestTimeLimit = TimeSpan.FromHours(1);

    private PostTenderClarification() { }

    public static PostTenderClarification Send(Guid commissionId, Guid responseId, Guid supplierId, string supplierName, int number,
        string question, DateTimeOffset respondBy, Actor actor, DateTimeOffset at)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer)) throw new DomainRuleException("Only a procurement officer can send a post-tender clarification.");
        if (respondBy < at + ShortestTimeLimit)
            throw new DomainRuleException($"Give the bidder at least {ShortestTimeLimit.TotalHours:0} hour to respond: the time limit must be after {UkTime.Format(at + ShortestTimeLimit)} (UK time).");
        return new PostTenderClarification
        {
            Id = Guid.NewGuid(),
            CommissionId = commissionId,
            ResponseId = responseId,
            SupplierId = supplierId,
            SupplierName = supplierName,
            Number = number,
            Question = RequireText(question, "Write the question for the bidder"),
            RespondBy = respondBy,
            SentByUserId = actor.UserId,
            SentByName = actor.DisplayName,
            SentAt = at,
        };
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid ResponseId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";

    /// <summary>Numbered in the order sent within the commission: "PTC2".</summary>
    public int Number { get; private set; }

    public string Question { get; private set; } = "";
    public DateTimeOffset RespondBy { get; private set; }
    public string SentByUserId { get; private set; } = "";
    public string SentByName { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredByUserId { get; private set; }
    public string? AnsweredByName { get; private set; }

    public string Reference => $"PTC{Number}";

    public bool IsAnswered => AnsweredAt is not null;

    public bool IsOverdue(DateTimeOffset now) => !IsAnswered && now >= RespondBy;

    /// <param name="actorSupplierId">The organisation the answering user belongs to.</param>
    public void AnswerWith(string answer, Actor actor, Guid? actorSupplierId, DateTimeOffset at)
    {
        if (!actor.IsSupplier || actorSupplierId != SupplierId)
            throw new DomainRuleException("Only the bidder the clarification was sent to can answer it.");
        if (IsAnswered) throw new DomainRuleException($"{Reference} was answered on {UkTime.Format(AnsweredAt)}; an answer cannot be changed.");
        if (at >= RespondBy)
            throw new DomainRuleException($"The time limit for {Reference} was {UkTime.Format(RespondBy)} (UK time); it can no longer be answered. Contact the procurement team.");
        Answer = RequireText(answer, "Write your answer");
        AnsweredAt = at;
        AnsweredByUserId = actor.UserId;
        AnsweredByName = actor.DisplayName;
    }

    private static string RequireText(string? text, string instruction)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException(instruction + ".");
        var trimmed = text.Trim();
        if (trimmed.Length > TextMaxLength) throw new DomainRuleException($"Keep it to {TextMaxLength:N0} characters.");
        return trimmed;
    }
}

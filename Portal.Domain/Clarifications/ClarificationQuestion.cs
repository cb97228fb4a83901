using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Clarifications;

/// <summary>Who sees an answer: every invited supplier (the asker's identity removed), or only the supplier that asked.</summary>
public enum AnswerAudience { AllInvitedSuppliers, AskerOnly }

/// <summary>
/// A supplier's clarification question on an ITT and the office's answer. Asked only before the clarification deadline;
/// answered once. A published answer is shown to every invited supplier with the question as the officer published it
/// (reworded where the original would identify the asker) and never the asker's name; an answer for the asker alone
/// needs a recorded justification.
/// </summary>
public sealed class ClarificationQuestion
{
    public const int TextMaxLength = 4_000;

    private ClarificationQuestion() { }

    public static ClarificationQuestion Ask(Guid invitationToTenderId, Guid commissionId, int number, Guid supplierId, string text,
        DateTimeOffset clarificationDeadline, Actor actor, DateTimeOffset at)
    {
        if (!actor.IsSupplier) throw new DomainRuleException("Only an invited supplier's users can ask a clarification question.");
        if (at >= clarificationDeadline)
        {
            throw new DomainRuleException(
                $"The clarification deadline was {UkTime.Format(clarificationDeadline)} (UK time); questions can no longer be asked. " +
                "Read the published answers, or contact the procurement team if something stops you bidding.");
        }
        var question = RequireText(text, "Write your question");
        return new ClarificationQuestion
        {
            Id = Guid.NewGuid(),
            InvitationToTenderId = invitationToTenderId,
            CommissionId = commissionId,
            Number = number,
            SupplierId = supplierId,
            AskedByUserId = actor.UserId,
            AskedByName = actor.DisplayName,
            Question = question,
            AskedAt = at,
        };
    }

    public Guid Id { get; private set; }
    public Guid InvitationToTenderId { get; private set; }
    public Guid CommissionId { get; private set; }

    /// <summary>Numbered in the order asked within the ITT: "Q3".</summary>
    public int Number { get; private set; }

    /// <summary>The asking organisation: shown to the office, and to that supplier, never to other suppliers.</summary>
    public Guid SupplierId { get; private set; }

    public string AskedByUserId { get; private set; } = "";
    public string AskedByName { get; private set; } = "";
    public string Question { get; private set; } = "";
    public DateTimeOffset AskedAt { get; private set; }

    /// <summary>The question as the office published it with the answer: the asker's words, reworded if they identify the asker.</summary>
    public string? PublishedQuestion { get; private set; }

    public string? Answer { get; private set; }
    public AnswerAudience? Audience { get; private set; }
    public string? AskerOnlyJustification { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredByUserId { get; private set; }
    public string? AnsweredByName { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    public bool IsVisibleTo(Guid supplierId) =>
        SupplierId == supplierId || (IsAnswered && Audience == AnswerAudience.AllInvitedSuppliers);

    public void AnswerWith(string answer, AnswerAudience audience, string? publishedQuestion, string? justification, Actor actor, DateTimeOffset at)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer)) throw new DomainRuleException("Only a procurement officer can answer a clarification question.");
        if (IsAnswered) throw new DomainRuleException($"Q{Number} has already been answered; publish a further clarification as an addendum instead.");
        if (!Enum.IsDefined(audience)) throw new DomainRuleException("Choose who sees the answer.");
        var text = RequireText(answer, "Write the answer");
        var question = RequireText(string.IsNullOrWhiteSpace(publishedQuestion) ? Question : publishedQuestion, "Give the question as it will be published");
        string? reason = null;
        if (audience == AnswerAudience.AskerOnly)
        {
            reason = RequireText(justification ?? "",
                "Record why the answer goes only to the supplier that asked: answers are published to every invited supplier unless there is a reason not to");
        }
        Answer = text;
        Audience = audience;
        PublishedQuestion = question;
        AskerOnlyJustification = reason;
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

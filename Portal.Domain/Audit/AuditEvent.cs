using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Audit;

/// <summary>
/// One append-only entry in the audit trail. Each carries the hash of the one before it, so an edited,
/// removed or reordered event breaks the chain from that point on.
/// </summary>
public sealed class AuditEvent
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEvent() { }

    public long Id { get; private set; }
    public Guid? CommissionId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string? FromState { get; private set; }
    public string? ToState { get; private set; }
    public string? Trigger { get; private set; }
    public string? Reason { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string PreviousHash { get; private set; } = GenesisHash;
    public string Hash { get; private set; } = "";

    public static AuditEvent Create(string previousHash, Guid? commissionId, DateTimeOffset occurredAt, string actorId,
        string actorName, string action, string summary, string? fromState = null, string? toState = null,
        string? trigger = null, string? reason = null, string? before = null, string? after = null)
    {
        var auditEvent = new AuditEvent
        {
            CommissionId = commissionId,
            OccurredAt = occurredAt.ToUniversalTime(),
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            Summary = summary,
            FromState = fromState,
            ToState = toState,
            Trigger = trigger,
            Reason = reason,
            Before = before,
            After = after,
            PreviousHash = previousHash,
        };
        auditEvent.Hash = auditEvent.ComputeHash();
        return auditEvent;
    }

    /// <summary>SHA-256 over the previous hash and every recorded field, in a fixed order and format.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            PreviousHash, CommissionId?.ToString("N") ?? "", OccurredAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ActorId, ActorName, Action, Summary, FromState ?? "", ToState ?? "", Trigger ?? "", Reason ?? "", Before ?? "", After ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

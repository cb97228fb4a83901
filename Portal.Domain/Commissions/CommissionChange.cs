using Portal.Domain.Identity;

namespace Portal.Domain.Commissions;

/// <summary>
/// Something that happened to a commission, kept until the caller stores it in the audit trail.
/// Transitions carry from, to and trigger; record changes carry before and after (as JSON).
/// </summary>
public sealed record CommissionChange(
    Actor Actor,
    DateTimeOffset At,
    string Action,
    string Summary,
    CommissionState? FromState = null,
    CommissionState? ToState = null,
    CommissionTrigger? Trigger = null,
    string? Reason = null,
    string? Before = null,
    string? After = null);

using Portal.Domain.Identity;

namespace Portal.Domain.Commissions;

/// <summary>
/// The parameter every trigger carries: who is moving the commission, when (from the injected clock),
/// and why. <see cref="NewDate"/> is the date the move sets, where it sets one: a restarted standstill's
/// end, or a contract's new end date when an extension is taken.
/// </summary>
public sealed record TransitionRequest(
    Actor Actor,
    DateTimeOffset At,
    string? Reason = null,
    CancellationReasonCode? CancellationCode = null,
    DateTimeOffset? NewDate = null);

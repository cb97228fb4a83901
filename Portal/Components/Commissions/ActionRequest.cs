namespace Portal.Components.Commissions;

/// <summary>What an action dialog asks for. Dates are UK wall-clock times; the page turns them into instants.</summary>
public sealed record ActionRequest(
    string? TextLabel = null,
    bool TextRequired = false,
    bool NeedsCode = false,
    string? DateLabel = null,
    bool WithTime = false,
    bool Destructive = false);

public sealed record ActionInput(string? Text, Portal.Domain.Commissions.CancellationReasonCode? Code, DateTime? Date);

namespace Portal.Domain.Audit;

public sealed record ChainVerification(bool IsIntact, long EventsChecked, long? FirstBrokenEventId, string Message);

/// <summary>Walks events in id order, checking each one's own hash and its link to the one before.</summary>
public sealed class AuditChainVerifier
{
    private string _expectedPrevious = AuditEvent.GenesisHash;
    private long _checked;
    private ChainVerification? _failure;

    public bool Failed => _failure is not null;

    public void Check(AuditEvent auditEvent)
    {
        if (_failure is not null) return;
        _checked++;
        if (auditEvent.PreviousHash != _expectedPrevious)
            _failure = new(false, _checked, auditEvent.Id, $"Event {auditEvent.Id} does not follow the event before it: an event was removed, inserted or reordered.");
        else if (auditEvent.ComputeHash() != auditEvent.Hash)
            _failure = new(false, _checked, auditEvent.Id, $"Event {auditEvent.Id} has been altered since it was recorded.");
        _expectedPrevious = auditEvent.Hash;
    }

    public ChainVerification Result() => _failure
        ?? new ChainVerification(true, _checked, null, $"The audit trail is intact: {_checked:N0} events checked.");
}

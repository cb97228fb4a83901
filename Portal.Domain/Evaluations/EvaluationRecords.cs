namespace Portal.Domain.Evaluations;

/// <summary>A response that was in the tender box when it was opened, as the evaluation knows it.</summary>
public sealed class EvaluatedBid
{
    private EvaluatedBid() { }

    public EvaluatedBid(Guid responseId, Guid supplierId, string supplierName)
    {
        ResponseId = responseId;
        SupplierId = supplierId;
        SupplierName = supplierName;
    }

    public Guid ResponseId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
}

/// <summary>An evaluator on the panel and the criteria given to them (keys such as "Q1" and "SV").</summary>
public sealed class PanelAssignment
{
    private PanelAssignment() { }

    internal PanelAssignment(string evaluatorId, string evaluatorName, IEnumerable<string> criteriaKeys, string assignedByName, DateTimeOffset at)
    {
        EvaluatorId = evaluatorId;
        EvaluatorName = evaluatorName;
        Assign(criteriaKeys, assignedByName, at);
    }

    public string EvaluatorId { get; private set; } = "";
    public string EvaluatorName { get; private set; } = "";

    /// <summary>The criteria keys, comma-separated in the ITT's order.</summary>
    public string Criteria { get; private set; } = "";

    public string AssignedByName { get; private set; } = "";
    public DateTimeOffset AssignedAt { get; private set; }

    public IReadOnlyList<string> CriteriaKeys => Criteria.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Covers(string criterionKey) => CriteriaKeys.Contains(criterionKey);

    internal void Assign(IEnumerable<string> criteriaKeys, string assignedByName, DateTimeOffset at)
    {
        Criteria = string.Join(',', criteriaKeys);
        AssignedByName = assignedByName;
        AssignedAt = at;
    }
}

/// <summary>
/// What an evaluator declared about one bidder before seeing any response: no conflict of interest, or a conflict with
/// its details. Kept for the record; the latest declaration for a bidder is the one that counts.
/// </summary>
public sealed class ConflictDeclaration
{
    private ConflictDeclaration() { }

    internal ConflictDeclaration(int sequence, string evaluatorId, string evaluatorName, Guid supplierId, string supplierName, bool hasConflict,
        string details, DateTimeOffset at)
    {
        Sequence = sequence;
        EvaluatorId = evaluatorId;
        EvaluatorName = evaluatorName;
        SupplierId = supplierId;
        SupplierName = supplierName;
        HasConflict = hasConflict;
        Details = details;
        DeclaredAt = at;
    }

    public int Sequence { get; private set; }
    public string EvaluatorId { get; private set; } = "";
    public string EvaluatorName { get; private set; } = "";
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public bool HasConflict { get; private set; }
    public string Details { get; private set; } = "";
    public DateTimeOffset DeclaredAt { get; private set; }
}

/// <summary>A procurement officer's pass or fail on one compliance question of one bid; a fail carries its reason.</summary>
public sealed class ComplianceCheck
{
    private ComplianceCheck() { }

    internal ComplianceCheck(int sequence, Guid responseId, int questionIndex, bool passed, string reason, string checkedById, string checkedByName,
        DateTimeOffset at)
    {
        Sequence = sequence;
        ResponseId = responseId;
        QuestionIndex = questionIndex;
        Passed = passed;
        Reason = reason;
        CheckedById = checkedById;
        CheckedByName = checkedByName;
        CheckedAt = at;
    }

    public int Sequence { get; private set; }
    public Guid ResponseId { get; private set; }
    public int QuestionIndex { get; private set; }
    public bool Passed { get; private set; }
    public string Reason { get; private set; } = "";
    public string CheckedById { get; private set; } = "";
    public string CheckedByName { get; private set; } = "";
    public DateTimeOffset CheckedAt { get; private set; }
}

/// <summary>One evaluator's score (0 to 5) of one criterion of one bid, with the justification; its author may change it until moderation opens.</summary>
public sealed class IndividualScore
{
    private IndividualScore() { }

    internal IndividualScore(string evaluatorId, string evaluatorName, Guid responseId, string criterionKey, int score, string justification,
        DateTimeOffset at)
    {
        EvaluatorId = evaluatorId;
        EvaluatorName = evaluatorName;
        ResponseId = responseId;
        CriterionKey = criterionKey;
        FirstScoredAt = at;
        Change(score, justification, at);
    }

    public string EvaluatorId { get; private set; } = "";
    public string EvaluatorName { get; private set; } = "";
    public Guid ResponseId { get; private set; }
    public string CriterionKey { get; private set; } = "";
    public int Score { get; private set; }
    public string Justification { get; private set; } = "";
    public DateTimeOffset FirstScoredAt { get; private set; }
    public DateTimeOffset ScoredAt { get; private set; }

    internal void Change(int score, string justification, DateTimeOffset at)
    {
        Score = score;
        Justification = justification;
        ScoredAt = at;
    }
}

/// <summary>
/// A consensus the moderator recorded for one criterion of one bid. Entries are never changed: a revision adds the next
/// version, and the latest version counts.
/// </summary>
public sealed class ModerationEntry
{
    private ModerationEntry() { }

    internal ModerationEntry(Guid responseId, string criterionKey, int version, int score, string rationale, string moderatorId,
        string moderatorName, DateTimeOffset at)
    {
        ResponseId = responseId;
        CriterionKey = criterionKey;
        Version = version;
        Score = score;
        Rationale = rationale;
        ModeratorId = moderatorId;
        ModeratorName = moderatorName;
        ModeratedAt = at;
    }

    public Guid ResponseId { get; private set; }
    public string CriterionKey { get; private set; } = "";
    public int Version { get; private set; }
    public int Score { get; private set; }
    public string Rationale { get; private set; } = "";
    public string ModeratorId { get; private set; } = "";
    public string ModeratorName { get; private set; } = "";
    public DateTimeOffset ModeratedAt { get; private set; }
}

/// <summary>An evaluator's answer about one bidder, as the declaration page sends it.</summary>
public sealed record DeclarationInput(Guid SupplierId, bool HasConflict, string? Details);

/// <summary>A procurement officer's finding on one compliance question, as the compliance page sends it.</summary>
public sealed record ComplianceInput(bool Passed, string? Reason);

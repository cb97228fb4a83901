using Portal.Domain.Commissions;
using Portal.Domain.Tendering.Responses;

namespace Portal.Components.TenderBox;

/// <summary>The sealed box as the office sees it: how many responses are in it, who has confirmed its opening, and, once open, the record.</summary>
public sealed record TenderBoxView(
    Guid CommissionId,
    string Reference,
    string Title,
    CommissionState State,
    DateTimeOffset? TenderDeadline,
    int InTheBox,
    IReadOnlyList<string> ConfirmedBy,
    bool CanConfirm,
    bool MayRead,
    TenderOpeningRecord? Opening);

/// <summary>A response after opening, as an officer or evaluator reads it; every such read is audited.</summary>
public sealed record OpenedResponseView(
    Guid CommissionId,
    string Reference,
    string Title,
    Guid ResponseId,
    string SupplierName,
    OpenedResponse Receipt,
    Domain.Tendering.IttContent Itt,
    ResponseContent Content,
    IReadOnlyList<ResponseFile> Files);

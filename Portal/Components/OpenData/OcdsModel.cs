using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Components.OpenData;

// The parts of the OCDS 1.1 release package the portal publishes, named as the standard names them (camelCase in JSON);
// a field left null is left out. Dates are strings already in ISO 8601 UTC (see OcdsDates), so nothing depends on how
// the serializer writes an instant.

public sealed record OcdsPackage(
    string Uri,
    string Version,
    string PublishedDate,
    OcdsPublisher Publisher,
    string? License,
    IReadOnlyList<OcdsRelease> Releases)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Served as JSON with nosniff, never inside HTML: "£" and quotes can be written as themselves.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

public sealed record OcdsPublisher(string Name);

public sealed record OcdsRelease(
    string Ocid,
    string Id,
    string Date,
    IReadOnlyList<string> Tag,
    string InitiationType,
    string Language,
    IReadOnlyList<OcdsParty> Parties,
    OcdsOrganizationReference Buyer,
    OcdsPlanning? Planning = null,
    OcdsTender? Tender = null,
    IReadOnlyList<OcdsAward>? Awards = null,
    IReadOnlyList<OcdsContract>? Contracts = null);

public sealed record OcdsParty(string Id, string Name, IReadOnlyList<string> Roles);

public sealed record OcdsOrganizationReference(string Id, string Name);

public sealed record OcdsValue(decimal Amount, string Currency);

public sealed record OcdsPeriod(string? StartDate = null, string? EndDate = null, string? MaxExtentDate = null, int? DurationInDays = null);

public sealed record OcdsDocument(string Id, string Title, string? DocumentType = null, string? Description = null, string? Url = null,
    string? DatePublished = null, string? Format = null, string? Language = null);

public sealed record OcdsMilestone(string Id, string Title, string Type, string Status, string? Description = null, string? Code = null,
    string? DueDate = null, string? DateMet = null);

public sealed record OcdsBudget(string Description, OcdsValue Amount);

public sealed record OcdsPlanning(string? Rationale, OcdsBudget Budget, IReadOnlyList<OcdsDocument>? Documents, IReadOnlyList<OcdsMilestone> Milestones);

/// <summary>Only the id is required: a release after the tender's own carries just what changed (its status, its milestones).</summary>
public sealed record OcdsTender(
    string Id,
    string? Title = null,
    string? Description = null,
    string? Status = null,
    OcdsValue? Value = null,
    OcdsValue? MinValue = null,
    string? ProcurementMethod = null,
    string? ProcurementMethodDetails = null,
    string? MainProcurementCategory = null,
    IReadOnlyList<string>? SubmissionMethod = null,
    string? SubmissionMethodDetails = null,
    OcdsPeriod? TenderPeriod = null,
    OcdsPeriod? EnquiryPeriod = null,
    string? AwardCriteria = null,
    string? AwardCriteriaDetails = null,
    int? NumberOfTenderers = null,
    IReadOnlyList<OcdsDocument>? Documents = null,
    IReadOnlyList<OcdsMilestone>? Milestones = null);

public sealed record OcdsAward(
    string Id,
    string Title,
    string Description,
    string Status,
    string Date,
    OcdsValue Value,
    IReadOnlyList<OcdsOrganizationReference> Suppliers,
    OcdsPeriod ContractPeriod);

public sealed record OcdsContract(
    string Id,
    [property: JsonPropertyName("awardID")] string AwardId,
    string Title,
    string Description,
    string Status,
    OcdsPeriod Period,
    OcdsValue Value,
    string? DateSigned,
    IReadOnlyList<OcdsMilestone> Milestones,
    IReadOnlyList<OcdsAmendment>? Amendments = null);

public sealed record OcdsAmendment(string Id, string Date, string Rationale, string Description);

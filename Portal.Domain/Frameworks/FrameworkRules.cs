using System.Net.Mail;
using Portal.Domain.Common;

namespace Portal.Domain.Frameworks;

/// <summary>The checks on what an officer or an imported file says about frameworks, lots and suppliers.</summary>
public static class FrameworkRules
{
    public const int MaxNameLength = 300;
    public const int MaxRegionLength = 200;
    public const int MaxContactNameLength = 200;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 40;
    public const int MaxTownLength = 100;
    public const int MaxReasonLength = 500;
    public const int MaxLotNumber = 999;

    /// <summary>The value trimmed, or a refusal naming the field when it is blank or too long.</summary>
    public static string Required(string? value, string field, int maxLength) =>
        RequiredProblem(value, field, maxLength) is { } problem ? throw new DomainRuleException(problem) : value!.Trim();

    public static string? RequiredProblem(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return $"The {field} is required.";
        return value.Trim().Length > maxLength ? $"The {field} must be at most {maxLength} characters." : null;
    }

    /// <summary>A single plain address such as bids@example.org: no display name, no spaces, a dotted domain.</summary>
    public static bool IsValidEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var text = value.Trim();
        if (text.Length > MaxEmailLength || text.Any(char.IsWhiteSpace)) return false;
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text) return false;
        var domain = address.Host;
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    /// <summary>Every problem with a supplier organisation's details, each written for the person who typed them.</summary>
    public static IReadOnlyList<string> SupplierProblems(string? name, string? contactName, string? contactEmail, string? contactPhone, string? town)
    {
        var problems = new List<string>();
        void Add(string? problem) { if (problem is not null) problems.Add(problem); }
        Add(RequiredProblem(name, "supplier name", MaxNameLength));
        Add(RequiredProblem(contactName, "contact name", MaxContactNameLength));
        if (string.IsNullOrWhiteSpace(contactEmail)) problems.Add("The contact email is required.");
        else if (!IsValidEmail(contactEmail)) problems.Add($"\"{contactEmail.Trim()}\" is not a valid email address.");
        if (!string.IsNullOrWhiteSpace(contactPhone) && contactPhone.Trim().Length > MaxPhoneLength)
            problems.Add($"The phone number must be at most {MaxPhoneLength} characters.");
        Add(RequiredProblem(town, "town", MaxTownLength));
        return problems;
    }
}

namespace Portal.Components.Contracts;

/// <summary>
/// The office's defaults for managing contracts: how long before a term ends an extension option must be decided
/// (`Portal:Contracts:DecisionNoticeMonths`, three months), how far ahead of that the owner is reminded
/// (`Portal:Contracts:ExtensionReminderMonths`, six months, which each contract may change), and how often reminders are looked for.
/// </summary>
public sealed record ContractSettings(int NoticeMonths, int ReminderMonths, TimeSpan ReminderInterval)
{
    public static ContractSettings From(IConfiguration configuration) => new(
        Math.Clamp(configuration.GetValue("Portal:Contracts:DecisionNoticeMonths", 3), 0, 24),
        Math.Clamp(configuration.GetValue("Portal:Contracts:ExtensionReminderMonths", 6), 1, Domain.Contracts.Contract.MaxReminderLeadMonths),
        TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Portal:Contracts:ReminderIntervalMinutes", 60))));
}

/// <summary>Where the contract's pages live.</summary>
public static class ContractPaths
{
    public const string Register = "/contracts";
    public const string RegisterWorkbook = "/contracts/register.xlsx";

    public static string Contract(Guid commissionId) => $"/commissions/{commissionId}/contract";
    public static string Mobilisation(Guid commissionId) => $"/commissions/{commissionId}/mobilisation";
    public static string Performance(Guid commissionId) => $"/commissions/{commissionId}/performance";
    public static string Meetings(Guid commissionId) => $"/commissions/{commissionId}/meetings";

    public const string MakeMoveThereMessage =
        "Take extensions and close the contract from its contract page, where an approver approves extensions and early ends.";
}

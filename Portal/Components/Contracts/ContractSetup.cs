using Portal.Components.Documents;
using Portal.Domain.Common;

namespace Portal.Components.Contracts;

/// <summary>Registers contract management (the contract page, the office's register, extension reminders) and maps the register's download.</summary>
public static class ContractSetup
{
    public static void AddContracts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(ContractSettings.From(builder.Configuration));
        services.AddSingleton<ContractWriter>();
        services.AddScoped<ContractService>();
        services.AddScoped<OfficeContractRegisterService>();
        services.AddSingleton<ExtensionReminderService>();
        if (builder.Configuration.GetValue("Portal:Scheduler:Enabled", true))
            services.AddHostedService(sp => sp.GetRequiredService<ExtensionReminderService>());
    }

    public static void MapContractEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ContractPaths.RegisterWorkbook, WorkbookAsync).RequireAuthorization().AddEndpointFilter(DocumentEndpoints.UseRequestUser);
    }

    private static async Task<IResult> WorkbookAsync(RegisterScope? scope, Guid? supplier, string? q, int? within,
        OfficeContractRegisterService register, TimeProvider clock, CancellationToken cancellationToken)
    {
        var filter = new RegisterFilter(scope ?? RegisterScope.Live, supplier, q, within);
        var view = await register.ListAsync(filter, cancellationToken);
        if (!view.Succeeded) return DocumentEndpoints.Refusal(view);
        var now = clock.GetUtcNow();
        return new DocumentEndpoints.NoSniff(TypedResults.File(ContractRegisterWorkbook.Render(view.Value!, RegisterFilters.Describe(filter, view.Value!), now),
            ContractRegisterWorkbook.ContentType, $"contract-register-{UkTime.DateOf(now):yyyy-MM-dd}.xlsx"));
    }
}

/// <summary>The register's filters in words and in the page's address.</summary>
public static class RegisterFilters
{
    public static string Describe(RegisterFilter filter, ContractRegisterView view)
    {
        var parts = new List<string>
        {
            filter.Scope switch { RegisterScope.Past => "Past contracts", RegisterScope.All => "All contracts", _ => "Live contracts" },
        };
        if (filter.SupplierId is { } supplier && view.Suppliers.FirstOrDefault(s => s.Id == supplier) is { } named) parts.Add($"supplier {named.Name}");
        if (!string.IsNullOrWhiteSpace(filter.Text)) parts.Add($"matching \"{filter.Text.Trim()}\"");
        if (filter.DecisionWithinMonths is { } months) parts.Add($"next decision within {Portal.Domain.Contracts.ContractDates.Months(months)}");
        return string.Join(", ", parts);
    }

    public static string Query(RegisterFilter filter)
    {
        var parts = new List<string> { $"scope={filter.Scope}" };
        if (filter.SupplierId is { } supplier) parts.Add($"supplier={supplier}");
        if (!string.IsNullOrWhiteSpace(filter.Text)) parts.Add($"q={Uri.EscapeDataString(filter.Text.Trim())}");
        if (filter.DecisionWithinMonths is { } months) parts.Add($"within={months}");
        return string.Join("&", parts);
    }
}

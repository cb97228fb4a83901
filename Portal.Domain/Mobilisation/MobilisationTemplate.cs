using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Mobilisation;

/// <summary>One line of the template: what a new contract's plan will ask for, by whom, and how long after the call-off's effective date.</summary>
public sealed record MobilisationTemplateItem(MobilisationItemKind Kind, string Title, MobilisationOwner Owner, bool Mandatory, int DueDaysAfterEffectiveDate);

/// <summary>
/// The checklist every award's mobilisation plan is made from, which the office can edit. The contract's signature and the DPIA
/// stay on it and stay mandatory, since the move to contract management depends on them; a plan already made keeps its items.
/// </summary>
public sealed class MobilisationTemplate
{
    public const int TitleMaxLength = 200;
    public const int MaxItems = 40;
    public const int MaxDueDays = 730;

    private List<MobilisationTemplateItem> _items = [];

    private MobilisationTemplate() { }

    public Guid Id { get; private set; }
    public IReadOnlyList<MobilisationTemplateItem> Items => _items;
    public Guid ConcurrencyToken { get; private set; }
    public DateTimeOffset LastChangedAt { get; private set; }
    public string LastChangedByName { get; private set; } = "";

    /// <summary>The checklist of domain.md: the papers and the arrangements a provider of offender services needs before it starts.</summary>
    public static IReadOnlyList<MobilisationTemplateItem> DefaultItems { get; } =
    [
        new(MobilisationItemKind.ContractSigned, "Contract signed", MobilisationOwner.Office, true, 0),
        new(MobilisationItemKind.Dpia, "DPIA completed", MobilisationOwner.Office, true, 14),
        new(MobilisationItemKind.Other, "Information-sharing agreement signed", MobilisationOwner.Office, true, 21),
        new(MobilisationItemKind.Other, "Risk and safeguarding information reaches the provider before it starts work with a service user", MobilisationOwner.Supplier, true, 28),
        new(MobilisationItemKind.Other, "Staff recruited and vetted", MobilisationOwner.Supplier, true, 42),
        new(MobilisationItemKind.Other, "Referral pathway agreed with probation and youth offending services", MobilisationOwner.Supplier, true, 42),
        new(MobilisationItemKind.Other, "KPI baselines and targets agreed", MobilisationOwner.Office, true, 49),
        new(MobilisationItemKind.Other, "Insurance certificates provided", MobilisationOwner.Supplier, true, 14),
    ];

    public static MobilisationTemplate CreateDefault(DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        _items = [.. DefaultItems],
        ConcurrencyToken = Guid.NewGuid(),
        LastChangedAt = at,
        LastChangedByName = "Portal",
    };

    public static bool CanEdit(Actor actor) =>
        actor.IsInRole(Roles.ProcurementOfficer) || actor.IsInRole(Roles.CommissioningOfficer) || actor.IsInRole(Roles.Administrator);

    public void Replace(IReadOnlyList<MobilisationTemplateItem> items, Actor actor, DateTimeOffset at)
    {
        if (!CanEdit(actor)) throw new DomainRuleException("Only a procurement or commissioning officer, or an administrator, can edit the mobilisation template.");
        var cleaned = items.Select(i => i with { Title = i.Title.Trim() }).ToList();
        if (cleaned.Count > MaxItems) throw new DomainRuleException($"Keep the template to {MaxItems} items.");
        if (cleaned.FirstOrDefault(i => i.Title.Length == 0) is not null) throw new DomainRuleException("Give every item a title.");
        if (cleaned.FirstOrDefault(i => i.Title.Length > TitleMaxLength) is { } tooLong)
            throw new DomainRuleException($"Keep each title to {TitleMaxLength} characters: \"{tooLong.Title[..40]}…\" is longer.");
        if (cleaned.FirstOrDefault(i => i.DueDaysAfterEffectiveDate is < 0 or > MaxDueDays) is { } badDays)
            throw new DomainRuleException($"\"{badDays.Title}\" must fall due between 0 and {MaxDueDays} days after the call-off's effective date.");
        if (cleaned.GroupBy(i => i.Title, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainRuleException($"\"{twice.Key}\" is on the template twice.");
        foreach (var kind in new[] { MobilisationItemKind.ContractSigned, MobilisationItemKind.Dpia })
        {
            var named = cleaned.Where(i => i.Kind == kind).ToList();
            if (named.Count != 1 || !named[0].Mandatory)
                throw new DomainRuleException($"The template must keep one mandatory \"{(kind == MobilisationItemKind.Dpia ? "DPIA completed" : "Contract signed")}\" item: the move to contract management depends on it.");
        }
        _items = cleaned;
        ConcurrencyToken = Guid.NewGuid();
        LastChangedAt = at;
        LastChangedByName = actor.DisplayName;
    }
}

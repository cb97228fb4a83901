using Portal.Domain.Commissions;
using Portal.Domain.Common;

namespace Portal.Benchmark.Generation;

/// <summary>Decision-note contents in the style of a police and crime commissioner's office, varied enough that titles sort and search realistically.</summary>
public static class CommissionTexts
{
    private static readonly string[] Services =
    [
        "Employment Support Service", "Women's Community Support Service", "Accommodation Support Service", "Substance Misuse Treatment Service",
        "Victim Support Service", "Domestic Abuse Perpetrator Programme", "Restorative Justice Service", "Mentoring Service",
        "Housing Advice Service", "Mental Health Liaison Service", "Family Support Service", "Education, Training and Employment Service",
        "Debt and Benefits Advice Service", "Youth Diversion Programme", "Sexual Violence Counselling Service", "Independent Domestic Violence Advocacy",
        "Out-of-Court Disposal Support", "Integrated Offender Management Support", "Wellbeing and Resettlement Service", "Gambling Harm Support Service",
    ];

    private static readonly string[] Cohorts =
    [
        "for Offenders", "for Prison Leavers", "for Young Adults", "for Women on Probation", "for Victims of Crime",
        "for Care Leavers", "for the IOM Cohort", "for Veterans in the Justice System", "for People on Licence", "for Families of Offenders",
    ];

    private static readonly string[] Areas =
    [
        "in Staffordshire", "in Stoke-on-Trent", "in Cannock Chase", "in Tamworth", "in Lichfield", "in Newcastle-under-Lyme",
        "in East Staffordshire", "in South Staffordshire", "in Stafford", "in the Staffordshire Moorlands", "across Staffordshire and Stoke-on-Trent",
        "in Burton upon Trent",
    ];

    private static readonly string[] Budgets = ["reducing reoffending", "victims' services", "community safety", "early intervention"];

    private static readonly int[] Terms = [12, 18, 24, 24, 36, 36, 48, 60];

    /// <param name="complete">False for some drafts, which have not yet been given their value and route.</param>
    public static CommissionDetails Details(Random random, bool complete)
    {
        var service = Pick(random, Services);
        var cohort = Pick(random, Cohorts);
        var area = Pick(random, Areas);
        var title = random.Next(4) == 0 ? $"Commissioning of {service} {cohort}" : $"{service} {cohort} {area}";
        var term = Pick(random, Terms);
        var extensions = random.Next(4);
        var extensionMonths = extensions == 0 ? 0 : 12;
        var low = random.Next(20, 800) * 1_000;
        var high = low + random.Next(0, low / 5_000 + 1) * 1_000;
        // Every generated commission goes through a tender, so no direct awards.
        var route = (ProcurementRoute)random.Next(3);
        var summary = $"This paper seeks approval to commission a {service.ToLowerInvariant()} {cohort} {area}. The service is commissioned " +
            $"for an initial {term} months{(extensions > 0 ? $" with {extensions} optional {extensionMonths}-month extension(s)" : "")}, " +
            $"subject to satisfactory performance, and is funded from the {Pick(random, Budgets)} budget.";
        var recommendation = $"That the Commissioner approves a {route.Describe().ToLowerInvariant()} to appoint a provider within the budget and " +
            "contractual arrangements outlined.";
        return complete
            ? new CommissionDetails(title, summary, recommendation, Money.FromPounds(low), Money.FromPounds(high), term, extensions, extensionMonths, route)
            : new CommissionDetails(title, summary, "", null, null, null, 0, 0, null);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

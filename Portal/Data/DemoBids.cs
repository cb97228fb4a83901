using Portal.Domain.Common;

namespace Portal.Data;

/// <summary>
/// What the three demo bidders wrote in their responses to the re-based employment support tender (COM-0005): each a
/// realistic answer of a different strength, so that evaluators have something to tell apart. Prices are per year of
/// the two-year initial term.
/// </summary>
internal static class DemoBids
{
    public sealed record Bid(string SupplierName, string[] Compliance, string[] Quality, decimal[] YearlyPounds, string SocialValue,
        string? AttachmentTitle = null, string[]? AttachmentParagraphs = null);

    public static readonly Bid[] All =
    [
        new("Pathways to Work CIC",
            [
                "Employer's liability £10 million and public liability £5 million, both with Zurich until 31 March next year; certificates attached to our framework record.",
                "All eleven front-line staff hold enhanced DBS checks with barred-list checks, renewed every three years and on the update service.",
            ],
            [
                "Each referral is contacted within two working days, and for prisoners on release on temporary licence we meet them at the gate on their first day out. " +
                "Every client has one named ETE support worker for the whole of their time with us, so they do not retell their story. Within two weeks the worker " +
                "agrees a personal ETE pathway plan covering skills, barriers (housing, debt, substance use) and the first step towards work. We keep contact at least " +
                "weekly, by phone or text between meetings, and re-engage anyone who misses two appointments through their offender manager. Our current IOM pilot in " +
                "Stoke-on-Trent kept 78% of clients engaged at twelve weeks, and 41% entered training or work within six months.",
                "We hold pledges from 23 Staffordshire employers, including two logistics firms, a construction training centre and the county's largest care provider, " +
                "to offer work trials and guaranteed interviews. Our employer engagement lead meets each employer quarterly and prepares clients with mock interviews and " +
                "disclosure coaching. We expect 40 training placements and 25 employment placements a year, and we will report starts and completions to the board half-yearly.",
                "We will attend the fortnightly IOM meetings in both patches, share progress through the agreed information-sharing agreement, and raise any concern about " +
                "risk with the offender manager the same day. Staff are trained in safeguarding adults and children, MAPPA awareness and lone working, and every " +
                "safeguarding concern is logged and reviewed by our designated lead within 24 hours.",
            ],
            [76_500m, 78_000m],
            "Two paid apprenticeships a year for people with lived experience of the justice system, 60 hours of volunteering a year by staff with local food banks, " +
            "and at least 70% of our spend with Staffordshire suppliers, reported quarterly.",
            "Employer pledges",
            [
                "Pathways to Work CIC holds signed pledges from 23 Staffordshire and Stoke-on-Trent employers to offer work trials and guaranteed interviews.",
                "Sectors: logistics (6), construction (4), care (5), hospitality (5), manufacturing (3).",
            ]),
        new("Second Chance Skills Trust",
            [
                "Employer's liability £5 million and public liability £5 million with Aviva, renewed each April.",
                "Yes: every member of staff and every volunteer working with service users holds an enhanced DBS check before they start.",
            ],
            [
                "We will contact referrals within five working days and offer an induction session at our Stafford centre. Clients can then join our weekly job club " +
                "and one-to-one sessions as they wish. We find that people on probation respond well when they choose their own pace, so we do not set a fixed " +
                "contact schedule, but we will follow up anyone we have not seen for a month.",
                "We work with the Jobcentre and several local colleges to find training courses, and our staff help clients to apply for vacancies they find online. " +
                "We will build links with employers during the first year of the contract.",
                "We will meet the probation service each quarter to review referrals and progress. Our safeguarding policy follows the county's procedures and our " +
                "manager is the designated safeguarding lead.",
            ],
            [74_000m, 75_500m],
            "We will offer volunteering opportunities at our centre to clients and the local community."),
        new("Midlands Employment Partnership Ltd",
            [
                "Employer's liability £10 million and public liability £10 million with Hiscox, renewed in January.",
                "Yes: enhanced DBS checks for all staff before they start, checked again every two years.",
            ],
            [
                "A dedicated engagement worker contacts each referral within three working days and agrees an action plan at the first meeting. Clients receive " +
                "fortnightly one-to-one meetings and can attend group workshops on CV writing, interview skills and disclosure. We use motivational interviewing and " +
                "text reminders to keep people engaged, and we share attendance with offender managers monthly. In our Wolverhampton service 65% of clients remained " +
                "engaged at twelve weeks.",
                "Our regional employer team works with 40 employers across the West Midlands, eight of them in Staffordshire, and arranges work placements and " +
                "sector-based work academies with the Jobcentre. We will recruit a Staffordshire employer coordinator in the first three months to widen local links.",
                "We will attend IOM meetings monthly and follow the probation information-sharing protocols. All staff complete safeguarding training at induction and " +
                "yearly, and concerns go to our safeguarding lead, who reports to our board each quarter.",
            ],
            [79_500m, 80_000m],
            "One apprenticeship a year, a partnership with a local college to offer free digital skills courses to the community, and carbon reporting for our service.")
    ];

    public static Money?[] Prices(Bid bid) => bid.YearlyPounds.Select(p => (Money?)Money.FromPounds(p)).ToArray();
}

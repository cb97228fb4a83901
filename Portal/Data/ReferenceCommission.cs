using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;

namespace Portal.Data;

/// <summary>
/// The reference commission of seed 001, the employment support service for offenders, as demo content: its decision
/// note, section by section, and its equality impact assessment (here assessed characteristic by characteristic).
/// </summary>
public static class ReferenceCommission
{
    public const string Title = "Commissioning of Employment Support Service for Offenders";

    public static DecisionNoteContent DecisionNote(DateOnly termStartsOn, DateOnly decisionRequiredBy, string author, DateOnly declaredOn) => new()
    {
        Title = Title,
        RelatesToPolicing = true,
        RelatesToCrime = true,
        DecisionRequiredBy = decisionRequiredBy,
        ConsideredUnderDecisionMakingPolicy = true,
        IsKeyDecision = true,
        EmpoweredToDecide = "The Commissioner",
        Summary = "This paper seeks approval in principle to go out to market for a new Employment Support Service for offenders, " +
            "targeted on the Integrated Offender Management (IOM) cohort and other hard-to-engage groups, including prisoners on release on " +
            "temporary licence, in Staffordshire and Stoke-on-Trent.\n\nThe service will complement existing employment support, enabling more " +
            $"offenders to take up employment and to establish stable lifestyles away from crime. It is proposed as a pilot for an initial 2 years from " +
            $"{termStartsOn:d MMMM yyyy}, with the option of two further 12-month extensions subject to satisfactory performance.\n\nThe estimated annual " +
            "cost is between £75,000 and £80,000: between £150,000 and £160,000 for the initial two years, and between £300,000 and £320,000 over the " +
            "full term should both extensions be taken. From the first extension, opportunities to co-commission the service with partners will be explored.",
        Recommendation = "That the Commissioner approves the commencement of a tender process to identify a suitable provider to deliver the " +
            "service based on the budget and contractual arrangements outlined.",
        IntroductionAndBackground = "Despite equal access to employment support in the community, worklessness among the IOM cohort remains high " +
            "relative to the general offender population. Of offenders under probation supervision in the twelve months to September 2021, 39.7% had " +
            "identified training or employment needs; of the IOM cohort starting supervision in the three months to December 2021, 71% did (186 of 264 " +
            "cases were unemployed and not actively seeking work).\n\nThe Reducing Reoffending Board has identified a need to strengthen employment " +
            "support for IOM offenders so that more can access training and employment opportunities in the community.",
        ServiceAims = "To improve employment support for IOM offenders and other difficult-to-engage groups, including prisoners on release on " +
            "temporary licence, through intensive and sustained employment support and mentoring based on personalised support plans.\n\nThe service " +
            "will first focus on opportunities in the local construction industry and its supply chain, and work with other local employers with " +
            "experience of offender work placements. Offenders taking up placements will be mentored through the early stages, and the service will " +
            "work with vulnerability hubs and other wrap-around support.",
        StaffingAndCapacity = "Final arrangements will be agreed with the successful bidder. About two whole-time-equivalent ETE support workers are " +
            "envisaged, each covering a different patch: opening up placements with local employers, and delivering bespoke employment support and " +
            "mentoring.\n\nThe service will work with up to 30 clients at any one time, tapering support as clients take up opportunities so that new " +
            "referrals can be accepted.",
        OutcomesAndMeasures = "Attrition is expected to be higher than for generic employment services, so 'distance travelled' will be measured " +
            "as well as job outcomes. Measures:\n- training placements created\n- employment placements created\n- clients referred or selected for " +
            "training or work placements\n- progress against ETE pathway plans\n- clients starting training or work placements\n- clients completing " +
            "training or work placements\n- clients completing community orders\n- clients not reoffending\n\nTargets for intermediate and long-term " +
            "outcomes will be agreed with the successful bidder.",
        PerformanceMonitoring = "An outcomes framework will be agreed with the successful bidder, built on data available from the probation case " +
            "management system. Progress and outcomes will be reported half-yearly to the office and partners through the Reducing Reoffending Board.",
        ProcurementRouteNarrative = "Given the aggregated value over the full four-year term, an open tender or a call-off from an existing framework " +
            "agreement is needed. The Ministry of Justice's Probation Rehabilitation Services framework, with a lot for Education, Training and " +
            "Employment, is the preferred route: it saves time and resources, brings tailored terms and conditions, and gives access to approved " +
            "providers of offender rehabilitation services.",
        ProcurementTimetable = "Issue call-off ITT through the e-sourcing system: 28 February 2022\nDeadline for clarification questions: 2 March 2022\n" +
            "Deadline for tender responses: 11 March 2022, 12 noon\nNotification of intention to award: w/c 11 April 2022\nEnd of standstill: w/c 25 " +
            "April 2022\nCall-off effective date (mobilisation begins): w/c 2 May 2022\nCall-off commencement: 8 to 12 weeks from award, to be agreed",
        AnnualValueLow = Money.FromPounds(75_000),
        AnnualValueHigh = Money.FromPounds(80_000),
        InitialTermStartsOn = termStartsOn,
        InitialTermMonths = 24,
        ExtensionOptionCount = 2,
        ExtensionOptionMonths = 12,
        Route = ProcurementRoute.FrameworkCallOff,
        Category = ServiceCategory.LightTouchServices,
        IssuesForConsideration = "Reducing offending and reoffending is a key priority of the Police and Crime Plan and the reducing reoffending " +
            "strategy. Tackling worklessness is central to effective work with offenders. Scoping work shows clear demand, and no alternative provision " +
            "offers the same intensity of support to the IOM cohort. The budget covers the contract over its projected term.",
        OtherOptionsConsidered = "Co-commissioning the service with partners was explored but is not possible at present; it will be revisited at " +
            "the first extension.",
        ConsultationAndEngagement = "Extensive consultation with partners through the Reducing Reoffending Board and its procurement working group.",
        LegalAdviceSought = true,
        LegalComments = "Given its value the award falls within the UK procurement regulations. The call-off from the national framework is a " +
            "compliant route, and the risk of legal challenge to the award is considered low.",
        EqualityComments = "Equality considerations have been taken into account in preparing the service specification, to ensure equitable " +
            "access for all groups, including those with protected characteristics under the Equality Act 2010. The completed EIA is linked.",
        BackgroundPapers = "The current reducing reoffending action plan; the full service specification.",
        PublicAccessAllowed = false,
        PublicAccessReason = "Not until the tender process is complete.",
        Dpia = DpiaStatus.ToBeCompletedAfterTender,
        DpiaNotes = "A DPIA will be completed once the tender process is complete.",
        Deferral = PublicationDeferral.UntilContractAwarded,
        DeferralReason = "Until the tender process is complete.",
        RedactNote = false,
        RedactAppendices = false,
        DeclarationAuthor = author,
        DeclarationConfirmed = true,
        DeclarationDate = declaredOn,
    };

    public static EqualityAssessmentContent EqualityAssessment(DateOnly assessedOn) => new()
    {
        TitleOfPolicy = "Commissioning of Offender Employment Support Service",
        Department = "Commissioning and Partnerships",
        AssessmentDate = assessedOn,
        AimsAndPurpose = "To find a provider for a new employment support service for offenders in Staffordshire and Stoke-on-Trent, targeted " +
            "on the IOM cohort and other hard-to-engage groups, as a two-year pilot with two optional 12-month extensions. Access is by referral from " +
            "probation and youth offending services, whose practice follows national equality and diversity policies.",
        WhoIsAffected = "Offenders supervised by probation and by youth offending services; their families and children; the county and city " +
            "councils; the police; the district and borough councils; employers; training providers; voluntary sector organisations.",
        DataSummary = "Criminal justice statistics for England and Wales; offender management statistics on community orders, suspended sentences " +
            "and custody; Offender Assessment System (OASys) data on needs.",
        ResearchSummary = "The Lammy Review; the inspectorate's report on Black and mixed heritage boys; the Ministry of Justice's work on racial " +
            "disparity; the Female Offender Strategy; local strategic assessments of offending and offender needs (2015 and 2022).",
        ConsultationSummary = "No local consultation with protected groups was undertaken for this service; national research and consultation " +
            "with protected groups informed the specification. Service users will be asked for feedback through the contract.",
        ConclusionsSummary = "No adverse impact is expected on any protected group; the specification requires the provider to take equality into " +
            "account at every stage, from referral to placement.",
        Characteristics =
        [
            new(ProtectedCharacteristic.Age, "Open to offenders aged 16 and over; younger adults are over-represented in the IOM cohort.",
                "Young adults face particular barriers to first employment.", "Youth offending services were consulted on referral routes.",
                "Positive for younger adults through tailored mentoring; older clients are supported into suitable placements.", Impact.Positive),
            new(ProtectedCharacteristic.Disability, "OASys records learning difficulties and mental health needs for a significant share of the cohort.",
                "Disabled offenders face higher barriers to work.", "Probation leads were consulted on reasonable adjustments.",
                "Neutral, provided placements and materials are adapted; the provider must make reasonable adjustments.", Impact.Neutral,
                "Reasonable adjustments are a contract requirement and are monitored."),
            new(ProtectedCharacteristic.GenderReassignment, "Numbers are small and not reliably recorded.", "National guidance on transgender people in the justice system.",
                "No specific consultation; national guidance applied.", "Neutral: the service is open to people who are transitioning, with placements chosen with care.", Impact.Neutral),
            new(ProtectedCharacteristic.MarriageAndCivilPartnership, "Not recorded as a factor in access to employment support.", "No evidence of differential impact.",
                "Not raised in consultation.", "Neutral: marital or civil partnership status does not affect access.", Impact.Neutral),
            new(ProtectedCharacteristic.PregnancyAndMaternity, "A small number of women in the cohort are pregnant or have young children.",
                "Childcare is a known barrier to training and work.", "Women's services were asked about childcare barriers.",
                "Neutral, with flexible appointment times and help with childcare costs where placements allow.", Impact.Neutral,
                "Flexible hours and signposting to childcare support are required of the provider."),
            new(ProtectedCharacteristic.Race, "Black and mixed heritage offenders are over-represented in the local cohort relative to the population.",
                "The Lammy Review and racial disparity reports show poorer outcomes.", "Community groups were engaged through the board.",
                "Positive if referral and outcomes are monitored by ethnicity; the provider must report them.", Impact.Positive),
            new(ProtectedCharacteristic.ReligionOrBelief, "Not recorded as a barrier in local data.", "No evidence of differential impact on access.",
                "Not raised in consultation.", "Neutral: placements respect religious observance.", Impact.Neutral),
            new(ProtectedCharacteristic.Sex, "Women are a minority of the cohort but have distinct needs (caring duties, trauma, domestic abuse).",
                "The Female Offender Strategy and inspection findings show women's needs go unmet in generic provision.",
                "Women's services were consulted on access.", "Neutral overall, with a risk that women's needs are missed in a male-majority service.",
                Impact.Negative, "Women-only sessions on request, referral to women's services, and outcomes reported by sex."),
            new(ProtectedCharacteristic.SexualOrientation, "Not reliably recorded.", "No evidence of differential impact on access.",
                "No specific consultation.", "Neutral: the provider's equality policy covers sexual orientation.", Impact.Neutral),
        ],
        Decisions = "The service proceeds as specified, with the mitigations above written into the contract and monitored.",
        PilotConsideration = "The service is commissioned as a two-year pilot to test its effectiveness before any extension.",
        MonitoringArrangements = "Contract monitoring by the office, with half-yearly reports to the Reducing Reoffending Board including referrals " +
            "and outcomes by protected characteristic where recorded.",
        Publish = true,
    };
}

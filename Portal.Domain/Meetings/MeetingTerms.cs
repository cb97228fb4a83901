namespace Portal.Domain.Meetings;

/// <summary>
/// The two quarterly meetings of contract management (seed 000): the quality deep dive looks at how the service is delivered, case by
/// case; the contract performance meeting looks at the figures against the outcomes framework.
/// </summary>
public enum MeetingKind { QualityDeepDive, PerformanceMeeting }

/// <summary>Who must do an action: a named officer of the commissioner's office, or the supplier organisation as a whole.</summary>
public enum ActionOwnerKind { Office, Supplier }

public enum ActionStatus { Open, InProgress, Closed }

public enum RiskStatus { Open, Closed }

public static class MeetingText
{
    public static string Describe(this MeetingKind kind) => kind == MeetingKind.QualityDeepDive ? "Quality deep dive" : "Contract performance meeting";

    public static string Describe(this ActionStatus status) => status switch
    {
        ActionStatus.Open => "Open",
        ActionStatus.InProgress => "In progress",
        _ => "Closed",
    };

    /// <summary>The items every meeting of the kind covers, before the officer's own and the actions carried forward.</summary>
    public static IReadOnlyList<string> StandardAgenda(this MeetingKind kind) => kind == MeetingKind.QualityDeepDive
        ?
        [
            "Introductions and apologies",
            "Case file sample: initial assessment and each service user's action plan",
            "Risk and safeguarding information received and assessed before work starts with a service user",
            "Service user feedback and case studies",
            "Good practice and areas for improvement",
            "Any other business",
        ]
        :
        [
            "Introductions and apologies",
            "Minutes of the last meeting",
            "Performance against the outcomes framework (data pack)",
            "Referrals, caseload and capacity",
            "Risks and issues",
            "Any other business",
        ];
}

using Portal.Domain.Calendar;
using Portal.Domain.Tendering;

namespace Portal.Tests.Domain.Tendering;

/// <summary>A complete ITT: two quality questions (35% + 25%), price 30%, social value 10%, deadlines in March 2027.</summary>
public static class IttBuilder
{
    public static readonly IReadOnlyList<string> Descriptors =
    [
        "No response or the response does not address the question.",
        "Poor: major gaps and little evidence.",
        "Weak: some gaps and limited evidence.",
        "Satisfactory: meets the requirement with some evidence.",
        "Good: meets the requirement fully with clear evidence.",
        "Excellent: exceeds the requirement with compelling evidence.",
    ];

    public static QualityQuestion Question(string text, int weight, int wordLimit = 1_000) => new(text, weight, wordLimit, Descriptors);

    public static IttContent Complete(Guid? lotId = null) => new()
    {
        LotId = lotId ?? Guid.NewGuid(),
        ComplianceQuestions = [new("Do you hold employer's liability insurance of at least £5 million?")],
        QualityQuestions =
        [
            Question("Describe how you will find and keep training and employment placements for people on probation.", 35),
            Question("Describe how you will work with the probation service and other partners.", 25, 750),
        ],
        PriceWeightingPercent = 30,
        Timetable =
        [
            new(TimetablePhase.IttIssue, new DateOnly(2027, 3, 1)),
            new(TimetablePhase.ClarificationDeadline, new DateOnly(2027, 3, 15), new TimeOnly(12, 0)),
            new(TimetablePhase.TenderDeadline, new DateOnly(2027, 3, 29), new TimeOnly(12, 0)),
            new(TimetablePhase.Evaluation, new DateOnly(2027, 4, 12)),
        ],
    };

    public static IttFile File(string name = "specification.pdf", long size = 123_456) =>
        new(Guid.NewGuid(), name, size, new string('a', 64));
}

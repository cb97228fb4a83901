using Portal.Domain.Commissions;
using static Portal.Domain.Commissions.CommissionState;

namespace Portal.Benchmark.Generation;

/// <summary>
/// How a long-running office's commissions spread over the states, in percent: most finished or in contract
/// management, a few hundred live in each stage of the procurement.
/// </summary>
public static class StateMix
{
    private static readonly (CommissionState State, double Percent)[] Mix =
    [
        (DecisionNoteDraft, 6), (AwaitingDecision, 4), (EqualityAssessment, 3), (IttPreparation, 4), (ClarificationPeriod, 3),
        (TenderPeriod, 4), (Opening, 1.5), (Evaluation, 4), (Standstill, 2), (Suspended, 0.5), (Awarded, 2), (Mobilisation, 3),
        (ContractManagement, 20), (Closed, 25), (Declined, 3), (Cancelled, 10), (Unsuccessful, 5),
    ];

    /// <summary>The states commissions are cancelled from, weighted: most are cancelled early.</summary>
    private static readonly (CommissionState State, double Weight)[] CancelledFrom =
    [
        (DecisionNoteDraft, 3), (AwaitingDecision, 2), (EqualityAssessment, 1), (IttPreparation, 2), (ClarificationPeriod, 1),
        (TenderPeriod, 1), (Opening, 0.5), (Evaluation, 1), (Standstill, 0.5), (Suspended, 1),
    ];

    public static CommissionState PickTarget(Random random) => Pick(random, Mix);

    public static CommissionState PickCancelledFrom(Random random) => Pick(random, CancelledFrom);

    private static CommissionState Pick(Random random, (CommissionState State, double Weight)[] table)
    {
        var pick = random.NextDouble() * table.Sum(t => t.Weight);
        foreach (var (state, weight) in table)
        {
            if (pick < weight) return state;
            pick -= weight;
        }
        return table[^1].State;
    }
}

using Portal.Domain.Evaluations;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;

namespace Portal.Tests.Domain.Evaluations;

/// <summary>An evaluation of three bids on two quality questions, social value and one compliance question, and the people who run it.</summary>
internal sealed class EvaluationBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 3, 16, 10, 0, 0, TimeSpan.Zero);
    public static readonly Actor Officer = TestActors.ProcurementOfficer;
    public static readonly Actor SecondOfficer = TestActors.SecondProcurementOfficer;
    public static readonly Actor Leon = TestActors.Make("ev-leon", "Leon Price", Roles.Evaluator);
    public static readonly Actor Sofia = TestActors.Make("ev-sofia", "Sofia Marin", Roles.Evaluator);

    public EvaluatedBid Pathways { get; } = new(Guid.NewGuid(), Guid.NewGuid(), "Pathways to Work CIC");
    public EvaluatedBid SecondChance { get; } = new(Guid.NewGuid(), Guid.NewGuid(), "Second Chance Skills Trust");
    public EvaluatedBid Midlands { get; } = new(Guid.NewGuid(), Guid.NewGuid(), "Midlands Employment Partnership Ltd");

    public TenderEvaluation Evaluation { get; }

    public EvaluationBuilder()
    {
        var itt = new IttContent
        {
            ComplianceQuestions = [new("Do you hold the insurances required?")],
            QualityQuestions =
            [
                new("Placements.", 35, 1000, ["0", "1", "2", "3", "4", "5"]),
                new("Partnerships.", 25, 750, ["0", "1", "2", "3", "4", "5"]),
            ],
            PriceWeightingPercent = 30,
        };
        Evaluation = TenderEvaluation.Start(Guid.NewGuid(), Guid.NewGuid(), itt, [Pathways, SecondChance, Midlands], Start);
    }

    public IEnumerable<EvaluatedBid> Bids => [Pathways, SecondChance, Midlands];

    public DateTimeOffset At(int minutes) => Start.AddMinutes(minutes);

    /// <summary>Leon scores every criterion; Sofia scores Q2 and social value.</summary>
    public EvaluationBuilder WithPanel()
    {
        Evaluation.AssignEvaluator(Officer, Leon.UserId, Leon.DisplayName, ["Q1", "Q2", "SV"], At(1));
        Evaluation.AssignEvaluator(Officer, Sofia.UserId, Sofia.DisplayName, ["Q2", "SV"], At(1));
        return this;
    }

    public EvaluationBuilder Declared(Actor evaluator, EvaluatedBid? conflictedWith = null)
    {
        Evaluation.Declare(evaluator, Bids.Select(b => new DeclarationInput(b.SupplierId, b == conflictedWith,
            b == conflictedWith ? "My sister is its chief executive." : null)).ToList(), At(2));
        return this;
    }

    public EvaluationBuilder AllPass()
    {
        foreach (var bid in Bids) Evaluation.RecordCompliance(Officer, bid.ResponseId, [new ComplianceInput(true, null)], At(3));
        return this;
    }

    public EvaluationBuilder ScoredEverything(Actor evaluator, int score = 3)
    {
        foreach (var (bid, key) in Evaluation.WorkOf(Evaluation.AssignmentOf(evaluator.UserId)!).ToList())
            Evaluation.Score(evaluator, bid.ResponseId, key, score, $"{evaluator.DisplayName} on {key}.", At(4));
        return this;
    }

    /// <summary>A panel that has declared, scored everything and passed compliance, with moderation open.</summary>
    public EvaluationBuilder ReadyToModerate()
    {
        WithPanel().Declared(Leon).Declared(Sofia).AllPass().ScoredEverything(Leon, 4).ScoredEverything(Sofia, 2);
        Evaluation.OpenModeration(Officer, At(5));
        return this;
    }
}

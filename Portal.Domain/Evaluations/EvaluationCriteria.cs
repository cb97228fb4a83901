namespace Portal.Domain.Evaluations;

public enum CriterionKind { Quality, SocialValue, Price }

/// <summary>
/// A criterion a bid is scored on: a quality question (by its position in the ITT), social value, or price.
/// <see cref="Key"/> names it in stored records ("Q1", "Q2", "SV", "PRICE"), so records stay readable if questions are reworded.
/// </summary>
public sealed record Criterion(CriterionKind Kind, int QuestionIndex = -1)
{
    public static readonly Criterion SocialValue = new(CriterionKind.SocialValue);
    public static readonly Criterion Price = new(CriterionKind.Price);

    public static Criterion Quality(int questionIndex) => new(CriterionKind.Quality, questionIndex);

    public string Key => Kind switch
    {
        CriterionKind.Quality => $"Q{QuestionIndex + 1}",
        CriterionKind.SocialValue => "SV",
        _ => "PRICE",
    };

    public static Criterion FromKey(string key) => key switch
    {
        "SV" => SocialValue,
        "PRICE" => Price,
        _ when key.StartsWith('Q') && int.TryParse(key[1..], out var number) && number > 0 => Quality(number - 1),
        _ => throw new ArgumentException($"\"{key}\" is not a criterion.", nameof(key)),
    };
}

using System.Text.Json;
using Portal.Domain.Common;

namespace Portal.Domain.DecisionNotes;

public sealed record FieldChange(string Label, string Before, string After);

/// <summary>Which parts of a note differ between two versions, field by field, for the audit trail and the comparison page.</summary>
public static class DecisionNoteChanges
{
    private static readonly HashSet<string> MoneyFields = [nameof(DecisionNoteContent.AnnualValueLow), nameof(DecisionNoteContent.AnnualValueHigh)];

    public static IReadOnlyDictionary<string, (string Before, string After)> Between(DecisionNoteContent before, DecisionNoteContent after)
    {
        var old = Fields(before);
        var now = Fields(after);
        return now.Where(f => old.GetValueOrDefault(f.Key) != f.Value)
            .ToDictionary(f => f.Key, f => (old.GetValueOrDefault(f.Key) ?? "", f.Value));
    }

    private static Dictionary<string, string> Fields(DecisionNoteContent content)
    {
        using var document = JsonDocument.Parse(DecisionNoteVersion.Serialize(content));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.String => p.Value.GetString() ?? "",
            JsonValueKind.Null => "",
            JsonValueKind.Number when MoneyFields.Contains(p.Name) => new Money(p.Value.GetInt64()).ToString(),
            JsonValueKind.True => "Yes",
            JsonValueKind.False => "No",
            _ => p.Value.GetRawText(),
        });
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Domain.Common;

namespace Portal.Domain.DecisionNotes;

/// <summary>
/// One numbered version of a decision note. A version is amended in place until someone signs it; once signed it is
/// frozen, and the next edit starts a new version. Every version is kept, with a hash of its exact content.
/// </summary>
public sealed class DecisionNoteVersion
{
    private DecisionNoteVersion() { }

    internal DecisionNoteVersion(int number, DecisionNoteContent content, string savedById, string savedByName, DateTimeOffset savedAt)
    {
        Number = number;
        Amend(content, savedById, savedByName, savedAt);
    }

    public int Number { get; private set; }
    public string ContentJson { get; private set; } = "";
    public string ContentHash { get; private set; } = "";
    public string SavedById { get; private set; } = "";
    public string SavedByName { get; private set; } = "";
    public DateTimeOffset SavedAt { get; private set; }

    public DecisionNoteContent Content => Deserialize(ContentJson);

    internal void Amend(DecisionNoteContent content, string savedById, string savedByName, DateTimeOffset savedAt)
    {
        ContentJson = Serialize(content);
        ContentHash = HashOf(ContentJson);
        SavedById = savedById;
        SavedByName = savedByName;
        SavedAt = savedAt;
    }

    public static string Serialize(DecisionNoteContent content) => JsonSerializer.Serialize(content, JsonOptions);

    public static DecisionNoteContent Deserialize(string json) =>
        string.IsNullOrEmpty(json) ? new DecisionNoteContent() : JsonSerializer.Deserialize<DecisionNoteContent>(json, JsonOptions)!;

    public static string HashOf(string contentJson) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentJson)));

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(), new MoneyJsonConverter() },
    };
}

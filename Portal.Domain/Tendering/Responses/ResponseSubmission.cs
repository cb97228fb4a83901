using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Domain.Identity;

namespace Portal.Domain.Tendering.Responses;

/// <summary>One file as a receipt lists it.</summary>
public sealed record ReceiptFile(string Name, long SizeBytes, string Sha256, string Purpose);

/// <summary>
/// One submission of a response into the sealed box, and its receipt: the server's time of receipt, every file with its
/// size and SHA-256, the SHA-256 of the written answers and one hash over the whole response. A withdrawn submission
/// stays in the record, marked withdrawn; only the latest submission that was not withdrawn is opened.
/// </summary>
public sealed class ResponseSubmission
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private ResponseSubmission() { }

    internal ResponseSubmission(TenderResponse response, int number, string contentSha256, IReadOnlyList<ReceiptFile> files, Actor actor,
        DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        ResponseId = response.Id;
        InvitationToTenderId = response.InvitationToTenderId;
        SupplierId = response.SupplierId;
        SupplierName = response.SupplierName;
        Number = number;
        ReceivedAt = at;
        SubmittedByUserId = actor.UserId;
        SubmittedByName = actor.DisplayName;
        ContentSha256 = contentSha256;
        FilesJson = JsonSerializer.Serialize(files, JsonOptions);
        ResponseSha256 = HashOfWholeResponse(contentSha256, files);
    }

    public Guid Id { get; private set; }
    public Guid ResponseId { get; private set; }
    public Guid InvitationToTenderId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";

    /// <summary>1 for the first submission, 2 after a withdrawal and resubmission, and so on.</summary>
    public int Number { get; private set; }

    /// <summary>The server's clock inside the transaction that put the response in the box.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    public string SubmittedByUserId { get; private set; } = "";
    public string SubmittedByName { get; private set; } = "";
    public string ContentSha256 { get; private set; } = "";
    public string FilesJson { get; private set; } = "[]";
    public string ResponseSha256 { get; private set; } = "";
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnByName { get; private set; }

    public IReadOnlyList<ReceiptFile> Files => JsonSerializer.Deserialize<List<ReceiptFile>>(FilesJson, JsonOptions) ?? [];

    public bool IsWithdrawn => WithdrawnAt is not null;

    internal void Withdraw(Actor actor, DateTimeOffset at)
    {
        WithdrawnAt = at;
        WithdrawnByName = actor.DisplayName;
    }

    /// <summary>How the whole-response hash is made, so anyone can recompute it from the receipt.</summary>
    public const string HashRecipe =
        "SHA-256 over the text \"answers:\" followed by the answers' SHA-256, then one line per file in the order listed: " +
        "\"file:\", its SHA-256, \":\", its size in bytes, \":\", its name; every line ending in a line feed.";

    public static string HashOfWholeResponse(string contentSha256, IReadOnlyList<ReceiptFile> files)
    {
        var text = new StringBuilder().Append("answers:").Append(contentSha256).Append('\n');
        foreach (var file in files) text.Append("file:").Append(file.Sha256).Append(':').Append(file.SizeBytes).Append(':').Append(file.Name).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string HashOfAnswers(string contentJson) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentJson)));
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Responses;
using Portal.Data;
using Portal.Domain.Tendering.Responses;

namespace Portal.Components.TenderBox;

/// <summary>
/// Decrypts every response in the box and checks it against its receipt: the answers' hash and each file's hash, read
/// again from the sealed files. The box cannot change after the deadline, so this is done before the opening's write
/// transaction, which then records what was found.
/// </summary>
public sealed class TenderBoxOpener(IDbContextFactory<PortalDbContext> contexts, ResponseVault vault)
{
    public async Task<(IReadOnlyList<OpenedResponse> Responses, int Withdrawn, IReadOnlyList<LateAttempt> LateAttempts)> CheckAsync(Guid ittId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var responses = await db.Set<TenderResponse>().AsNoTracking().Where(r => r.InvitationToTenderId == ittId).ToListAsync(cancellationToken);
        var opened = new List<OpenedResponse>();
        using var cipher = responses.Count > 0 ? await vault.ExistingCipherAsync(db, ittId, cancellationToken) : null;
        foreach (var response in responses.Where(r => r.InTheBox is not null).OrderBy(r => r.InTheBox!.ReceivedAt))
        {
            var receipt = response.InTheBox!;
            ResponseVault.Reveal(response, cipher!);
            var answersHash = ResponseSubmission.HashOfAnswers(response.Content.ToJson());
            var checkedFiles = new List<OpenedFile>();
            foreach (var file in response.CurrentFiles.OrderBy(f => f.Slot).ThenBy(f => f.QuestionIndex).ThenBy(f => f.UploadedAt))
            {
                await using var content = vault.OpenFile(ittId, file, cipher!);
                var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
                checkedFiles.Add(new OpenedFile(file.OriginalName, file.SizeBytes, hash, hash == file.Sha256 && receipt.Files.Any(f => f.Sha256 == hash)));
            }
            opened.Add(new OpenedResponse(response.Id, response.SupplierName, receipt.Number, receipt.ReceivedAt, receipt.ResponseSha256,
                answersHash, answersHash == receipt.ContentSha256, checkedFiles));
        }
        var withdrawn = responses.Count(r => r.Status == ResponseStatus.Withdrawn);
        var late = await db.Set<LateSubmissionAttempt>().AsNoTracking().Where(a => a.InvitationToTenderId == ittId).OrderBy(a => a.AttemptedAt)
            .Select(a => new LateAttempt(a.SupplierName, a.AttemptedByName, a.AttemptedAt)).ToListAsync(cancellationToken);
        return (opened, withdrawn, late);
    }
}

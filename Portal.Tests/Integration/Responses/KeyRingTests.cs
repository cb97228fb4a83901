using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Responses;
using Portal.Components.SealedBox;

namespace Portal.Tests.Integration.Responses;

/// <summary>The sealed box's key ring lives apart from the database and the files: a copy of both without it reveals no response.</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task A_copy_of_the_database_and_files_with_a_different_sealed_box_key_ring_cannot_open_a_response()
    {
        var original = TestFolders.Create();
        var copy = TestFolders.Create();
        try
        {
            var startAt = DateTimeOffset.UtcNow;
            Guid ittId;
            await using (var app = PortalAppFactory.OverFolder(original, startAt))
            {
                var steps = new ResponseSteps(app);
                (_, ittId) = await steps.IssuedTenderAsync("Key ring kept apart");
                var (client, token) = await steps.UploaderAsync(ResponseSteps.Pathways, ittId);
                await ResponseSteps.UploadedAsync(client, token, ittId, "method.pdf", "%PDF-1.4\n% Method statement\n%%EOF\n"u8.ToArray());
                await steps.SubmitCompleteAsync(ittId, await steps.SupplierAsync(ResponseSteps.Pathways), "Our answer, for the office only.");
            }
            TestFolders.Release(original, delete: false);
            CopyExceptSealedBoxKeys(original, copy);

            await using var copied = PortalAppFactory.OverFolder(copy, startAt);
            await using var db = await copied.OpenDbAsync();
            var stored = await db.Set<TenderBoxKey>().AsNoTracking().SingleAsync(k => k.InvitationToTenderId == ittId);
            var keys = copied.Services.GetRequiredService<SealedBoxKeys>();

            Assert.Throws<SealedDataCorruptException>(() => keys.CipherFor(stored.ProtectedKey));
            var copiedSteps = new ResponseSteps(copied);
            await Assert.ThrowsAsync<SealedDataCorruptException>(async () =>
                await copiedSteps.Responses(await copiedSteps.SupplierAsync(ResponseSteps.Pathways)).GetAsync(ittId));
        }
        finally
        {
            TestFolders.Release(original, delete: true);
            TestFolders.Release(copy, delete: true);
        }
    }

    private static void CopyExceptSealedBoxKeys(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(SealedBoxKeys.DefaultFolderName + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

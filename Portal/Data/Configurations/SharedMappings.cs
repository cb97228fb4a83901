using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;

namespace Portal.Data.Configurations;

/// <summary>Mappings more than one aggregate uses: its uploaded files as rows, and a small list read and written whole as JSON.</summary>
internal static class SharedMappings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>An owned uploaded file's columns. Its id is set by the domain, so a file added to a stored aggregate is inserted, not taken for an existing row.</summary>
    public static void MapUploadedFile<TOwner, TFile>(this OwnedNavigationBuilder<TOwner, TFile> file)
        where TOwner : class where TFile : UploadedFile
    {
        file.HasKey(f => f.Id);
        file.Property(f => f.Id).ValueGeneratedNever();
        file.Property(f => f.OriginalName).HasMaxLength(260);
        file.Property(f => f.StoredName).HasMaxLength(64);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.Sha256).HasMaxLength(64);
        file.Property(f => f.UploadedById).HasMaxLength(450);
        file.Property(f => f.UploadedByName).HasMaxLength(200);
    }

    /// <summary>Keeps a list that is only ever read and written whole as one JSON document, compared item by item.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> AsJsonDocument<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            items => JsonSerializer.Serialize(items, Json),
            json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!), items => items.Aggregate(0, (hash, i) => HashCode.Combine(hash, i)), items => items.ToList()));
}

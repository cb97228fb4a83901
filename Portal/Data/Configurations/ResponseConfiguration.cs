using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Components.Responses;
using Portal.Domain.Commissions;
using Portal.Domain.Frameworks;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;

namespace Portal.Data.Configurations;

public sealed class TenderResponseConfiguration : IEntityTypeConfiguration<TenderResponse>
{
    public void Configure(EntityTypeBuilder<TenderResponse> builder)
    {
        builder.ToTable("TenderResponses");
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(r => r.InvitationToTenderId);
        builder.HasOne<Commission>().WithMany().HasForeignKey(r => r.CommissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupplierOrganisation>().WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
        // One response per invited organisation: two colleagues starting at once still share one.
        builder.HasIndex(r => new { r.InvitationToTenderId, r.SupplierId }).IsUnique();
        builder.Property(r => r.SupplierName).HasMaxLength(200);
        builder.Property(r => r.LastSavedByName).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(r => r.Content);
        builder.Ignore(r => r.IsRevealed);
        builder.Ignore(r => r.CurrentFiles);
        builder.Ignore(r => r.CurrentFilesBytes);
        builder.Ignore(r => r.InTheBox);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ResponseId);
        builder.Navigation(r => r.Files).HasField("_files").AutoInclude();
        builder.HasMany(r => r.Submissions).WithOne().HasForeignKey(s => s.ResponseId);
        builder.Navigation(r => r.Submissions).HasField("_submissions").AutoInclude();
    }
}

public sealed class ResponseFileConfiguration : IEntityTypeConfiguration<ResponseFile>
{
    public void Configure(EntityTypeBuilder<ResponseFile> builder)
    {
        builder.ToTable("ResponseFiles");
        // Made by the aggregate with its id already set: found through the response's collection, it must be inserted, not updated.
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Slot).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.StoredName).HasMaxLength(100);
        builder.Property(f => f.OriginalName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedByUserId).HasMaxLength(450);
        builder.Property(f => f.UploadedByName).HasMaxLength(200);
        builder.Property(f => f.RemovedByName).HasMaxLength(200);
        builder.Ignore(f => f.IsCurrent);
    }
}

public sealed class ResponseSubmissionConfiguration : IEntityTypeConfiguration<ResponseSubmission>
{
    public void Configure(EntityTypeBuilder<ResponseSubmission> builder)
    {
        builder.ToTable("ResponseSubmissions");
        // Made by the aggregate with its id already set: found through the response's collection, it must be inserted, not updated.
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.ResponseId, s.Number }).IsUnique();
        builder.HasIndex(s => s.InvitationToTenderId);
        builder.Property(s => s.SupplierName).HasMaxLength(200);
        builder.Property(s => s.SubmittedByUserId).HasMaxLength(450);
        builder.Property(s => s.SubmittedByName).HasMaxLength(200);
        builder.Property(s => s.WithdrawnByName).HasMaxLength(200);
        builder.Property(s => s.ContentSha256).HasMaxLength(64);
        builder.Property(s => s.ResponseSha256).HasMaxLength(64);
        builder.Ignore(s => s.Files);
        builder.Ignore(s => s.IsWithdrawn);
    }
}

public sealed class LateSubmissionAttemptConfiguration : IEntityTypeConfiguration<LateSubmissionAttempt>
{
    public void Configure(EntityTypeBuilder<LateSubmissionAttempt> builder)
    {
        builder.ToTable("LateSubmissionAttempts");
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(a => a.InvitationToTenderId);
        builder.Property(a => a.SupplierName).HasMaxLength(200);
        builder.Property(a => a.AttemptedByUserId).HasMaxLength(450);
        builder.Property(a => a.AttemptedByName).HasMaxLength(200);
    }
}

public sealed class TenderOpeningRecordConfiguration : IEntityTypeConfiguration<TenderOpeningRecord>
{
    public void Configure(EntityTypeBuilder<TenderOpeningRecord> builder)
    {
        builder.ToTable("TenderOpeningRecords");
        builder.HasOne<Commission>().WithMany().HasForeignKey(o => o.CommissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.InvitationToTenderId).IsUnique();
        builder.Ignore(o => o.Responses);
        builder.Ignore(o => o.LateAttempts);
    }
}

public sealed class TenderBoxKeyConfiguration : IEntityTypeConfiguration<TenderBoxKey>
{
    public void Configure(EntityTypeBuilder<TenderBoxKey> builder)
    {
        builder.ToTable("TenderBoxKeys");
        builder.HasKey(k => k.InvitationToTenderId);
        builder.HasOne<InvitationToTender>().WithMany().HasForeignKey(k => k.InvitationToTenderId);
    }
}

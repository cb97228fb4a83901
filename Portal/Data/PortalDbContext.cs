using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Audit;
using Portal.Domain.Award;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;
using Portal.Domain.Evaluations;
using Portal.Domain.Evaluations.Clarifications;
using Portal.Domain.Evaluations.Results;
using Portal.Domain.Frameworks;
using Portal.Domain.Meetings;
using Portal.Domain.Mobilisation;
using Portal.Domain.Performance;
using Portal.Domain.Suppliers;
using Portal.Domain.Tendering;

namespace Portal.Data;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Commission> Commissions => Set<Commission>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<Lot> Lots => Set<Lot>();
    public DbSet<SupplierOrganisation> SupplierOrganisations => Set<SupplierOrganisation>();
    public DbSet<EqualityAssessment> EqualityAssessments => Set<EqualityAssessment>();
    public DbSet<DecisionNoteAttachment> DecisionNoteAttachments => Set<DecisionNoteAttachment>();
    public DbSet<DecisionNumberSequence> DecisionNumberSequences => Set<DecisionNumberSequence>();
    public DbSet<IttDocumentFile> IttDocumentFiles => Set<IttDocumentFile>();
    public DbSet<SupplierUserInvitation> SupplierUserInvitations => Set<SupplierUserInvitation>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<TenderEvaluation> TenderEvaluations => Set<TenderEvaluation>();
    public DbSet<AwardRecommendation> AwardRecommendations => Set<AwardRecommendation>();
    public DbSet<PostTenderClarification> PostTenderClarifications => Set<PostTenderClarification>();
    public DbSet<IntentionToAward> IntentionsToAward => Set<IntentionToAward>();
    public DbSet<MobilisationPlan> MobilisationPlans => Set<MobilisationPlan>();
    public DbSet<MobilisationTemplate> MobilisationTemplates => Set<MobilisationTemplate>();
    public DbSet<OutcomesFramework> OutcomesFrameworks => Set<OutcomesFramework>();
    public DbSet<SupplierReturn> SupplierReturns => Set<SupplierReturn>();
    public DbSet<ContractMeetings> ContractMeetings => Set<ContractMeetings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        // SQLite cannot compare DateTimeOffset values; every instant is UTC, so it is stored as a sortable UTC DateTime.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }
}

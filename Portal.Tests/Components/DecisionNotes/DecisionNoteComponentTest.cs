using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure;
using MudBlazor;
using Portal.Components.Commissions;
using Portal.Components.DecisionNotes;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Identity;

namespace Portal.Tests.Components.DecisionNotes;

/// <summary>The component context with the real decision note service, and ways to read and change a stored note behind the page's back.</summary>
public abstract class DecisionNoteComponentTest : PortalComponentTest
{
    protected DecisionNoteComponentTest(ComponentDatabase database) : base(database)
    {
        Services.AddScoped<DecisionNoteService>();
        Services.AddAttachmentPanel(Path.Combine(Path.GetTempPath(), "portal-note-components"));
    }

    protected IRenderedComponent<DecisionNotePage> RenderNote(Actor actor, Guid commissionId)
    {
        SignInAs(actor);
        Render<MudPopoverProvider>();
        var page = Render<DecisionNotePage>(p => p.Add(x => x.Id, commissionId));
        page.WaitForElement("[data-testid='note-toolbar']", TimeSpan.FromSeconds(10));
        return page;
    }

    /// <summary>The note's content as stored now.</summary>
    protected async Task<DecisionNoteContent> SavedNoteAsync(Guid commissionId)
    {
        await using var db = Database.CreateDbContext();
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId);
        return commission.DecisionNote;
    }

    /// <summary>The note's content as stored now, serialised exactly as its versions are hashed.</summary>
    protected async Task<string> SavedJsonAsync(Guid commissionId) => DecisionNoteVersion.Serialize(await SavedNoteAsync(commissionId));

    /// <summary>Another commissioning officer's save, through the same writer the pages use.</summary>
    protected async Task SaveElsewhereAsync(Guid commissionId, Func<DecisionNoteContent, DecisionNoteContent> edit)
    {
        var writer = new CommissionWriter(Database, new FakeTimeProvider(ComponentDatabase.Now), new CommissionNotifier(NullLogger<CommissionNotifier>.Instance),
            new ConfigurationBuilder().Build(), NullLogger<CommissionWriter>.Instance);
        var result = await writer.ChangeAsync(commissionId, null, People.CommissioningOfficer,
            (c, at) => c.UpdateDecisionNote(edit(c.DecisionNote), People.CommissioningOfficer, at));
        Assert.True(result.Succeeded, result.Message);
    }
}

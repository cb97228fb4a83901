using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Audit;
using Portal.Components.Notifications;
using Portal.Components.Performance;
using Portal.Domain.Performance;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Performance;

/// <summary>
/// Returns on the demo's reference contract: its supplier's users draft and submit them, refused bad input loses nothing saved,
/// other suppliers see nothing and are audited trying, and the supplier can neither verify nor query its own figures.
/// </summary>
public sealed class SupplierReturnTests
{
    [Fact]
    public async Task The_awarded_supplier_drafts_and_submits_its_return_and_the_office_is_told()
    {
        await using var app = new PortalAppFactory();
        var steps = new PerformanceSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var period = await steps.WithoutLastReturnAsync(commissionId);
        var pathways = await steps.PathwaysAsync();
        var returns = app.ServiceFor<SupplierReturnService>(pathways);
        var view = await steps.ViewAsync(pathways, commissionId);
        Assert.True(view.ForSupplier);
        Assert.Equal(ReturnStage.Open, view.Periods.Single(p => p.Period == period).Stage);

        var submittedBefore = await steps.Steps.AuditCountAsync("ReturnSubmitted", pathways.UserId);
        var saved = await returns.SaveDraftAsync(commissionId, period.Starts, null, PerformanceSteps.Complete(view));
        Assert.True(saved.Succeeded, saved.Message);
        Assert.True((await returns.UploadEvidenceAsync(commissionId, period.Starts, PerformanceSteps.Pdf("placement-log.pdf"))).Succeeded);
        var draft = (await steps.ViewAsync(pathways, commissionId)).Periods.Single(p => p.Period == period);
        Assert.Equal(ReturnStage.Draft, draft.Stage);
        var submitted = await returns.SubmitAsync(commissionId, period.Starts, draft.Return!.Token);
        Assert.True(submitted.Succeeded, submitted.Message);

        var office = (await steps.ViewAsync(await steps.OfficerAsync(), commissionId)).Periods.Single(p => p.Period == period);
        Assert.Equal(ReturnStage.Submitted, office.Stage);
        Assert.All(office.Return!.Figures, f => Assert.Equal(FigureStatus.SelfReported, f.Status));
        Assert.Equal("placement-log.pdf", office.Return.Evidence.Single().FileName);
        var download = await app.ServiceFor<SupplierReturnService>(await steps.OfficerAsync()).OpenEvidenceAsync(commissionId, office.Return.Evidence.Single().Id);
        Assert.True(download.Succeeded, download.Message);
        await using (var content = download.Value!.Content)
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy);
            Assert.Equal("%PDF-1.4\n% placement-log.pdf\n%%EOF\n", System.Text.Encoding.ASCII.GetString(copy.ToArray()));
        }
        await using var db = await app.OpenDbAsync();
        var officer = await steps.OfficerAsync();
        Assert.True(await db.Set<Notification>().AnyAsync(n => n.RecipientUserId == officer.UserId && n.Subject.Contains(period.Name)));
        Assert.Equal(submittedBefore + 1, await steps.Steps.AuditCountAsync("ReturnSubmitted", pathways.UserId));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_message_and_the_saved_draft_kept()
    {
        await using var app = new PortalAppFactory();
        var steps = new PerformanceSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var period = await steps.WithoutLastReturnAsync(commissionId);
        var pathways = await steps.PathwaysAsync();
        var returns = app.ServiceFor<SupplierReturnService>(pathways);
        var view = await steps.ViewAsync(pathways, commissionId);
        Assert.True((await returns.SaveDraftAsync(commissionId, period.Starts, null, PerformanceSteps.Complete(view))).Succeeded);
        var token = (await steps.ViewAsync(pathways, commissionId)).Periods.Single(p => p.Period == period).Return!.Token;
        var starting = view.Framework!.Measures.Single(m => m.Key == "clients-starting");

        async Task RefusedAsync(ReturnEntry entry, string expected)
        {
            var result = await returns.SaveDraftAsync(commissionId, period.Starts, token, entry);
            Assert.Equal(OperationOutcome.Refused, result.Outcome);
            Assert.Contains(expected, result.Message);
        }

        await RefusedAsync(PerformanceSteps.Complete(view, m => new FigureEntry(m.Id, m == starting ? -2 : 4, [])), "cannot be negative");
        await RefusedAsync(PerformanceSteps.Complete(view) with { Figures = [new FigureEntry(Guid.NewGuid(), 3, [])] }, "not in this contract's outcomes framework");
        await RefusedAsync(PerformanceSteps.Complete(view, m => new FigureEntry(m.Id, 4, m == starting
            ? [new BreakdownCount("Sex", "Female", 3), new BreakdownCount("Sex", "Male", 2)] : [])), "adds up to 5, more than its total of 4");
        await RefusedAsync(PerformanceSteps.Complete(view) with { ReferralsAccepted = 21 }, "Referrals accepted (21) cannot be more than referrals received (20)");

        var kept = (await steps.ViewAsync(pathways, commissionId)).Periods.Single(p => p.Period == period).Return!;
        Assert.Equal(token, kept.Token);
        Assert.Equal(4, kept.Figures.Single(f => f.Measure.Id == starting.Id).Actual);
        Assert.Equal(16, kept.ReferralsAccepted);
    }

    [Fact]
    public async Task A_return_for_a_period_already_verified_is_refused()
    {
        await using var app = new PortalAppFactory();
        var steps = new PerformanceSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var pathways = await steps.PathwaysAsync();
        var view = await steps.ViewAsync(pathways, commissionId);
        var verified = view.Periods.First(p => p.Stage == ReturnStage.Verified);

        var result = await app.ServiceFor<SupplierReturnService>(pathways).SaveDraftAsync(commissionId, verified.Period.Starts, verified.Return!.Token,
            PerformanceSteps.Complete(view));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal($"The return for {verified.Period.Name} has been verified: it can no longer be changed.", result.Message);
    }

    [Fact]
    public async Task Another_supplier_sees_nothing_of_the_contracts_returns_and_each_attempt_is_audited()
    {
        await using var app = new PortalAppFactory();
        var steps = new PerformanceSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var period = await steps.WithoutLastReturnAsync(commissionId);
        var pathwaysView = await steps.ViewAsync(await steps.PathwaysAsync(), commissionId);
        var evidenceId = pathwaysView.Periods.SelectMany(p => p.Return?.Evidence ?? []).Select(e => e.Id).FirstOrDefault();
        var secondChance = await steps.Steps.SupplierAsync(ResponseSteps.SecondChance);
        var refusedBefore = await steps.Steps.AuditCountAsync(RefusedAccessLog.Action, secondChance.UserId);

        var view = await app.ServiceFor<PerformanceService>(secondChance).GetAsync(commissionId);
        var returns = app.ServiceFor<SupplierReturnService>(secondChance);
        var save = await returns.SaveDraftAsync(commissionId, period.Starts, null, PerformanceSteps.Complete(pathwaysView));
        var upload = await returns.UploadEvidenceAsync(commissionId, period.Starts, PerformanceSteps.Pdf("ours.pdf"));
        var download = await returns.OpenEvidenceAsync(commissionId, evidenceId);

        Assert.All(new OperationResult[] { view, save, upload, download }, r => Assert.Equal(OperationOutcome.NotFound, r.Outcome));
        Assert.Empty(await app.ServiceFor<SupplierReturnsListService>(secondChance).ListForSupplierAsync());
        Assert.Equal(refusedBefore + 4, await steps.Steps.AuditCountAsync(RefusedAccessLog.Action, secondChance.UserId));
        Assert.Equal(ReturnStage.Open, (await steps.ViewAsync(await steps.OfficerAsync(), commissionId)).Periods.Single(p => p.Period == period).Stage);
    }

    [Fact]
    public async Task The_office_cannot_fill_in_the_suppliers_return()
    {
        await using var app = new PortalAppFactory();
        var steps = new PerformanceSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var period = await steps.WithoutLastReturnAsync(commissionId);
        var officer = await steps.OfficerAsync();

        var result = await app.ServiceFor<SupplierReturnService>(officer).SaveDraftAsync(commissionId, period.Starts, null,
            PerformanceSteps.Complete(await steps.ViewAsync(officer, commissionId)));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains("Only the users of the supplier awarded this contract", result.Message);
    }

    [Fact]
    public async Task A_supplier_cannot_verify_or_query_its_own_figures_and_the_attempt_is_audited()
    {
        await using var app = new PortalAppFactory();
        var steps = new PerformanceSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var pathways = await steps.PathwaysAsync();
        var last = (await steps.ViewAsync(pathways, commissionId)).Periods[^1];
        var figure = last.Return!.Figures[0];
        var refusedBefore = await steps.Steps.AuditCountAsync(RefusedAccessLog.Action, pathways.UserId);
        var performance = app.ServiceFor<PerformanceService>(pathways);

        var verify = await performance.VerifyAsync(commissionId, last.Period.Starts, last.Return.Token, figure.Measure.Id);
        var query = await performance.QueryAsync(commissionId, last.Period.Starts, last.Return.Token, figure.Measure.Id, "Is this right?");

        Assert.Equal(OperationOutcome.Refused, verify.Outcome);
        Assert.Contains("A supplier cannot verify", verify.Message);
        Assert.Equal(OperationOutcome.Refused, query.Outcome);
        Assert.Equal(refusedBefore + 2, await steps.Steps.AuditCountAsync(RefusedAccessLog.Action, pathways.UserId));
        Assert.Equal(FigureStatus.SelfReported, (await steps.ViewAsync(pathways, commissionId)).Periods[^1].Return!.Figures[0].Status);
    }
}

/// <summary>Evidence on a return goes through the portal's virus scanner: a file it finds something in is refused and not kept.</summary>
public sealed class ReturnEvidenceScanningTests
{
    [Fact]
    public async Task An_infected_evidence_file_is_refused_and_nothing_is_recorded()
    {
        await using var app = PortalAppFactory.WithServices(services =>
            services.AddSingleton<Portal.Components.Uploads.IVirusScanner, Portal.Tests.Integration.Documents.ScannerThatFindsEverything>());
        var steps = new PerformanceSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var period = await steps.WithoutLastReturnAsync(commissionId);
        var pathways = await steps.PathwaysAsync();
        var folder = app.Started.GetRequiredService<Portal.Data.PortalStorage>().FilesFolder;
        var filesBefore = Directory.GetFiles(folder).Length;

        var result = await app.ServiceFor<SupplierReturnService>(pathways).UploadEvidenceAsync(commissionId, period.Starts, PerformanceSteps.Pdf("log.pdf"));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains(Portal.Tests.Integration.Documents.ScannerThatFindsEverything.Signature, result.Message);
        Assert.Null((await steps.ViewAsync(pathways, commissionId)).Periods.Single(p => p.Period == period).Return);
        Assert.Equal(filesBefore, Directory.GetFiles(folder).Length);
    }
}

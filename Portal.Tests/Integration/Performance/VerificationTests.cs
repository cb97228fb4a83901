using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Dashboard;
using Portal.Components.Notifications;
using Portal.Components.Performance;
using Portal.Data;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Performance;

/// <summary>The office verifies and queries figures; the supplier answers in the portal; the contract's performance reads the result.</summary>
public sealed class VerificationTests
{
    [Fact]
    public async Task A_query_and_its_answer_make_a_round_trip_and_the_corrected_figure_waits_to_be_verified()
    {
        await using var app = new PortalAppFactory();
        var steps = new PerformanceSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var officer = await steps.OfficerAsync();
        var pathways = await steps.PathwaysAsync();
        var office = app.ServiceFor<PerformanceService>(officer);
        var last = (await steps.ViewAsync(officer, commissionId)).Periods[^1];
        var completing = last.Return!.Figures.Single(f => f.Measure.Key == "clients-completing");
        var female = completing.Breakdown.Single(b => b.Group == "Female").Count;
        var training = last.Return.Figures.Single(f => f.Measure.Key == "training-placements");

        Assert.True((await office.VerifyAsync(commissionId, last.Period.Starts, last.Return.Token, training.Measure.Id)).Succeeded);
        var token = (await steps.ViewAsync(officer, commissionId)).Periods[^1].Return!.Token;
        var queried = await office.QueryAsync(commissionId, last.Period.Starts, token, completing.Measure.Id, "Does this include the two who left in week one?");
        Assert.True(queried.Succeeded, queried.Message);

        var seen = (await steps.ViewAsync(pathways, commissionId)).Periods[^1];
        Assert.Equal(ReturnStage.Queried, seen.Stage);
        var asked = seen.Return!.Figures.Single(f => f.Measure.Id == completing.Measure.Id);
        Assert.Equal("Does this include the two who left in week one?", asked.Question);
        await using (var db = await app.OpenDbAsync())
            Assert.True(await db.Set<Notification>().AnyAsync(n => n.RecipientUserId == pathways.UserId && n.Subject.Contains("question")));
        var answered = await app.ServiceFor<SupplierReturnService>(pathways).AnswerAsync(commissionId, last.Period.Starts, seen.Return.Token,
            completing.Measure.Id, "It did: without them the figure is lower.", completing.Actual!.Value - 1);
        Assert.Contains("breakdown of \"Clients completing placements\" adds up to", answered.Message);
        answered = await app.ServiceFor<SupplierReturnService>(pathways).AnswerAsync(commissionId, last.Period.Starts, seen.Return.Token,
            completing.Measure.Id, "It did: without them the figure is lower.", completing.Actual!.Value - 1,
            [new BreakdownCount("Sex", "Female", female), new BreakdownCount("Sex", "Male", (int)completing.Actual.Value - 1 - female)]);
        Assert.True(answered.Succeeded, answered.Message);

        var after = (await steps.ViewAsync(officer, commissionId)).Periods[^1].Return!;
        var corrected = after.Figures.Single(f => f.Measure.Id == completing.Measure.Id);
        Assert.Equal((FigureStatus.SelfReported, completing.Actual - 1, completing.Actual), (corrected.Status, corrected.Actual, corrected.ActualBeforeAnswer));
        Assert.Equal(FigureStatus.Verified, after.Figures.Single(f => f.Measure.Id == training.Measure.Id).Status);
        Assert.True((await office.VerifyAsync(commissionId, last.Period.Starts, after.Token, completing.Measure.Id)).Succeeded);
        await using var check = await app.OpenDbAsync();
        var events = await check.AuditEvents.Where(e => e.CommissionId == commissionId && e.Action.StartsWith("Return")).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["ReturnFigureVerified", "ReturnFigureQueried", "ReturnQueryAnswered", "ReturnFigureVerified"],
            events.Where(e => e.OccurredAt > last.Return.SubmittedAt!.Value.AddDays(1)).Select(e => e.Action));
    }

    [Fact]
    public async Task The_performance_source_gives_the_demo_contracts_figures_statuses_and_ratings()
    {
        await using var app = new PortalAppFactory();
        await using var db = await app.OpenDbAsync();
        var reference = await ContractOfAsync(db, 1);
        var mobilising = await ContractOfAsync(db, 6);
        var source = app.Started.GetRequiredService<IContractPerformanceSource>();

        var performance = await source.GetAsync(reference.Id);

        Assert.Equal(30, performance.Capacity);
        Assert.Equal(17, performance.Periods.Count);
        Assert.All(performance.Periods, p => Assert.NotNull(p.SubmittedAt));
        Assert.Single(performance.Periods, p => p.IsLate);
        Assert.Equal("Q3 2022/23", performance.Periods.Single(p => p.IsLate).Period.Name);
        var queried = performance.Periods.Single(p => p.Period.Name == "Q4 2023/24").Figures.Single(f => f.MeasureKey == "clients-starting");
        Assert.Equal((10m, FigureStatus.SelfReported), (queried.Actual!.Value, queried.Status));
        Assert.All(performance.Periods[1].Figures, f => Assert.Equal(FigureStatus.Verified, f.Status));
        Assert.All(performance.Periods[^1].Figures, f => Assert.Equal(FigureStatus.SelfReported, f.Status));
        Assert.All(performance.Periods.SelectMany(p => p.Figures), f => Assert.NotEqual(RagRating.NotRated, f.Rating));
        Assert.Contains(performance.Periods.SelectMany(p => p.Figures), f => f.Rating == RagRating.Red);
        Assert.Contains(performance.Periods.SelectMany(p => p.Figures), f => f.Rating == RagRating.Green);
        Assert.Empty((await source.GetAsync(mobilising.Id)).Periods);
    }

    [Fact]
    public async Task Reading_many_contracts_at_once_gives_each_what_reading_it_alone_gives()
    {
        await using var app = new PortalAppFactory();
        await using var db = await app.OpenDbAsync();
        var unknown = Guid.NewGuid();
        Guid[] ids = [(await ContractOfAsync(db, 1)).Id, (await ContractOfAsync(db, 6)).Id, unknown];
        var source = app.Started.GetRequiredService<IContractPerformanceSource>();

        var many = await source.GetManyAsync(ids);

        Assert.Equal(ids.Order(), many.Keys.Order());
        foreach (var id in ids)
            Assert.Equal(JsonSerializer.Serialize(await source.GetAsync(id)), JsonSerializer.Serialize(many[id]));
        Assert.Equal(17, many[ids[0]].Periods.Count);
        Assert.Empty(many[unknown].Periods);
    }

    private static async Task<Portal.Domain.Contracts.Contract> ContractOfAsync(PortalDbContext db, int number)
    {
        var commissionId = await db.Commissions.Where(c => c.Number == number).Select(c => c.Id).SingleAsync();
        return await db.Contracts.SingleAsync(c => c.CommissionId == commissionId);
    }

    [Fact]
    public async Task The_owner_is_asked_to_verify_returns_and_the_framework_waits_for_commencement()
    {
        await using var app = new PortalAppFactory();
        var steps = new PerformanceSteps(app);
        var officer = await steps.OfficerAsync();
        await using var db = await app.OpenDbAsync();
        var mobilising = await db.Commissions.Where(c => c.Number == 6).Select(c => c.Id).SingleAsync();

        var waiting = (await app.ServiceFor<DashboardService>(officer).GetAsync()).Value!.Waiting;
        var setUp = await app.ServiceFor<PerformanceService>(officer).SetUpAsync(mobilising, 30, 100, 85);

        Assert.Contains(waiting, w => w.Reference == "COM-0001" && w.What == PerformanceWaiting.VerifyReturns);
        Assert.Equal(OperationOutcome.Refused, setUp.Outcome);
        Assert.Contains("once the service has commenced", setUp.Message);
        Assert.Null((await steps.ViewAsync(officer, mobilising)).Framework);
    }

    [Fact]
    public async Task Returns_hold_no_field_for_personal_data_about_service_users()
    {
        await using var app = new PortalAppFactory();
        await using var db = await app.OpenDbAsync();
        string[] personal = ["DateOfBirth", "Birth", "Address", "Postcode", "ClientName", "ServiceUser", "Forename", "Surname", "FirstName", "LastName",
            "NationalInsurance", "Pnc", "Nomis", "Crn", "Identifier", "Phone", "Email", "Gender", "Ethnicity"];
        var returnTypes = db.Model.GetEntityTypes().Where(t => t.ClrType == typeof(SupplierReturn)
            || t.ClrType == typeof(ReturnFigure) || t.ClrType == typeof(ReturnEvidence)).ToList();

        Assert.Equal(3, returnTypes.Count);
        var columns = returnTypes.SelectMany(t => t.GetProperties()).Select(p => p.Name).ToList();
        Assert.Contains(nameof(ReturnFigure.Breakdown), columns);
        Assert.DoesNotContain(columns, c => personal.Any(word => c.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Assert.All(typeof(BreakdownCount).GetProperties(), p => Assert.Contains(p.Name, new[] { "Characteristic", "Group", "Count" }));
    }
}

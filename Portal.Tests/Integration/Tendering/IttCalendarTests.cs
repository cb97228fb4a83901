using System.Net;
using Ical.Net.CalendarComponents;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Tendering;
using Portal.Tests.Integration.Documents;

namespace Portal.Tests.Integration.Tendering;

/// <summary>The ITT timetable downloaded as an iCalendar file: deadlines at their UK time across GMT and BST, the rest all-day.</summary>
public sealed class IttCalendarTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static readonly TimeOnly Noon = new(12, 0);

    private readonly TenderSteps _steps = new(app);

    /// <summary>The clarification deadline falls in GMT (before 28 March 2027), the tender deadline in BST.</summary>
    private static IReadOnlyList<TimetableEntry> Timetable() =>
    [
        new(TimetablePhase.IttIssue, new DateOnly(2027, 3, 1)),
        new(TimetablePhase.ClarificationDeadline, new DateOnly(2027, 3, 10), Noon),
        new(TimetablePhase.TenderDeadline, new DateOnly(2027, 4, 6), Noon),
        new(TimetablePhase.Evaluation, new DateOnly(2027, 4, 7)),
        new(TimetablePhase.IntentionToAward, new DateOnly(2027, 4, 26)),
        new(TimetablePhase.EndOfStandstill, new DateOnly(2027, 5, 7)),
        new(TimetablePhase.CallOffEffective, new DateOnly(2027, 5, 10)),
        new(TimetablePhase.Commencement, new DateOnly(2027, 7, 1)),
    ];

    private async Task<Guid> IttWithTimetableAsync(string title)
    {
        var id = await _steps.InIttPreparationAsync(title);
        var saved = await _steps.Itt(TestActors.ProcurementOfficer).SaveAsync(id, null, new IttContent { Timetable = Timetable() });
        Assert.True(saved.Succeeded, saved.Message);
        return id;
    }

    private static async Task<Ical.Net.Calendar> CalendarAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/commissions/{id}/itt/timetable.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private static CalendarEvent Event(Ical.Net.Calendar calendar, Guid id, TimetablePhase phase) =>
        Assert.Single(calendar.Events, e => e.Uid == $"{id:N}-{phase}@commissioning-portal");

    [Fact]
    public async Task Deadlines_are_at_noon_uk_time_in_gmt_and_in_bst_and_the_other_phases_are_all_day()
    {
        var id = await IttWithTimetableAsync("ITT calendar across summer time");
        var reference = (await _steps.ViewAsync(id)).Reference;

        var calendar = await CalendarAsync(await app.SignedInClientAsync(DemoUsers.ProcurementOfficer.Email), id);

        Assert.Equal(8, calendar.Events.Count);
        var clarification = Event(calendar, id, TimetablePhase.ClarificationDeadline);
        Assert.Equal(new DateTime(2027, 3, 10, 12, 0, 0, DateTimeKind.Utc), clarification.DtStart!.AsUtc);
        var tender = Event(calendar, id, TimetablePhase.TenderDeadline);
        Assert.Equal(new DateTime(2027, 4, 6, 11, 0, 0, DateTimeKind.Utc), tender.DtStart!.AsUtc);
        Assert.Equal("Europe/London", tender.DtStart.TzId);
        Assert.Equal($"{reference} Tender deadline – ITT calendar across summer time", tender.Summary);
        Assert.Contains("12:00 UK time on Tuesday 6 April 2027", tender.Description);

        var issue = Event(calendar, id, TimetablePhase.IttIssue);
        Assert.True(issue.IsAllDay);
        Assert.Equal(new DateOnly(2027, 3, 1), issue.DtStart!.Date);
        Assert.Equal(new DateOnly(2027, 3, 2), issue.DtEnd!.Date);
        Assert.Equal($"{reference} ITT issue – ITT calendar across summer time", issue.Summary);
        Assert.Contains("Procurement Act 2023 s.51", Event(calendar, id, TimetablePhase.EndOfStandstill).Description);
    }

    [Fact]
    public async Task Each_phase_keeps_its_uid_when_the_timetable_changes_so_a_calendar_updates_it()
    {
        var id = await IttWithTimetableAsync("ITT calendar updated");
        var client = await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email);
        var before = await CalendarAsync(client, id);

        var moved = Timetable().Select(e => e.Phase == TimetablePhase.TenderDeadline ? e with { Date = new DateOnly(2027, 4, 8) } : e).ToList();
        var view = await _steps.ViewAsync(id);
        Assert.True((await _steps.Itt(TestActors.ProcurementOfficer).SaveAsync(id, view.ConcurrencyToken, view.Content with { Timetable = moved })).Succeeded);
        var after = await CalendarAsync(client, id);

        Assert.Equal(before.Events.Select(e => e.Uid).Order(), after.Events.Select(e => e.Uid).Order());
        Assert.Equal(new DateTime(2027, 4, 8, 11, 0, 0, DateTimeKind.Utc), Event(after, id, TimetablePhase.TenderDeadline).DtStart!.AsUtc);
    }

    [Fact]
    public async Task Supplier_users_are_refused_and_a_commission_without_an_itt_has_no_calendar()
    {
        var id = await IttWithTimetableAsync("ITT calendar kept from suppliers");

        DocumentClients.AssertRefused(await (await app.SignedInClientAsync(DocumentClients.Supplier)).GetAsync($"/commissions/{id}/itt/timetable.ics"));
        var none = await _steps.InIttPreparationAsync("ITT calendar before any ITT");
        var office = await app.SignedInClientAsync(DemoUsers.ProcurementOfficer.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/commissions/{none}/itt/timetable.ics")).StatusCode);
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Frameworks;
using Portal.Domain.Frameworks;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Frameworks;

/// <summary>The framework register over the real app and database, seeded with the demo framework (lots 1 to 4).</summary>
public sealed class FrameworkServiceTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Header = "Lot number,Supplier name,Contact name,Contact email,Phone,Town,Status\n";

    private FrameworkService Procurement => app.ServiceFor<FrameworkService>(TestActors.ProcurementOfficer);

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<Guid> NewFrameworkAsync()
    {
        var created = await Procurement.AddFrameworkAsync(new NewFramework($"Test framework {Guid.NewGuid():N}", "Test Council",
            new DateOnly(2026, 1, 1), new DateOnly(2030, 1, 1)));
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await Procurement.AddLotAsync(created.Value, new NewLot(1, "Employment", "West Midlands"))).Succeeded);
        Assert.True((await Procurement.AddLotAsync(created.Value, new NewLot(2, "Accommodation", "West Midlands"))).Succeeded);
        return created.Value;
    }

    private async Task<int> MembershipCountAsync(Guid frameworkId) =>
        (await Procurement.GetAsync(frameworkId)).Value!.Lots.Sum(l => l.Suppliers.Count);

    private async Task<int> AuditCountAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.AuditEvents.CountAsync();
    }

    [Fact]
    public async Task Office_users_read_the_register_but_only_procurement_and_administrators_change_it_and_suppliers_get_nothing()
    {
        var frameworkId = await NewFrameworkAsync();
        var commissioning = app.ServiceFor<FrameworkService>(TestActors.CommissioningOfficer);
        var supplier = app.ServiceFor<FrameworkService>(TestActors.Supplier);

        var list = await commissioning.ListAsync();
        Assert.True(list.Succeeded);
        Assert.Contains(list.Value!, f => f.Name == "Probation Rehabilitation Services (demo)" && f.LotCount == 4 && f.SupplierCount == 4);
        var view = await commissioning.GetAsync(frameworkId);
        Assert.True(view.Succeeded);
        Assert.False(view.Value!.CanManage);
        Assert.True((await Procurement.GetAsync(frameworkId)).Value!.CanManage);

        Assert.Equal(OperationOutcome.Forbidden, (await commissioning.AddLotAsync(frameworkId, new NewLot(3, "Wellbeing", "North West"))).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await commissioning.ImportAsync(frameworkId, Csv(Header + "1,A Org,Ann,a@a.test,,Leek,Active\n"))).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await supplier.ListAsync()).Outcome);
        Assert.Null((await supplier.ListAsync()).Value);
        Assert.Equal(OperationOutcome.Forbidden, (await supplier.GetAsync(frameworkId)).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await supplier.AddFrameworkAsync(new NewFramework("X", "Y", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)))).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await supplier.PreviewImportAsync(frameworkId, Csv(Header))).Outcome);
        Assert.Equal(2, (await Procurement.GetAsync(frameworkId)).Value!.Lots.Count);
    }

    [Fact]
    public async Task Lots_suppliers_and_status_changes_follow_the_rules_and_are_audited()
    {
        var frameworkId = await NewFrameworkAsync();
        var auditBefore = await AuditCountAsync();

        var duplicateLot = await Procurement.AddLotAsync(frameworkId, new NewLot(1, "Again", "West Midlands"));
        Assert.Equal(OperationOutcome.Refused, duplicateLot.Outcome);
        Assert.Contains("already has a lot 1", duplicateLot.Message);

        var contact = new SupplierContact($"Lantern Trust {Guid.NewGuid():N}", "Lee Ward", "lee@lantern.test", "01782 111111", "Leek");
        Assert.True((await Procurement.AddSupplierAsync(frameworkId, 1, contact)).Succeeded);
        Assert.Equal(OperationOutcome.Refused, (await Procurement.AddSupplierAsync(frameworkId, 1, contact with { Name = contact.Name.ToUpperInvariant() })).Outcome);
        var badEmail = await Procurement.AddSupplierAsync(frameworkId, 2, contact with { Name = "Other " + contact.Name, ContactEmail = "lee.lantern" });
        Assert.Contains("not a valid email", badEmail.Message);

        var supplier = (await Procurement.GetAsync(frameworkId)).Value!.Lots.Single(l => l.Number == 1).Suppliers.Single();
        Assert.Equal("01782 111111", supplier.ContactPhone);
        Assert.True((await Procurement.SuspendSupplierAsync(frameworkId, 1, supplier.SupplierId, "Safeguarding concern under review")).Succeeded);
        var suspended = (await Procurement.GetAsync(frameworkId)).Value!.Lots.Single(l => l.Number == 1).Suppliers.Single();
        Assert.Equal(SupplierStatus.Suspended, suspended.Status);
        Assert.Equal("Safeguarding concern under review", suspended.StatusReason);
        Assert.Equal(OperationOutcome.Refused, (await Procurement.ReactivateSupplierAsync(frameworkId, 1, supplier.SupplierId, "")).Outcome);
        Assert.True((await Procurement.ReactivateSupplierAsync(frameworkId, 1, supplier.SupplierId, "Review closed")).Succeeded);

        await using var db = await app.OpenDbAsync();
        var events = await db.AuditEvents.OrderBy(e => e.Id).Skip(auditBefore).Select(e => new { e.Action, e.Summary, e.ActorName }).ToListAsync();
        Assert.Equal(["SupplierAddedToLot", "SupplierSuspended", "SupplierReactivated"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(TestActors.ProcurementOfficer.DisplayName, e.ActorName));
        Assert.Contains("Safeguarding concern under review", events[1].Summary);
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_as_a_whole()
    {
        var frameworkId = await NewFrameworkAsync();
        var csv = "Lot number,Supplier name,Contact name,Phone,Town\n1,A Org,Ann,,Leek\n";

        var preview = await Procurement.PreviewImportAsync(frameworkId, Csv(csv));
        var import = await Procurement.ImportAsync(frameworkId, Csv(csv));

        Assert.Contains("no \"Contact email\" or \"Status\" columns", preview.Value!.FileError);
        Assert.False(preview.Value.CanImport);
        Assert.Equal(OperationOutcome.Refused, import.Outcome);
        Assert.Equal(0, await MembershipCountAsync(frameworkId));
    }

    [Fact]
    public async Task A_file_with_bad_rows_gets_a_row_by_row_report_and_imports_nothing()
    {
        var frameworkId = await NewFrameworkAsync();
        var existing = $"Existing Org {Guid.NewGuid():N}";
        Assert.True((await Procurement.AddSupplierAsync(frameworkId, 1, new SupplierContact(existing, "Eve", "eve@existing.test", null, "Leek"))).Succeeded);
        var csv = Header +
            "1,Good Org A,Ann,ann@good.test,,Leek,Active\n" +           // line 2: fine
            "7,Lost Org,Bob,bob@lost.test,,Leek,Active\n" +             // line 3: unknown lot
            "2,Bad Mail Org,Cat,cat-at-badmail,,Leek,Active\n" +        // line 4: invalid email
            $"1,{existing.ToLowerInvariant()},Eve,eve@existing.test,,Leek,\n" + // line 5: already on the lot
            "2,Twice Org,Dan,dan@twice.test,,Leek,Active\n" +           // line 6: fine on its own
            "2,TWICE ORG,Dan,dan@twice.test,,Leek,Active\n" +           // line 7: duplicate of line 6
            "2,No Town Org,Fay,fay@notown.test\n" +                     // line 8: missing cells
            "2,Odd Status Org,Gus,gus@odd.test,,Leek,Paused\n";         // line 9: unknown status

        var preview = (await Procurement.PreviewImportAsync(frameworkId, Csv(csv))).Value!;
        var import = await Procurement.ImportAsync(frameworkId, Csv(csv));

        Assert.Null(preview.FileError);
        Assert.False(preview.CanImport);
        var byLine = preview.Rows.ToDictionary(r => r.Row.Line);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9], byLine.Keys);
        Assert.True(byLine[2].IsValid);
        Assert.Equal("Will add", byLine[2].Result);
        Assert.Contains("Unknown lot \"7\"", byLine[3].Result);
        Assert.Contains("\"cat-at-badmail\" is not a valid email address", byLine[4].Result);
        Assert.Contains("Already on lot 1", byLine[5].Result);
        Assert.True(byLine[6].IsValid);
        Assert.Contains("Duplicate within the file: line 6", byLine[7].Result);
        Assert.Contains("The town is required", byLine[8].Result);
        Assert.Contains("Unknown status \"Paused\"", byLine[9].Result);
        Assert.Equal(6, preview.ErrorCount);

        Assert.Equal(OperationOutcome.Refused, import.Outcome);
        Assert.Contains("Nothing was imported", import.Message);
        Assert.Equal(6, import.Value!.ErrorCount);
        Assert.Equal(1, await MembershipCountAsync(frameworkId));
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.SupplierOrganisations.AnyAsync(s => s.Name == "Good Org A"));
    }

    [Fact]
    public async Task A_valid_file_imports_every_row_in_one_go_reusing_an_organisation_already_in_the_portal()
    {
        var frameworkId = await NewFrameworkAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var csv = Header +
            $"1,New Horizons {suffix},Ivy Moss,ivy@horizons.test,01785 222222,Stafford,Active\n" +
            $"2,\"Steps, Homes and Support {suffix}\",Jo Park,jo@steps.test,,Stoke-on-Trent,Suspended\n" +
            "2,PATHWAYS TO WORK CIC,Someone Else,other@example.test,,Leek,active\n";
        var auditBefore = await AuditCountAsync();

        var preview = (await Procurement.PreviewImportAsync(frameworkId, Csv(csv))).Value!;
        Assert.True(preview.CanImport);
        Assert.True(preview.Rows[2].ExistingOrganisation);
        var import = await Procurement.ImportAsync(frameworkId, Csv(csv));

        Assert.True(import.Succeeded, import.Message);
        var lots = (await Procurement.GetAsync(frameworkId)).Value!.Lots;
        var lot1 = Assert.Single(lots.Single(l => l.Number == 1).Suppliers);
        Assert.Equal($"New Horizons {suffix}", lot1.Name);
        Assert.Equal("01785 222222", lot1.ContactPhone);
        var lot2 = lots.Single(l => l.Number == 2).Suppliers;
        Assert.Equal(SupplierStatus.Suspended, lot2.Single(s => s.Name == $"Steps, Homes and Support {suffix}").Status);
        var pathways = lot2.Single(s => s.Name == "Pathways to Work CIC");
        Assert.Equal("Nadia Brooks", pathways.ContactName);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(1, await db.SupplierOrganisations.CountAsync(s => s.Name.ToLower() == "pathways to work cic"));
        var imported = await db.AuditEvents.OrderBy(e => e.Id).Skip(auditBefore).SingleAsync();
        Assert.Equal("SuppliersImported", imported.Action);
        Assert.Contains("Imported 3 suppliers", imported.Summary);

        var again = await Procurement.ImportAsync(frameworkId, Csv(csv));
        Assert.Equal(OperationOutcome.Refused, again.Outcome);
        Assert.Equal(3, again.Value!.ErrorCount);
        Assert.Equal(3, await MembershipCountAsync(frameworkId));
    }
}

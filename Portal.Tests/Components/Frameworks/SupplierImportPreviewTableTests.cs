using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Components.Frameworks;

namespace Portal.Tests.Components.Frameworks;

/// <summary>The preview of a supplier CSV: every row's result on show, and no import while any row is wrong.</summary>
public sealed class SupplierImportPreviewTableTests : BunitContext
{
    public SupplierImportPreviewTableTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private static SupplierImportRow Row(int line, string name, string email, params string[] problems) =>
        new(new SupplierCsvRow(line, "1", name, "Ana Lee", email, "", "Leek", "Active"), problems, ExistingOrganisation: false);

    [Fact]
    public void Rows_with_errors_show_their_problems_and_the_import_button_is_disabled()
    {
        var imports = 0;
        var preview = new SupplierImportPreview(null,
        [
            Row(2, "Fresh Start Mentoring", "ana@freshstart.test"),
            Row(3, "Bad Mail Org", "ana-at-badmail", "\"ana-at-badmail\" is not a valid email address."),
            Row(4, "Lost Org", "ana@lost.test", "Unknown lot \"9\": this framework has lots 1, 2."),
        ]);

        var cut = Render<SupplierImportPreviewTable>(p => p.Add(x => x.Preview, preview).Add(x => x.OnImport, () => imports++));

        var rows = cut.FindAll("[data-testid=csv-row]");
        Assert.Equal(3, rows.Count);
        Assert.Contains("Will add", rows[0].TextContent);
        Assert.Equal("csv-row-error", rows[1].ClassName);
        Assert.Contains("\"ana-at-badmail\" is not a valid email address.", rows[1].QuerySelector("[data-testid=csv-result]")!.TextContent);
        Assert.Contains("Unknown lot \"9\"", rows[2].TextContent);
        Assert.Contains("2 of 3 rows cannot be imported", cut.Find("[data-testid=csv-summary]").TextContent);
        var button = cut.Find("[data-testid=csv-import]");
        Assert.True(button.HasAttribute("disabled"));
        button.Click();
        Assert.Equal(0, imports);
    }

    [Fact]
    public void A_file_level_problem_shows_instead_of_rows_and_a_clean_preview_enables_the_import()
    {
        var broken = Render<SupplierImportPreviewTable>(p => p.Add(x => x.Preview,
            new SupplierImportPreview("The file has no \"Contact email\" column.", [])));
        Assert.Contains("no \"Contact email\" column", broken.Find("[data-testid=csv-file-error]").TextContent);
        Assert.Empty(broken.FindAll("[data-testid=csv-row]"));
        Assert.True(broken.Find("[data-testid=csv-import]").HasAttribute("disabled"));

        var imports = 0;
        var clean = Render<SupplierImportPreviewTable>(p => p
            .Add(x => x.Preview, new SupplierImportPreview(null, [Row(2, "Fresh Start Mentoring", "ana@freshstart.test")]))
            .Add(x => x.OnImport, () => imports++));
        var button = clean.Find("[data-testid=csv-import]");
        Assert.False(button.HasAttribute("disabled"));
        Assert.Contains("Import 1 supplier", button.TextContent);
        button.Click();
        Assert.Equal(1, imports);
    }
}

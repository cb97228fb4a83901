using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Portal.Components.Frameworks;

/// <summary>One data row of a supplier CSV, as written in the file (blank cells as empty strings).</summary>
public sealed record SupplierCsvRow(int Line, string LotNumber, string SupplierName, string ContactName, string ContactEmail,
    string Phone, string Town, string Status);

/// <summary>The rows of a supplier CSV, or why the file as a whole cannot be read.</summary>
public sealed record SupplierCsvFile(IReadOnlyList<SupplierCsvRow> Rows, string? FileError);

/// <summary>Reads the supplier list a procurement officer uploads onto a framework's lots.</summary>
public static class SupplierCsv
{
    public const long MaxFileBytes = 1024 * 1024;
    public const int MaxRows = 2000;

    public static readonly IReadOnlyList<string> Columns =
        ["Lot number", "Supplier name", "Contact name", "Contact email", "Phone", "Town", "Status"];

    public static SupplierCsvFile Read(Stream stream)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => Normalise(args.Header),
            TrimOptions = TrimOptions.Trim,
            DetectDelimiter = true,
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var reader = new StreamReader(stream, leaveOpen: true);
        using var csv = new CsvReader(reader, configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
                return new SupplierCsvFile([], "The file is empty. The first line must name the columns: " + string.Join(", ", Columns) + ".");
            var present = (csv.HeaderRecord ?? []).Select(Normalise).ToHashSet();
            var missing = Columns.Where(c => !present.Contains(Normalise(c))).ToList();
            if (missing.Count > 0)
                return new SupplierCsvFile([], $"The file has no {Join(missing)} column{(missing.Count == 1 ? "" : "s")}. " +
                    "The first line must name the columns: " + string.Join(", ", Columns) + ".");
            var rows = new List<SupplierCsvRow>();
            while (csv.Read())
            {
                var cells = Columns.Select(c => csv.GetField(c) ?? "").ToArray();
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                if (rows.Count == MaxRows)
                    return new SupplierCsvFile([], $"The file has more than {MaxRows} suppliers; split it into smaller files.");
                rows.Add(new SupplierCsvRow(csv.Parser.RawRow, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
            }
            return rows.Count == 0
                ? new SupplierCsvFile([], "The file names the columns but has no suppliers under them.")
                : new SupplierCsvFile(rows, null);
        }
        catch (CsvHelperException)
        {
            return new SupplierCsvFile([], "The file could not be read as CSV. Save it from your spreadsheet as \"CSV (comma delimited)\" and try again.");
        }
    }

    private static string Normalise(string header) =>
        new string(header.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? $"\"{names[0]}\"" : string.Join(", ", names.Take(names.Count - 1).Select(n => $"\"{n}\"")) + $" or \"{names[^1]}\"";
}

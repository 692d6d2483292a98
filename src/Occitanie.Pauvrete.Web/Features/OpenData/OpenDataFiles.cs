using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;

namespace Occitanie.Pauvrete.Web.Features.OpenData;

/// <summary>
/// Writes a dataset the way data.gouv.fr asks: CSV in UTF-8 with a comma, a header row and the same
/// number of fields on every row, ISO 8601 dates, a decimal point; the same rows as JSON; and the
/// Frictionless Table Schema describing the CSV.
/// </summary>
public static class OpenDataFiles
{
    /// <summary>Joins the values of a multi-valued field in the CSV; no value of the portal holds it.</summary>
    public const string ListSeparator = " | ";

    public const string CsvContentType = "text/csv; charset=utf-8";

    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>
    /// Text written as it is (« l'État », not « l\u0027\u00C9tat »), as a re-user reads it. "Unsafe"
    /// only for JSON pasted into HTML or a script, which these files and the API never are: they are
    /// served as application/json, and the API reference page encodes its sample as HTML.
    /// </summary>
    public static readonly JavaScriptEncoder JsonText = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// UTF-8 WITH a byte order mark: without it Excel, where most readers open a public CSV, decodes
    /// the file as Windows-1252 and shows « CrÃ¨ches » for « Crèches ». CSV parsers (CsvHelper,
    /// Python's utf-8-sig) recognise and skip it.
    /// </summary>
    private static readonly UTF8Encoding _utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly JsonSerializerOptions _json = new()
    {
        Encoder = JsonText,
        WriteIndented = true,
    };

    private static readonly CsvConfiguration _csv = new(CultureInfo.InvariantCulture)
    {
        Delimiter = ",",
        NewLine = "\r\n",
        // Formula-looking texts are neutralised by NeutraliseFormula, on text columns only: CsvHelper's
        // own escaping would also prefix a negative number, which a spreadsheet reads harmlessly.
        InjectionOptions = InjectionOptions.None,
    };

    public static byte[] Csv(OpenDataTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, _utf8WithBom))
        using (var csv = new CsvWriter(writer, _csv))
        {
            foreach (var column in table.Dataset.Columns)
            {
                csv.WriteField(column.Name);
            }
            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < table.Dataset.Columns.Count; i++)
                {
                    csv.WriteField(CsvValue(table.Dataset.Columns[i], row[i]));
                }
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    /// <summary>An array of objects with the CSV's column names; a multi-valued field is an array (empty when it holds nothing), a missing value null.</summary>
    public static byte[] Json(OpenDataTable table)
    {
        var items = new JsonArray();
        foreach (var row in table.Rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < table.Dataset.Columns.Count; i++)
            {
                item[table.Dataset.Columns[i].Name] = JsonValueOf(table.Dataset.Columns[i], row[i]);
            }
            items.Add(item);
        }
        return Encoding.UTF8.GetBytes(items.ToJsonString(_json));
    }

    /// <summary>The Frictionless Table Schema of the dataset's CSV (https://specs.frictionlessdata.io/table-schema/).</summary>
    public static byte[] TableSchema(OpenDataset dataset)
    {
        var fields = new JsonArray();
        foreach (var column in dataset.Columns)
        {
            var field = new JsonObject
            {
                ["name"] = column.Name,
                ["type"] = column.SchemaType,
                ["description"] = column.Type == OpenDataType.TextList
                    ? $"{column.Description} Valeurs multiples séparées par « {ListSeparator.Trim()} » (barre verticale entourée d'espaces)."
                    : column.Description,
            };
            if (column.Type == OpenDataType.DateTime)
            {
                // "default" in Table Schema is exactly the form written here: 2026-11-23T18:00:43Z.
                field["format"] = "default";
            }
            if (column.Required)
            {
                field["constraints"] = column.Name == "slug"
                    ? new JsonObject { ["required"] = true, ["unique"] = true }
                    : new JsonObject { ["required"] = true };
            }
            fields.Add(field);
        }
        var schema = new JsonObject
        {
            ["$schema"] = "https://specs.frictionlessdata.io/schemas/table-schema.json",
            ["name"] = dataset.Slug,
            ["title"] = dataset.Title,
            ["description"] = $"{dataset.Description} Une ligne par {dataset.Row}. {FormulaConvention}",
            ["fields"] = fields,
            ["primaryKey"] = "slug",
            ["missingValues"] = new JsonArray(""),
        };
        return Encoding.UTF8.GetBytes(schema.ToJsonString(_json));
    }

    /// <summary>2026-11-23T18:00:43Z: the portal stores UTC (without saying so: SQLite has no kind) and the data says it.</summary>
    public static DateTime Utc(DateTime value) =>
        DateTime.SpecifyKind(new DateTime(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Utc);

    /// <summary>3.00 (as the database may return it) → 3, so that JSON writes 3 and 1.5 rather than 3.00 and 1.50.</summary>
    public static decimal Normalize(decimal value) =>
        decimal.Parse(value.ToString("0.############", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The CSV's convention against spreadsheet formulas, stated in each schema and on /donnees.</summary>
    public const string FormulaConvention =
        "Dans le CSV, un texte qui commence par =, +, -, @, une tabulation ou un retour chariot est précédé d'une apostrophe ('), pour qu'un tableur ne l'exécute pas comme une formule ; le JSON donne le texte tel quel.";

    private static string CsvValue(OpenDataColumn column, object? value) => value switch
    {
        null => "",
        IEnumerable<string> values when column.Type == OpenDataType.TextList => NeutraliseFormula(string.Join(ListSeparator, values)),
        _ when column.Type == OpenDataType.Text => NeutraliseFormula(Scalar(column, value)),
        _ => Scalar(column, value),
    };

    /// <summary>
    /// A text a spreadsheet would run as a formula (« =HYPERLINK(…) », « @SUM(…) », « -2+3 ») gets a
    /// leading apostrophe (OWASP's CSV injection advice): staff's text must not run code on a
    /// re-user's machine. Staff write such texts rarely, and the JSON keeps them as they are.
    /// </summary>
    public static string NeutraliseFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static JsonNode? JsonValueOf(OpenDataColumn column, object? value) => value switch
    {
        null => null,
        IEnumerable<string> values when column.Type == OpenDataType.TextList => new JsonArray([.. values.Select(v => JsonValue.Create(v))]),
        int number when column.Type == OpenDataType.WholeNumber => JsonValue.Create(number),
        decimal number when column.Type == OpenDataType.DecimalNumber => JsonValue.Create(Normalize(number)),
        bool flag when column.Type == OpenDataType.Boolean => JsonValue.Create(flag),
        _ => JsonValue.Create(Scalar(column, value)),
    };

    /// <summary>A single value as text, in the column's declared type; a mismatch is a mistake in <see cref="OpenDatasets"/>.</summary>
    private static string Scalar(OpenDataColumn column, object value) => (column.Type, value) switch
    {
        (OpenDataType.Text, string text) => text,
        (OpenDataType.WholeNumber, int number) => number.ToString(CultureInfo.InvariantCulture),
        (OpenDataType.DecimalNumber, decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture),
        (OpenDataType.Date, DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (OpenDataType.DateTime, DateTime time) => Utc(time).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        (OpenDataType.Boolean, bool flag) => flag ? "true" : "false",
        _ => throw new InvalidOperationException($"Column {column.Name} ({column.Type}) cannot hold a {value.GetType().Name}."),
    };
}

using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.OpenData;

/// <summary>The kind of value a column holds, with its Frictionless Table Schema type.</summary>
public enum OpenDataType
{
    Text,

    /// <summary>Several texts: joined by <see cref="OpenDataFiles.ListSeparator"/> in the CSV, an array in the JSON.</summary>
    TextList,

    WholeNumber,

    /// <summary>A decimal number written with a decimal point.</summary>
    DecimalNumber,

    /// <summary>ISO 8601 date (2021-07-07).</summary>
    Date,

    /// <summary>ISO 8601 date and time in UTC (2026-11-23T18:00:43Z).</summary>
    DateTime,

    /// <summary>true, or empty when the fact is not known (the portal never asserts a « false » no source gives).</summary>
    Boolean,
}

/// <summary>
/// A column of a dataset: its stable snake_case name, its type and what it means. The same object
/// writes the CSV header, the Table Schema and the column table of /donnees, so they cannot drift.
/// </summary>
public record OpenDataColumn(string Name, OpenDataType Type, string Description, bool Required = false)
{
    /// <summary>The Table Schema type: a list is a string there (the schema describes the CSV, where it is joined).</summary>
    public string SchemaType => Type switch
    {
        OpenDataType.WholeNumber => "integer",
        OpenDataType.DecimalNumber => "number",
        OpenDataType.Date => "date",
        OpenDataType.DateTime => "datetime",
        OpenDataType.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>The type as /donnees names it for a reader.</summary>
    public string TypeLabel => Type switch
    {
        OpenDataType.TextList => "liste de textes, séparés par « | »",
        OpenDataType.WholeNumber => "nombre entier",
        OpenDataType.DecimalNumber => "nombre décimal, avec un point",
        OpenDataType.Date => "date ISO 8601 (AAAA-MM-JJ)",
        OpenDataType.DateTime => "date et heure ISO 8601, en temps universel (UTC)",
        OpenDataType.Boolean => "booléen : true, ou vide quand ce n'est pas connu",
        _ => "texte",
    };
}

/// <summary>A column and how to read its value from one item of the dataset.</summary>
public sealed record OpenDataColumn<T>(string Name, OpenDataType Type, string Description, Func<T, object?> Value, bool Required = false)
    : OpenDataColumn(Name, Type, Description, Required);

/// <summary>A dataset of /donnees: what a row is and its columns.</summary>
public abstract class OpenDataset(string slug, string title, string description, string row)
{
    /// <summary>The files' name: /donnees/{slug}.csv, .json and .schema.json.</summary>
    public string Slug { get; } = slug;

    public string Title { get; } = title;

    public string Description { get; } = description;

    /// <summary>What one row of the file is.</summary>
    public string Row { get; } = row;

    public abstract IReadOnlyList<OpenDataColumn> Columns { get; }

    public string CsvUrl => $"{PublicPaths.OpenData}/{Slug}.csv";

    public string JsonUrl => $"{PublicPaths.OpenData}/{Slug}.json";

    public string SchemaUrl => $"{PublicPaths.OpenData}/{Slug}.schema.json";
}

/// <summary>A dataset whose rows are read from items of type <typeparamref name="T"/>.</summary>
public sealed class OpenDataset<T>(string slug, string title, string description, string row, IReadOnlyList<OpenDataColumn<T>> columns)
    : OpenDataset(slug, title, description, row)
{
    public override IReadOnlyList<OpenDataColumn> Columns => columns;

    /// <summary>The table of <paramref name="items"/>: one row each, one value per column, in the columns' order.</summary>
    public OpenDataTable Table(IEnumerable<T> items) =>
        new(this, [.. items.Select(item => columns.Select(c => c.Value(item)).ToArray())]);
}

/// <summary>The rows of a dataset, ready to be written as CSV or JSON.</summary>
public sealed record OpenDataTable(OpenDataset Dataset, IReadOnlyList<object?[]> Rows);

namespace Occitanie.Pauvrete.Web.Data.Migrations;

/// <summary>
/// The SQL of the BlankTextAsNull migrations (one per provider): the optional texts that older
/// saves stored as "" become null, in their columns and inside the JSON lists (a contact's mobile, a
/// source's page), as <see cref="PortalDbContext"/> now stores them. The lists and columns are those
/// of the model when the migration was written; required texts (a contact's name) are left alone.
/// </summary>
internal static class BlankTextSql
{
    private static readonly Dictionary<string, string[]> _columns = new()
    {
        ["Axes"] = ["Summary", "EditorNote", "VerifiedBy"],
        ["Intentions"] = ["Summary", "EditorNote", "VerifiedBy"],
        ["Measures"] = ["Summary", "EditorNote", "VerifiedBy", "Funding", "FundingDetails", "FundingPeriod", "FundingUnit", "HowToApply", "Territory"],
        ["Workshops"] = ["Summary", "EditorNote", "VerifiedBy", "Commune", "FurtherReading", "Number"],
        ["Conferences"] = ["Summary", "EditorNote", "VerifiedBy", "Format"],
        ["PressReleases"] = ["Summary", "EditorNote", "VerifiedBy", "Lead"],
        ["WorkingGroups"] = ["Summary", "EditorNote", "VerifiedBy"],
        ["Pages"] = ["Summary", "EditorNote", "VerifiedBy"],
        ["KeyFigures"] = ["Unit"],
        ["LocalContacts"] = ["Role", "Phone", "Email", "Url", "Address", "Note"],
        ["SourceDocuments"] = ["Emitter"],
    };

    private static readonly string[] _sourceKeys = ["Location"];

    private static readonly string[] _contactKeys = ["Role", "Phone", "Mobile", "Email", "Url", "Note", "Service"];

    /// <summary>Table → JSON column → the optional keys of its rows.</summary>
    private static readonly (string Table, string Column, string[] Keys)[] _lists =
    [
        ("Axes", "Sources", _sourceKeys),
        ("Intentions", "Sources", _sourceKeys),
        ("Measures", "Sources", _sourceKeys),
        ("Measures", "Contacts", _contactKeys),
        ("Measures", "Links", ["Url"]),
        ("Workshops", "Sources", _sourceKeys),
        ("Workshops", "Speakers", ["Role"]),
        ("Conferences", "Sources", _sourceKeys),
        ("Conferences", "Programme", ["Track"]),
        ("PressReleases", "Sources", _sourceKeys),
        ("PressReleases", "PressContacts", _contactKeys),
        ("WorkingGroups", "Sources", _sourceKeys),
        ("Pages", "Sources", _sourceKeys),
        ("FundingLines", "Sources", _sourceKeys),
        ("KeyFigures", "Sources", _sourceKeys),
        ("LocalContacts", "Sources", _sourceKeys),
    ];

    /// <param name="quote">Quotes a table or column name for the provider.</param>
    /// <param name="isBlank">The provider's test that a quoted column holds only spaces.</param>
    public static IEnumerable<string> Statements(Func<string, string> quote, Func<string, string> isBlank)
    {
        foreach (var (table, columns) in _columns)
        {
            foreach (var column in columns)
            {
                yield return $"UPDATE {quote(table)} SET {quote(column)} = NULL WHERE {isBlank(quote(column))};";
            }
        }
        // EF writes the JSON compactly ("Mobile":""), and inside a JSON string every quote is escaped:
        // the text "Key":"" can only be that key with an empty value.
        foreach (var (table, column, keys) in _lists)
        {
            var replaced = keys.Aggregate(quote(column), (sql, key) => $"REPLACE({sql}, '\"{key}\":\"\"', '\"{key}\":null')");
            yield return $"UPDATE {quote(table)} SET {quote(column)} = {replaced} WHERE {quote(column)} LIKE '%\":\"\"%';";
        }
    }
}

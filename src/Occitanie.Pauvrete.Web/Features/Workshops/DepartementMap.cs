namespace Occitanie.Pauvrete.Web.Features.Workshops;

/// <summary>
/// Where each département's tile sits on the schematic map of /ateliers: a tile grid that keeps
/// the départements' rough relative positions (north to south, west to east) and draws no border,
/// so it cannot be mistaken for a real map.
/// </summary>
public static class DepartementMap
{
    public const int Columns = 5;

    public const int Rows = 4;

    private static readonly Dictionary<string, (int Column, int Row)> _cells = new(StringComparer.Ordinal)
    {
        ["46"] = (1, 0), // Lot
        ["12"] = (2, 0), // Aveyron
        ["48"] = (3, 0), // Lozère
        ["32"] = (0, 1), // Gers
        ["82"] = (1, 1), // Tarn-et-Garonne
        ["81"] = (2, 1), // Tarn
        ["34"] = (3, 1), // Hérault
        ["30"] = (4, 1), // Gard
        ["65"] = (0, 2), // Hautes-Pyrénées
        ["31"] = (1, 2), // Haute-Garonne
        ["11"] = (2, 2), // Aude
        ["09"] = (1, 3), // Ariège
        ["66"] = (2, 3), // Pyrénées-Orientales
    };

    /// <summary>The tile of a département, or null for a code the map does not place.</summary>
    public static (int Column, int Row)? CellOf(string code) => _cells.TryGetValue(code, out var cell) ? cell : null;
}

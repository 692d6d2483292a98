namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>Names used inside a French sentence: « la DDETS », « de l'Aude ».</summary>
public static class FrenchNames
{
    /// <summary>
    /// « de l'Aude », « du Gard », « de la Lozère », « des Hautes-Pyrénées »: the article of each of the
    /// 13 départements of Occitanie, as the INSEE code officiel géographique gives it (its « type de
    /// nom en clair »), by INSEE code. Gender cannot be told from a name (le Lot, la Lozère).
    /// </summary>
    private static readonly Dictionary<string, string> _ofDepartement = new(StringComparer.Ordinal)
    {
        ["09"] = "de l'",
        ["11"] = "de l'",
        ["12"] = "de l'",
        ["30"] = "du ",
        ["31"] = "de la ",
        ["32"] = "du ",
        ["34"] = "de l'",
        ["46"] = "du ",
        ["48"] = "de la ",
        ["65"] = "des ",
        ["66"] = "des ",
        ["81"] = "du ",
        ["82"] = "du ",
    };

    /// <summary>« de l'Aude » for code 11; « (Name) » for a code outside Occitanie, whose article is not known here.</summary>
    public static string OfDepartement(string code, string name) =>
        _ofDepartement.TryGetValue(code, out var of) ? of + name : $"({name})";

    /// <summary>
    /// A service with its article: the departmental services the sources name by their initials are
    /// directions, caisses or agencies (« la DDETS », « la CAF », « l'ARS »); any other name is quoted
    /// as written (« « délégué du Défenseur des droits » », with no-break spaces), rather than given a gender it may not have.
    /// </summary>
    public static string WithArticle(string service)
    {
        var name = service.Trim();
        var isInitials = name.Length > 1 && name.All(c => char.IsUpper(c) || c == '-');
        if (!isInitials)
        {
            return $"«\u00A0{name}\u00A0»";
        }
        return "AEIOUY".Contains(name[0], StringComparison.Ordinal) ? "l'" + name : "la " + name;
    }
}

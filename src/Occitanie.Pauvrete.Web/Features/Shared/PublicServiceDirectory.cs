namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// The official directory of the French administration (« L'annuaire de l'administration »,
/// lannuaire.service-public.fr, edited by the DILA): where a reader finds a departmental service
/// the portal has no contact for. Its search takes what is looked for in <c>whoWhat</c> and where
/// in <c>where</c> (a département's name and number, as « Val D'oise 95 »).
/// </summary>
public static class PublicServiceDirectory
{
    public const string Name = "l'annuaire de l'administration";

    /// <summary>The directory's search for <paramref name="service"/> in one département.</summary>
    public static string SearchUrl(string service, string departementName, string departementCode) =>
        $"https://lannuaire.service-public.fr/recherche?whoWhat={Uri.EscapeDataString(service)}&where={Uri.EscapeDataString($"{departementName} {departementCode}")}";

    /// <summary>« Rechercher la DDETS de l'Aude dans l'annuaire de l'administration ».</summary>
    public static string SearchLabel(string service, string departementName, string departementCode) =>
        $"Rechercher {FrenchNames.WithArticle(service)} {FrenchNames.OfDepartement(departementCode, departementName)} dans {Name}";
}

using Occitanie.Pauvrete.Web.Features.Api;

namespace Occitanie.Pauvrete.Web.Features.OpenData;

/// <summary>A published measure as the open data gives it.</summary>
public sealed record MeasureRecord
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required int? AxisNumber { get; init; }

    public required string? AxisTitle { get; init; }

    public required IReadOnlyList<string> Intentions { get; init; }

    public required IReadOnlyList<string> Publics { get; init; }

    public required IReadOnlyList<string> Porteurs { get; init; }

    public required string? Funding { get; init; }

    public required decimal? FundingAmount { get; init; }

    public required string? Summary { get; init; }

    public required string Url { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required MeasureAid Aid { get; init; }

    /// <summary>The departmental services the measure's contacts stand for (« DDETS »…), in the contacts' order.</summary>
    public required IReadOnlyList<string> ContactServices { get; init; }
}

/// <summary>
/// The datasets of /donnees and their columns: the measures from rows of their own (the file gives
/// their sources), the workshops and press releases from the API's answers, so that both say the
/// same. Column names are a contract with re-users: add a column at the end if needed, never rename
/// or remove one.
/// </summary>
public static class OpenDatasets
{
    private const string UpdatedAtDescription = "Date et heure de la dernière modification de la ligne sur le portail.";

    public static readonly OpenDataset<MeasureRecord> Measures = new(
        "mesures",
        "Mesures",
        "Les mesures (dispositifs, programmes, actions financées) que l'État propose et finance en Occitanie pour prévenir et lutter contre la pauvreté.",
        "mesure publiée sur le portail",
        [
            new("slug", OpenDataType.Text, "Identifiant stable de la mesure : la fin de l'adresse de sa page (/mesures/{slug}).", m => m.Slug, Required: true),
            new("titre", OpenDataType.Text, "Intitulé de la mesure.", m => m.Title, Required: true),
            new("axe_numero", OpenDataType.WholeNumber, "Numéro de l'axe de la stratégie auquel la mesure se rattache.", m => m.AxisNumber),
            new("axe", OpenDataType.Text, "Intitulé de cet axe.", m => m.AxisTitle),
            new("intentions", OpenDataType.TextList, "Les intentions « Je souhaite… » auxquelles la mesure répond.", m => m.Intentions),
            new("publics", OpenDataType.TextList, "À qui s'adresse la mesure (Jeunes, Familles, Enfants…) : les libellés d'un vocabulaire contrôlé.", m => m.Publics),
            new("porteurs", OpenDataType.TextList, "Qui porte ou finance la mesure (CAF, ASP, Commune, CCAS ou CIAS…), comme une source le dit : les libellés d'un vocabulaire contrôlé.", m => m.Porteurs),
            new("financement", OpenDataType.Text, "Ce que finance l'État, en une ligne, comme la source le dit (par exemple « 3 € par repas servi »).", m => m.Funding),
            new("montant_euros", OpenDataType.DecimalNumber, "Le montant en euros, quand la source en donne un seul ; vide sinon.", m => m.FundingAmount),
            new("resume", OpenDataType.Text, "Résumé de la mesure, en une ou deux phrases.", m => m.Summary),
            new("url", OpenDataType.Text, "Adresse de la page de la mesure sur le portail.", m => m.Url, Required: true),
            new("sources", OpenDataType.TextList, "Les documents d'où viennent les informations : titre du document, puis l'endroit où les lire (page, section).", m => m.Sources),
            new("mis_a_jour", OpenDataType.DateTime, UpdatedAtDescription, m => m.UpdatedAt, Required: true),
            new("demandeurs", OpenDataType.TextList, "Qui peut demander la mesure (Commune, CCAS ou CIAS, EPCI, Département, Association…), comme les sources le disent ; vide quand elles ne le disent pas.", m => m.Aid.Applicants),
            new("type_aide", OpenDataType.Text, "Le type d'aide, un code stable : structure-a-demultiplier, dispositif-vers-lequel-orienter ou aide-financiere ; vide quand les sources ne le disent pas.", m => m.Aid.HelpKindCode),
            new("unite_financement", OpenDataType.Text, "Ce en quoi se compte montant_euros (« par repas servi », « par structure et par an ») ; vide quand la source ne le dit pas.", m => m.Aid.FundingUnit),
            new("periode_financement", OpenDataType.Text, "Pour combien de temps, ou pour quand, la source dit que le financement est versé (« pendant 3 ans », « en 2023 ») ; vide sinon.", m => m.Aid.FundingPeriod),
            new("date_limite", OpenDataType.Date, "Le dernier jour pour demander la mesure, quand une source le donne ; vide sinon.", m => m.Aid.ApplicationDeadline),
            new("permanent", OpenDataType.Boolean, "true quand une source dit qu'on peut demander la mesure à tout moment ; vide sinon.", m => m.Aid.Permanent),
            new("territoire", OpenDataType.Text, "Où la mesure s'applique, comme la source le dit (« Quartiers de la politique de la ville ») ; vide sinon.", m => m.Aid.Territory),
            new("services_contacts", OpenDataType.TextList, "Les services départementaux que désignent ses contacts quand la source renvoie à celui du lecteur, « de votre département » (DDETS, CAF, DSDEN…).", m => m.ContactServices),
        ]);

    public static readonly OpenDataset<ApiWorkshop> Workshops = new(
        "ateliers",
        "Ateliers et tables-rondes",
        "Les ateliers, tables-rondes et ateliers partenaires du guide de la conférence régionale des élus : où une commune a mené l'action, qui l'a présentée, quelles mesures elle mobilise.",
        "séance publiée sur le portail (atelier, table-ronde ou atelier partenaire)",
        [
            new("slug", OpenDataType.Text, "Identifiant stable de la séance : la fin de l'adresse de sa page (/ateliers/{slug}).", w => w.Slug, Required: true),
            new("type", OpenDataType.Text, "Le type de séance : atelier, table-ronde ou atelier-partenaire.", w => w.Kind, Required: true),
            new("numero", OpenDataType.Text, "Le numéro de la séance dans le guide (« 1 », « IV ») ; vide quand le guide n'en donne pas.", w => w.Number),
            new("titre", OpenDataType.Text, "Intitulé de la séance.", w => w.Title, Required: true),
            new("intention", OpenDataType.Text, "L'intention « Je souhaite… » à laquelle la séance répond.", w => w.Intention?.Title),
            new("lieu", OpenDataType.Text, "Le lieu comme l'écrit le guide (« Capendu, Aude »).", w => w.Place),
            new("commune", OpenDataType.Text, "La commune où l'action présentée a été menée ; vide pour une séance régionale.", w => w.Commune),
            new("departement_code", OpenDataType.Text, "Le code INSEE du département de cette commune (« 11 », « 09 ») : un texte, pour garder le zéro initial.", w => w.Departement?.Code),
            new("departement", OpenDataType.Text, "Le nom de ce département.", w => w.Departement?.Name),
            new("intervenants", OpenDataType.TextList, "Les animateurs, intervenants et participants, chacun sous la forme « Nom — rôle (animateur) », « (intervenant) » ou « (participant) » ; le rôle manque quand le guide n'en donne pas.", w => w.Speakers.Select(SpeakerLine).ToList()),
            new("mesures", OpenDataType.TextList, "Les identifiants des mesures présentées : la colonne slug du fichier des mesures.", w => w.Measures),
            new("url", OpenDataType.Text, "Adresse de la page de la séance sur le portail.", w => w.Url, Required: true),
            new("mis_a_jour", OpenDataType.DateTime, UpdatedAtDescription, w => w.UpdatedAt, Required: true),
        ]);

    public static readonly OpenDataset<ApiPressRelease> PressReleases = new(
        "communiques",
        "Communiqués de presse",
        "Les communiqués de presse de la stratégie de prévention et de lutte contre la pauvreté en Occitanie.",
        "communiqué de presse publié sur le portail",
        [
            new("slug", OpenDataType.Text, "Identifiant stable du communiqué : la fin de l'adresse de sa page (/communiques/{slug}).", r => r.Slug, Required: true),
            new("date", OpenDataType.Date, "Date du communiqué.", r => r.Date, Required: true),
            new("lieu", OpenDataType.Text, "Le lieu d'où il est daté.", r => r.Place),
            new("emetteur", OpenDataType.Text, "Qui l'émet.", r => r.Emitter),
            new("titre", OpenDataType.Text, "Titre du communiqué.", r => r.Title, Required: true),
            new("chapo", OpenDataType.Text, "Le chapô, paragraphe d'introduction ; vide quand le communiqué n'en a pas.", r => r.Lead),
            new("url", OpenDataType.Text, "Adresse de la page du communiqué sur le portail, où se lit son texte intégral.", r => r.Url, Required: true),
            new("mis_a_jour", OpenDataType.DateTime, UpdatedAtDescription, r => r.UpdatedAt, Required: true),
        ]);

    /// <summary>In the order /donnees presents them.</summary>
    public static readonly IReadOnlyList<OpenDataset> All = [Measures, Workshops, PressReleases];

    public static OpenDataset? Find(string slug) => All.FirstOrDefault(d => d.Slug == slug);

    /// <summary>« Claude Busto — maire de Capendu (animateur) ».</summary>
    public static string SpeakerLine(ApiSpeaker speaker) =>
        string.IsNullOrWhiteSpace(speaker.Role) ? $"{speaker.Name} ({speaker.Kind})" : $"{speaker.Name} — {speaker.Role} ({speaker.Kind})";
}

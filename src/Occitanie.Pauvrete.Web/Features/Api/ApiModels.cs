using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Occitanie.Pauvrete.Web.Features.Api;

// The API's field names are French, like its URLs, its parameters and the open data's columns:
// they are its public contract with French re-users, so each is written out (JsonPropertyName)
// and renaming a property in code cannot change it. The code itself reads English names.
// Records of six fields or more are built with named properties: two strings side by side
// cannot be swapped without the compiler noticing a name.

[Description("Une page de résultats.")]
public sealed record ApiPage<T>(
    [property: JsonPropertyName("total"), Description("Nombre total de résultats, toutes pages confondues.")] int Total,
    [property: JsonPropertyName("page"), Description("Numéro de cette page, à partir de 1.")] int Page,
    [property: JsonPropertyName("taille"), Description("Nombre de résultats par page demandé.")] int Size,
    [property: JsonPropertyName("items"), Description("Les résultats de cette page.")] IReadOnlyList<T> Items);

[Description("Un axe de la stratégie, tel qu'une mesure le cite.")]
public sealed record ApiAxisRef(
    [property: JsonPropertyName("numero"), Description("Numéro de l'axe, de 1 à 6.")] int Number,
    [property: JsonPropertyName("slug"), Description("Identifiant de l'axe, valeur du paramètre axe.")] string Slug,
    [property: JsonPropertyName("titre"), Description("Intitulé de l'axe.")] string Title);

[Description("Une intention « Je souhaite… », telle qu'une mesure ou un atelier la cite.")]
public sealed record ApiIntentionRef(
    [property: JsonPropertyName("slug"), Description("Identifiant de l'intention, valeur du paramètre intention.")] string Slug,
    [property: JsonPropertyName("titre"), Description("La phrase « Je souhaite… ».")] string Title);

[Description("Une mesure dans une liste.")]
public sealed record ApiMeasureSummary
{
    [JsonPropertyName("slug"), Description("Identifiant stable de la mesure.")]
    public required string Slug { get; init; }

    [JsonPropertyName("titre"), Description("Intitulé de la mesure.")]
    public required string Title { get; init; }

    [JsonPropertyName("resume"), Description("Résumé en une ou deux phrases.")]
    public required string? Summary { get; init; }

    [JsonPropertyName("axe"), Description("L'axe de la stratégie de la mesure.")]
    public required ApiAxisRef? Axis { get; init; }

    [JsonPropertyName("intentions"), Description("Les intentions auxquelles la mesure répond.")]
    public required IReadOnlyList<ApiIntentionRef> Intentions { get; init; }

    [JsonPropertyName("publics"), Description("À qui s'adresse la mesure.")]
    public required IReadOnlyList<string> Publics { get; init; }

    [JsonPropertyName("porteurs"), Description("Qui porte ou finance la mesure.")]
    public required IReadOnlyList<string> Porteurs { get; init; }

    [JsonPropertyName("financement"), Description("Ce que finance l'État, en une ligne, comme la source le dit.")]
    public required string? Funding { get; init; }

    [JsonPropertyName("montantEuros"), Description("Le montant en euros, quand la source en donne un seul.")]
    public required decimal? FundingAmount { get; init; }

    [JsonPropertyName("url"), Description("Adresse de la page de la mesure sur le portail.")]
    public required string Url { get; init; }

    [JsonPropertyName("misAJour"), Description("Date et heure (UTC) de la dernière modification.")]
    public required DateTime UpdatedAt { get; init; }

    [JsonPropertyName("aide"), Description("La fiche d'aide : qui peut la demander, le type d'aide, l'unité et la période du financement, la date limite, le territoire ; chaque information que les sources ne donnent pas est null.")]
    public required ApiAidRecord Aid { get; init; }
}

[Description("La fiche d'aide d'une mesure : ce que les sources disent de qui peut la demander, du type d'aide, de son financement, de son calendrier et de son territoire. Une information qu'elles ne donnent pas est null, sans texte de remplacement.")]
public sealed record ApiAidRecord
{
    [JsonPropertyName("demandeurs"), Description("Qui peut la demander (« Commune », « CCAS ou CIAS », « EPCI »…), comme les sources le disent ; null quand elles ne le disent pas.")]
    public required IReadOnlyList<string>? Applicants { get; init; }

    [JsonPropertyName("type"), Description("Le type d'aide, un code stable : structure-a-demultiplier, dispositif-vers-lequel-orienter ou aide-financiere ; null quand les sources ne le disent pas.")]
    public required string? HelpKind { get; init; }

    [JsonPropertyName("uniteFinancement"), Description("Ce en quoi se compte le montant (montantEuros de la mesure) : « par repas servi », « par structure et par an » ; null quand la source ne le dit pas.")]
    public required string? FundingUnit { get; init; }

    [JsonPropertyName("periodeFinancement"), Description("Pour combien de temps, ou pour quand, la source dit que le financement est versé : « pendant 3 ans », « en 2023 » ; null sinon.")]
    public required string? FundingPeriod { get; init; }

    [JsonPropertyName("dateLimite"), Description("Le dernier jour pour la demander (AAAA-MM-JJ), quand une source le donne ; null sinon.")]
    public required DateOnly? ApplicationDeadline { get; init; }

    [JsonPropertyName("permanent"), Description("true quand une source dit qu'on peut la demander à tout moment ; null sinon (jamais false : cela non plus, aucune source ne le dit).")]
    public required bool? IsPermanent { get; init; }

    [JsonPropertyName("territoire"), Description("Où elle s'applique, comme la source le dit : « Quartiers de la politique de la ville » ; null sinon.")]
    public required string? Territory { get; init; }
}

[Description("Un contact, comme la source l'imprime.")]
public sealed record ApiContact
{
    [JsonPropertyName("nom"), Description("Nom de la personne ou du service.")]
    public required string Name { get; init; }

    [JsonPropertyName("role"), Description("Fonction.")]
    public required string? Role { get; init; }

    [JsonPropertyName("telephone"), Description("Téléphone, comme la source l'écrit.")]
    public required string? Phone { get; init; }

    [JsonPropertyName("mobile"), Description("Téléphone mobile.")]
    public required string? Mobile { get; init; }

    [JsonPropertyName("courriel"), Description("Adresse électronique.")]
    public required string? Email { get; init; }

    [JsonPropertyName("url"), Description("Site internet.")]
    public required string? Url { get; init; }

    [JsonPropertyName("note"), Description("Précision de la source.")]
    public required string? Note { get; init; }

    [JsonPropertyName("service"), Description("Le service départemental que ce contact désigne quand la source renvoie à celui du lecteur (« de votre département ») : « DDETS », « CAF », « DSDEN »… ; null sinon.")]
    public required string? Service { get; init; }
}

[Description("Un lien utile ; url est vide quand la source ne donne pas l'adresse.")]
public sealed record ApiLink(
    [property: JsonPropertyName("titre"), Description("Titre du lien.")] string Title,
    [property: JsonPropertyName("url"), Description("Adresse.")] string? Url);

[Description("Un atelier ou une table-ronde où la mesure a été présentée.")]
public sealed record ApiWorkshopRef
{
    [JsonPropertyName("slug"), Description("Identifiant de la séance.")]
    public required string Slug { get; init; }

    [JsonPropertyName("type"), Description("atelier, table-ronde ou atelier-partenaire.")]
    public required string Kind { get; init; }

    [JsonPropertyName("numero"), Description("Numéro dans le guide (« 1 », « IV »).")]
    public required string? Number { get; init; }

    [JsonPropertyName("titre"), Description("Intitulé de la séance.")]
    public required string Title { get; init; }

    [JsonPropertyName("lieu"), Description("Le lieu comme l'écrit le guide.")]
    public required string Place { get; init; }

    [JsonPropertyName("url"), Description("Adresse de la page de la séance sur le portail.")]
    public required string Url { get; init; }
}

[Description("Un document d'où viennent les informations.")]
public sealed record ApiSource(
    [property: JsonPropertyName("document"), Description("Titre du document.")] string Document,
    [property: JsonPropertyName("emplacement"), Description("Où le lire dans le document (page, section).")] string? Location);

[Description("Une mesure, avec tout ce qu'il faut pour s'en saisir.")]
public sealed record ApiMeasure
{
    [JsonPropertyName("slug"), Description("Identifiant stable de la mesure.")]
    public required string Slug { get; init; }

    [JsonPropertyName("titre"), Description("Intitulé de la mesure.")]
    public required string Title { get; init; }

    [JsonPropertyName("resume"), Description("Résumé en une ou deux phrases.")]
    public required string? Summary { get; init; }

    [JsonPropertyName("description"), Description("Présentation de la mesure, en Markdown.")]
    public required string Body { get; init; }

    [JsonPropertyName("axe"), Description("L'axe de la stratégie de la mesure.")]
    public required ApiAxisRef? Axis { get; init; }

    [JsonPropertyName("intentions"), Description("Les intentions auxquelles la mesure répond.")]
    public required IReadOnlyList<ApiIntentionRef> Intentions { get; init; }

    [JsonPropertyName("publics"), Description("À qui s'adresse la mesure.")]
    public required IReadOnlyList<string> Publics { get; init; }

    [JsonPropertyName("porteurs"), Description("Qui porte ou finance la mesure.")]
    public required IReadOnlyList<string> Porteurs { get; init; }

    [JsonPropertyName("financement"), Description("Ce que finance l'État, en une ligne, comme la source le dit.")]
    public required string? Funding { get; init; }

    [JsonPropertyName("montantEuros"), Description("Le montant en euros, quand la source en donne un seul.")]
    public required decimal? FundingAmount { get; init; }

    [JsonPropertyName("financementDetails"), Description("Le détail du financement, en Markdown.")]
    public required string? FundingDetails { get; init; }

    [JsonPropertyName("commentFaire"), Description("Comment faire pour en bénéficier, en Markdown.")]
    public required string? HowToApply { get; init; }

    [JsonPropertyName("contacts"), Description("Qui appeler ou à qui écrire.")]
    public required IReadOnlyList<ApiContact> Contacts { get; init; }

    [JsonPropertyName("liens"), Description("Liens utiles.")]
    public required IReadOnlyList<ApiLink> Links { get; init; }

    [JsonPropertyName("ateliers"), Description("Les ateliers où une commune l'a fait.")]
    public required IReadOnlyList<ApiWorkshopRef> Workshops { get; init; }

    [JsonPropertyName("noteDeLaRedaction"), Description("Note de la rédaction, quand les sources se contredisent ou sont incomplètes.")]
    public required string? EditorNote { get; init; }

    [JsonPropertyName("sources"), Description("Les documents d'où viennent les informations.")]
    public required IReadOnlyList<ApiSource> Sources { get; init; }

    [JsonPropertyName("url"), Description("Adresse de la page de la mesure sur le portail.")]
    public required string Url { get; init; }

    [JsonPropertyName("misAJour"), Description("Date et heure (UTC) de la dernière modification.")]
    public required DateTime UpdatedAt { get; init; }

    [JsonPropertyName("aide"), Description("La fiche d'aide : qui peut la demander, le type d'aide, l'unité et la période du financement, la date limite, le territoire ; chaque information que les sources ne donnent pas est null.")]
    public required ApiAidRecord Aid { get; init; }
}

[Description("Un animateur, un intervenant ou un participant d'une séance.")]
public sealed record ApiSpeaker(
    [property: JsonPropertyName("nom"), Description("Nom.")] string Name,
    [property: JsonPropertyName("role"), Description("Fonction, comme le guide la donne.")] string? Role,
    [property: JsonPropertyName("type"), Description("animateur, intervenant ou participant.")] string Kind);

[Description("Un département d'Occitanie.")]
public sealed record ApiDepartement(
    [property: JsonPropertyName("code"), Description("Code INSEE (« 11 », « 09 »), valeur du paramètre departement.")] string Code,
    [property: JsonPropertyName("nom"), Description("Nom du département.")] string Name);

[Description("Un atelier, une table-ronde ou un atelier partenaire du guide de la conférence régionale des élus.")]
public sealed record ApiWorkshop
{
    [JsonPropertyName("slug"), Description("Identifiant stable de la séance.")]
    public required string Slug { get; init; }

    [JsonPropertyName("type"), Description("atelier, table-ronde ou atelier-partenaire.")]
    public required string Kind { get; init; }

    [JsonPropertyName("numero"), Description("Numéro dans le guide (« 1 », « IV ») ; absent quand le guide n'en donne pas.")]
    public required string? Number { get; init; }

    [JsonPropertyName("titre"), Description("Intitulé de la séance.")]
    public required string Title { get; init; }

    [JsonPropertyName("intention"), Description("L'intention à laquelle la séance répond.")]
    public required ApiIntentionRef? Intention { get; init; }

    [JsonPropertyName("lieu"), Description("Le lieu comme l'écrit le guide.")]
    public required string Place { get; init; }

    [JsonPropertyName("commune"), Description("La commune où l'action a été menée ; absente pour une séance régionale.")]
    public required string? Commune { get; init; }

    [JsonPropertyName("departement"), Description("Le département de cette commune.")]
    public required ApiDepartement? Departement { get; init; }

    [JsonPropertyName("intervenants"), Description("Animateurs, intervenants et participants, dans l'ordre du guide.")]
    public required IReadOnlyList<ApiSpeaker> Speakers { get; init; }

    [JsonPropertyName("mesures"), Description("Identifiants (slug) des mesures présentées.")]
    public required IReadOnlyList<string> Measures { get; init; }

    [JsonPropertyName("url"), Description("Adresse de la page de la séance sur le portail.")]
    public required string Url { get; init; }

    [JsonPropertyName("misAJour"), Description("Date et heure (UTC) de la dernière modification.")]
    public required DateTime UpdatedAt { get; init; }
}

[Description("Un communiqué de presse.")]
public sealed record ApiPressRelease
{
    [JsonPropertyName("slug"), Description("Identifiant stable du communiqué.")]
    public required string Slug { get; init; }

    [JsonPropertyName("date"), Description("Date du communiqué (AAAA-MM-JJ).")]
    public required DateOnly Date { get; init; }

    [JsonPropertyName("lieu"), Description("Lieu d'où il est daté.")]
    public required string Place { get; init; }

    [JsonPropertyName("emetteur"), Description("Qui l'émet.")]
    public required string Emitter { get; init; }

    [JsonPropertyName("titre"), Description("Titre.")]
    public required string Title { get; init; }

    [JsonPropertyName("chapo"), Description("Chapô, paragraphe d'introduction.")]
    public required string? Lead { get; init; }

    [JsonPropertyName("texte"), Description("Texte intégral, en Markdown.")]
    public required string Body { get; init; }

    [JsonPropertyName("url"), Description("Adresse de la page du communiqué sur le portail.")]
    public required string Url { get; init; }

    [JsonPropertyName("misAJour"), Description("Date et heure (UTC) de la dernière modification.")]
    public required DateTime UpdatedAt { get; init; }
}

[Description("Un des six axes de la stratégie.")]
public sealed record ApiAxis
{
    [JsonPropertyName("numero"), Description("Numéro de l'axe, de 1 à 6.")]
    public required int Number { get; init; }

    [JsonPropertyName("slug"), Description("Identifiant de l'axe, valeur du paramètre axe de /api/mesures.")]
    public required string Slug { get; init; }

    [JsonPropertyName("titre"), Description("Intitulé de l'axe.")]
    public required string Title { get; init; }

    [JsonPropertyName("resume"), Description("Résumé.")]
    public required string? Summary { get; init; }

    [JsonPropertyName("nombreDeMesures"), Description("Nombre de mesures publiées de l'axe.")]
    public required int MeasureCount { get; init; }

    [JsonPropertyName("url"), Description("Adresse de la page de l'axe sur le portail.")]
    public required string Url { get; init; }
}

[Description("Une intention « Je souhaite… » d'un élu.")]
public sealed record ApiIntention
{
    [JsonPropertyName("ordre"), Description("Ordre dans le guide.")]
    public required int Order { get; init; }

    [JsonPropertyName("slug"), Description("Identifiant de l'intention, valeur du paramètre intention de /api/mesures.")]
    public required string Slug { get; init; }

    [JsonPropertyName("titre"), Description("La phrase « Je souhaite… ».")]
    public required string Title { get; init; }

    [JsonPropertyName("resume"), Description("Introduction.")]
    public required string? Summary { get; init; }

    [JsonPropertyName("nombreDeMesures"), Description("Nombre de mesures publiées qui y répondent.")]
    public required int MeasureCount { get; init; }

    [JsonPropertyName("url"), Description("Adresse de la page de l'intention sur le portail.")]
    public required string Url { get; init; }
}

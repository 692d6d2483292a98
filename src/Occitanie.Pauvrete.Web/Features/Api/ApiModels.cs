using System.ComponentModel;

namespace Occitanie.Pauvrete.Web.Features.Api;

// The API's field names are French, like its URLs, its parameters and the open data's columns:
// they are its public contract with French re-users. Written in camelCase by the JSON serializer.

[Description("Une page de résultats.")]
public sealed record ApiPage<T>(
    [property: Description("Nombre total de résultats, toutes pages confondues.")] int Total,
    [property: Description("Numéro de cette page, à partir de 1.")] int Page,
    [property: Description("Nombre de résultats par page demandé.")] int Taille,
    [property: Description("Les résultats de cette page.")] IReadOnlyList<T> Items);

[Description("Un axe de la stratégie, tel qu'une mesure le cite.")]
public sealed record ApiAxisRef(
    [property: Description("Numéro de l'axe, de 1 à 6.")] int Numero,
    [property: Description("Identifiant de l'axe, valeur du paramètre axe.")] string Slug,
    [property: Description("Intitulé de l'axe.")] string Titre);

[Description("Une intention « Je souhaite… », telle qu'une mesure ou un atelier la cite.")]
public sealed record ApiIntentionRef(
    [property: Description("Identifiant de l'intention, valeur du paramètre intention.")] string Slug,
    [property: Description("La phrase « Je souhaite… ».")] string Titre);

[Description("Une mesure dans une liste.")]
public sealed record ApiMeasureSummary(
    [property: Description("Identifiant stable de la mesure.")] string Slug,
    [property: Description("Intitulé de la mesure.")] string Titre,
    [property: Description("Résumé en une ou deux phrases.")] string? Resume,
    [property: Description("L'axe de la stratégie de la mesure.")] ApiAxisRef? Axe,
    [property: Description("Les intentions auxquelles la mesure répond.")] IReadOnlyList<ApiIntentionRef> Intentions,
    [property: Description("À qui s'adresse la mesure.")] IReadOnlyList<string> Publics,
    [property: Description("Qui porte ou finance la mesure.")] IReadOnlyList<string> Porteurs,
    [property: Description("Ce que finance l'État, en une ligne, comme la source le dit.")] string? Financement,
    [property: Description("Le montant en euros, quand la source en donne un seul.")] decimal? MontantEuros,
    [property: Description("Adresse de la page de la mesure sur le portail.")] string Url,
    [property: Description("Date et heure (UTC) de la dernière modification.")] DateTime MisAJour);

[Description("Un contact, comme la source l'imprime.")]
public sealed record ApiContact(
    [property: Description("Nom de la personne ou du service.")] string Nom,
    [property: Description("Fonction.")] string? Role,
    [property: Description("Téléphone, comme la source l'écrit.")] string? Telephone,
    [property: Description("Téléphone mobile.")] string? Mobile,
    [property: Description("Adresse électronique.")] string? Courriel,
    [property: Description("Site internet.")] string? Url,
    [property: Description("Précision de la source.")] string? Note);

[Description("Un lien utile ; url est vide quand la source ne donne pas l'adresse.")]
public sealed record ApiLink(
    [property: Description("Titre du lien.")] string Titre,
    [property: Description("Adresse.")] string? Url);

[Description("Un atelier ou une table-ronde où la mesure a été présentée.")]
public sealed record ApiWorkshopRef(
    [property: Description("Identifiant de la séance.")] string Slug,
    [property: Description("atelier, table-ronde ou atelier-partenaire.")] string Type,
    [property: Description("Numéro dans le guide (« 1 », « IV »).")] string? Numero,
    [property: Description("Intitulé de la séance.")] string Titre,
    [property: Description("Le lieu comme l'écrit le guide.")] string Lieu,
    [property: Description("Adresse de la page de la séance sur le portail.")] string Url);

[Description("Un document d'où viennent les informations.")]
public sealed record ApiSource(
    [property: Description("Titre du document.")] string Document,
    [property: Description("Où le lire dans le document (page, section).")] string? Emplacement);

[Description("Une mesure, avec tout ce qu'il faut pour s'en saisir.")]
public sealed record ApiMeasure(
    [property: Description("Identifiant stable de la mesure.")] string Slug,
    [property: Description("Intitulé de la mesure.")] string Titre,
    [property: Description("Résumé en une ou deux phrases.")] string? Resume,
    [property: Description("Présentation de la mesure, en Markdown.")] string Description,
    [property: Description("L'axe de la stratégie de la mesure.")] ApiAxisRef? Axe,
    [property: Description("Les intentions auxquelles la mesure répond.")] IReadOnlyList<ApiIntentionRef> Intentions,
    [property: Description("À qui s'adresse la mesure.")] IReadOnlyList<string> Publics,
    [property: Description("Qui porte ou finance la mesure.")] IReadOnlyList<string> Porteurs,
    [property: Description("Ce que finance l'État, en une ligne, comme la source le dit.")] string? Financement,
    [property: Description("Le montant en euros, quand la source en donne un seul.")] decimal? MontantEuros,
    [property: Description("Le détail du financement, en Markdown.")] string? FinancementDetails,
    [property: Description("Comment faire pour en bénéficier, en Markdown.")] string? CommentFaire,
    [property: Description("Qui appeler ou à qui écrire.")] IReadOnlyList<ApiContact> Contacts,
    [property: Description("Liens utiles.")] IReadOnlyList<ApiLink> Liens,
    [property: Description("Les ateliers où une commune l'a fait.")] IReadOnlyList<ApiWorkshopRef> Ateliers,
    [property: Description("Note de la rédaction, quand les sources se contredisent ou sont incomplètes.")] string? NoteDeLaRedaction,
    [property: Description("Les documents d'où viennent les informations.")] IReadOnlyList<ApiSource> Sources,
    [property: Description("Adresse de la page de la mesure sur le portail.")] string Url,
    [property: Description("Date et heure (UTC) de la dernière modification.")] DateTime MisAJour);

[Description("Un animateur, un intervenant ou un participant d'une séance.")]
public sealed record ApiSpeaker(
    [property: Description("Nom.")] string Nom,
    [property: Description("Fonction, comme le guide la donne.")] string? Role,
    [property: Description("animateur, intervenant ou participant.")] string Type);

[Description("Un département d'Occitanie.")]
public sealed record ApiDepartement(
    [property: Description("Code INSEE (« 11 », « 09 »), valeur du paramètre departement.")] string Code,
    [property: Description("Nom du département.")] string Nom);

[Description("Un atelier, une table-ronde ou un atelier partenaire du guide de la conférence régionale des élus.")]
public sealed record ApiWorkshop(
    [property: Description("Identifiant stable de la séance.")] string Slug,
    [property: Description("atelier, table-ronde ou atelier-partenaire.")] string Type,
    [property: Description("Numéro dans le guide (« 1 », « IV ») ; absent quand le guide n'en donne pas.")] string? Numero,
    [property: Description("Intitulé de la séance.")] string Titre,
    [property: Description("L'intention à laquelle la séance répond.")] ApiIntentionRef? Intention,
    [property: Description("Le lieu comme l'écrit le guide.")] string Lieu,
    [property: Description("La commune où l'action a été menée ; absente pour une séance régionale.")] string? Commune,
    [property: Description("Le département de cette commune.")] ApiDepartement? Departement,
    [property: Description("Animateurs, intervenants et participants, dans l'ordre du guide.")] IReadOnlyList<ApiSpeaker> Intervenants,
    [property: Description("Identifiants (slug) des mesures présentées.")] IReadOnlyList<string> Mesures,
    [property: Description("Adresse de la page de la séance sur le portail.")] string Url,
    [property: Description("Date et heure (UTC) de la dernière modification.")] DateTime MisAJour);

[Description("Un communiqué de presse.")]
public sealed record ApiPressRelease(
    [property: Description("Identifiant stable du communiqué.")] string Slug,
    [property: Description("Date du communiqué (AAAA-MM-JJ).")] DateOnly Date,
    [property: Description("Lieu d'où il est daté.")] string Lieu,
    [property: Description("Qui l'émet.")] string Emetteur,
    [property: Description("Titre.")] string Titre,
    [property: Description("Chapô, paragraphe d'introduction.")] string? Chapo,
    [property: Description("Texte intégral, en Markdown.")] string Texte,
    [property: Description("Adresse de la page du communiqué sur le portail.")] string Url,
    [property: Description("Date et heure (UTC) de la dernière modification.")] DateTime MisAJour);

[Description("Un des six axes de la stratégie.")]
public sealed record ApiAxis(
    [property: Description("Numéro de l'axe, de 1 à 6.")] int Numero,
    [property: Description("Identifiant de l'axe, valeur du paramètre axe de /api/mesures.")] string Slug,
    [property: Description("Intitulé de l'axe.")] string Titre,
    [property: Description("Résumé.")] string? Resume,
    [property: Description("Nombre de mesures publiées de l'axe.")] int NombreDeMesures,
    [property: Description("Adresse de la page de l'axe sur le portail.")] string Url);

[Description("Une intention « Je souhaite… » d'un élu.")]
public sealed record ApiIntention(
    [property: Description("Ordre dans le guide.")] int Ordre,
    [property: Description("Identifiant de l'intention, valeur du paramètre intention de /api/mesures.")] string Slug,
    [property: Description("La phrase « Je souhaite… ».")] string Titre,
    [property: Description("Introduction.")] string? Resume,
    [property: Description("Nombre de mesures publiées qui y répondent.")] int NombreDeMesures,
    [property: Description("Adresse de la page de l'intention sur le portail.")] string Url);

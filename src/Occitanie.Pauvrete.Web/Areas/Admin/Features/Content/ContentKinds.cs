using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Features.Governance;
using Occitanie.Pauvrete.Web.Features.Pages;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>
/// A kind of content staff edit (« mesures », « ateliers »…): its address in the admin, its French
/// names, where its public page is, and the fields of its form. One generic editor serves every
/// kind from this description, so a field added here is listed, edited, validated, diffed and
/// restored without another view. Built with named arguments: three of its texts sit side by side.
/// </summary>
public sealed record ContentKind(
    string Slug,
    Type EntityType,
    string Singular,
    string Plural,
    bool Feminine,
    string TitleProperty,
    Func<EditableEntity, string?> PublicPathOf,
    IReadOnlyList<EditorField> Fields)
{
    /// <summary>What names an item in lists and messages: its title, label or name (<see cref="TitleProperty"/>).</summary>
    public string TitleOf(EditableEntity item) => (string)EntityType.GetProperty(TitleProperty)!.GetValue(item)!;

    public string ListPath => $"/admin/{Slug}";

    public string NewPath => $"/admin/{Slug}/nouveau";

    public string EditPath(Guid id) => $"/admin/{Slug}/{id}";

    public string HistoryPath(Guid id) => $"/admin/{Slug}/{id}/historique";

    public string PluralCapitalized => Text.Capitalize(Plural);

    public string SingularCapitalized => Text.Capitalize(Singular);

    /// <summary>"Nouvelle mesure", "Nouvel atelier", "Nouveau communiqué".</summary>
    public string NewLabel => Feminine ? $"Nouvelle {Singular}" : "aeiouéèh".Contains(Singular[0], StringComparison.Ordinal) ? $"Nouvel {Singular}" : $"Nouveau {Singular}";

    /// <summary>"la mesure", "l'atelier", "le communiqué".</summary>
    public string WithArticle => "aeiouéèh".Contains(Singular[0], StringComparison.Ordinal) ? $"l'{Singular}" : Feminine ? $"la {Singular}" : $"le {Singular}";

    /// <summary>"créé" → "créée" for a feminine kind.</summary>
    public string Agree(string masculine) => Feminine ? masculine + "e" : masculine;

    /// <summary>"La mesure « Cantine à 1 € »".</summary>
    public string Naming(EditableEntity item) => $"{Text.Capitalize(WithArticle)} « {TitleOf(item)} »";

    /// <summary>The form's field for <paramref name="property"/>, among the kind's own fields (a row's columns are not searched).</summary>
    public EditorField? FieldOf(string property) => Fields.FirstOrDefault(f => f.Property == property);
}

public static class ContentKinds
{
    private static readonly EditorField[] _sources =
    [
        EditorField.Rows(nameof(ContentItem.Sources), "Sources", "Le document d'où vient chaque information, et la page ou la section. Un document manque à la liste ? Ajoutez-le dans « Documents sources ».",
            EditorField.SourceDocument(nameof(SourceReference.Document), "Document"),
            EditorField.Text(nameof(SourceReference.Location), "Page ou section")).In(FormSection.Sources).Repeating("Source", "Ajouter une source"),
    ];

    /// <summary>What every content item has: address, title, summary, body, editors' note and sources; <paramref name="specific"/> in the « Détails » unless they say otherwise.</summary>
    private static EditorField[] ItemFields(params EditorField[] specific) =>
    [
        EditorField.Text(nameof(ContentItem.Title), "Titre", required: true).In(FormSection.Identity),
        EditorField.Slug(),
        .. specific,
        EditorField.TextArea(nameof(ContentItem.Summary), "Résumé", "Une ou deux phrases ; elles servent aussi de description pour les moteurs de recherche.").In(FormSection.Identity),
        EditorField.Markdown(nameof(ContentItem.Body), "Texte"),
        EditorField.TextArea(nameof(ContentItem.EditorNote), "Note de la rédaction", "Affichée sur la page publique quand les sources se contredisent ou sont incomplètes."),
        .. _sources,
    ];

    private static readonly EditorField[] _contactColumns =
    [
        EditorField.Text(nameof(Contact.Name), "Nom ou service", required: true),
        EditorField.Text(nameof(Contact.Role), "Fonction"),
        EditorField.Text(nameof(Contact.Phone), "Téléphone"),
        EditorField.Text(nameof(Contact.Mobile), "Portable"),
        EditorField.Email(nameof(Contact.Email), "Adresse électronique"),
        EditorField.WebAddress(nameof(Contact.Url), "Site web"),
        EditorField.Text(nameof(Contact.Note), "Précision"),
        EditorField.Term(nameof(Contact.Service), "Service départemental", VocabularyList.Services,
            hint: "Seulement si ce contact est « le service de votre département » (DDETS, CAF…) : la page propose alors le contact du département choisi par le lecteur."),
    ];

    /// <summary>Only governance and the footer's pages have an address (each its own route); another page is shown nowhere.</summary>
    private static string? PagePath(EditableEntity page) =>
        page.Key == GovernanceQuery.GovernanceSlug || PagesQuery.FooterPages.Contains(page.Key) ? $"/{page.Key}" : null;

    public static IReadOnlyList<ContentKind> All { get; } =
    [
        new(Slug: "mesures", EntityType: typeof(Measure), Singular: "mesure", Plural: "mesures", Feminine: true,
            TitleProperty: nameof(ContentItem.Title), PublicPathOf: m => PublicPaths.Measure(m.Key), Fields: ItemFields([
            EditorField.Reference(nameof(Measure.AxisId), "Axe", typeof(Axis), required: true).In(FormSection.Identity),
            EditorField.References(nameof(Measure.Intentions), "Intentions « Je souhaite… »", typeof(Intention)),
            EditorField.Terms(nameof(Measure.Publics), "Publics", VocabularyList.Publics, "Pour qui est la mesure."),
            EditorField.Terms(nameof(Measure.Porteurs), "Porteurs", VocabularyList.Porteurs, "Qui la porte ou la finance."),
            .. EditorField.In(FormSection.Essentials, [
                .. EditorField.Grouped("Ce que finance l'État",
                    EditorField.Text(nameof(Measure.Funding), "Financement, en une ligne",
                        hint: "Tel que la source le dit, par exemple « 3 € par repas servi ». Si la ligne cite un montant, c'est celui du champ « Montant en euros »."),
                    EditorField.DecimalNumber(nameof(Measure.FundingAmount), "Montant en euros",
                        "Seulement quand la source donne un montant unique : c'est l'endroit où l'écrire, le site l'affiche partout à partir d'ici."),
                    EditorField.Text(nameof(Measure.FundingUnit), "Ce que compte le montant", hint: "Par exemple « par repas servi » ou « par structure et par an »."),
                    EditorField.Text(nameof(Measure.FundingPeriod), "Durée du financement", hint: "Telle que la source la donne, par exemple « pendant 3 ans »."),
                    EditorField.Markdown(nameof(Measure.FundingDetails), "Détail du financement")),
                .. EditorField.Grouped("Règle de calcul : « Combien pour ma commune ? »",
                    EditorField.Choice(nameof(Measure.FundingRule), "Règle de calcul", typeof(FundingRuleKind),
                        "Seulement quand une source donne le financement comme une règle (par repas, par structure et par an, une part des dépenses) : la page propose alors une estimation.", required: false),
                    EditorField.Text(nameof(Measure.FundingRuleQuantity), "Ce que compte la commune", hint: "La question du formulaire d'estimation, par exemple « Repas servis par an dans la tranche inférieure à un euro »."),
                    EditorField.DecimalNumber(nameof(Measure.FundingRuleShare), "Part des dépenses, en %", "Pour une règle « part des dépenses » : 80 pour « 80 % des dépenses »."),
                    EditorField.WholeNumber(nameof(Measure.FundingRuleYears), "Nombre d'années au plus"),
                    EditorField.DecimalNumber(nameof(Measure.FundingRuleCap), "Plafond en euros", "Seulement si la source en donne un."),
                    EditorField.TextArea(nameof(Measure.FundingRuleConditions), "Conditions", "Telles que la source les donne ; l'estimation les rappelle.")),
                EditorField.Terms(nameof(Measure.Applicants), "Qui peut la demander", VocabularyList.Applicants,
                    "Les structures qui font la demande (commune, CCAS, EPCI, association…) : ni le public aidé, ni ceux qui la portent."),
                EditorField.Date(nameof(Measure.ApplicationDeadline), "Date limite pour la demander", hint: "Seulement si la source en donne une."),
                EditorField.Checkbox(nameof(Measure.IsPermanent), "Demande possible à tout moment", "À cocher quand la source dit qu'il n'y a pas d'appel à projets ni de date à attendre."),
                EditorField.Markdown(nameof(Measure.HowToApply), "Comment en bénéficier")]),
            EditorField.Choice(nameof(Measure.HelpKind), "Nature de l'aide", typeof(HelpKind), required: false),
            EditorField.Text(nameof(Measure.Territory), "Territoire concerné", hint: "Tel que la source le dit, par exemple « quartiers prioritaires de la politique de la ville »."),
            EditorField.Rows(nameof(Measure.Contacts), "Contacts", null, _contactColumns).In(FormSection.Contacts).Repeating("Contact", "Ajouter un contact"),
            EditorField.Rows(nameof(Measure.Links), "Liens", "Le titre tel que la source l'écrit ; l'adresse seulement si la source la donne.",
                EditorField.Text(nameof(Link.Title), "Titre du lien", required: true),
                EditorField.WebAddress(nameof(Link.Url), "Adresse")).In(FormSection.Links).Repeating("Lien", "Ajouter un lien")])),
        new(Slug: "intentions", EntityType: typeof(Intention), Singular: "intention", Plural: "intentions", Feminine: true,
            TitleProperty: nameof(ContentItem.Title), PublicPathOf: i => PublicPaths.Intention(i.Key), Fields: ItemFields(
            EditorField.WholeNumber(nameof(Intention.Order), "Ordre d'affichage", required: true),
            EditorField.Lines(nameof(Intention.Aliases), "Autres formulations", "Une par ligne ; la recherche les trouve aussi."))),
        new(Slug: "axes", EntityType: typeof(Axis), Singular: "axe", Plural: "axes", Feminine: false,
            TitleProperty: nameof(ContentItem.Title), PublicPathOf: a => PublicPaths.Axis(a.Key), Fields: ItemFields(
            EditorField.WholeNumber(nameof(Axis.Number), "Numéro de l'axe", required: true))),
        new(Slug: "ateliers", EntityType: typeof(Workshop), Singular: "atelier", Plural: "ateliers", Feminine: false,
            TitleProperty: nameof(ContentItem.Title), PublicPathOf: w => PublicPaths.Workshop(w.Key), Fields: ItemFields([
            .. EditorField.In(FormSection.Essentials,
                EditorField.Choice(nameof(Workshop.Kind), "Type", typeof(WorkshopKind)),
                EditorField.Text(nameof(Workshop.Number), "Numéro dans le guide", hint: "« 1 » à « 18 » pour les ateliers, « I » à « IV » pour les tables-rondes."),
                EditorField.WholeNumber(nameof(Workshop.Order), "Position dans le guide", required: true),
                EditorField.Reference(nameof(Workshop.IntentionId), "Intention « Je souhaite… »", typeof(Intention), required: true),
                EditorField.Text(nameof(Workshop.Place), "Lieu tel que le guide l'écrit", required: true),
                EditorField.Text(nameof(Workshop.Commune), "Commune"),
                EditorField.Reference(nameof(Workshop.DepartementId), "Département", typeof(Departement))),
            EditorField.Reference(nameof(Workshop.ConferenceId), "Conférence", typeof(Conference)),
            EditorField.References(nameof(Workshop.Measures), "Mesures présentées", typeof(Measure)),
            EditorField.Rows(nameof(Workshop.Speakers), "Intervenants", null,
                EditorField.Text(nameof(Speaker.Name), "Nom", required: true),
                EditorField.Text(nameof(Speaker.Role), "Fonction"),
                EditorField.Choice(nameof(Speaker.Kind), "Rôle dans l'atelier", typeof(SpeakerKind))).In(FormSection.Contacts).Repeating("Intervenant", "Ajouter un intervenant"),
            EditorField.Markdown(nameof(Workshop.FurtherReading), "Pour aller plus loin")])),
        new(Slug: "conferences", EntityType: typeof(Conference), Singular: "conférence", Plural: "conférences", Feminine: true,
            TitleProperty: nameof(ContentItem.Title), PublicPathOf: c => PublicPaths.Conference(c.Key), Fields: ItemFields([
            .. EditorField.In(FormSection.Essentials,
                EditorField.Date(nameof(Conference.Date), "Date (ou début)", required: true),
                EditorField.Date(nameof(Conference.EndDate), "Date de fin"),
                EditorField.Choice(nameof(Conference.DatePrecision), "Précision de la date", typeof(DatePrecision), "Un mois ou une année seulement : saisissez le 1er du mois ou le 1er janvier."),
                EditorField.Text(nameof(Conference.Place), "Lieu", required: true),
                EditorField.Text(nameof(Conference.Format), "Format")),
            EditorField.Rows(nameof(Conference.Programme), "Programme", null,
                EditorField.Text(nameof(ProgrammeLine.Time), "Heure", hint: "Telle qu'imprimée, par exemple « 14h05 »."),
                EditorField.Text(nameof(ProgrammeLine.Label), "Séquence", required: true),
                EditorField.Text(nameof(ProgrammeLine.Track), "Parcours parallèle")).Repeating("Séquence", "Ajouter une séquence")])),
        new(Slug: "communiques", EntityType: typeof(PressRelease), Singular: "communiqué", Plural: "communiqués", Feminine: false,
            TitleProperty: nameof(ContentItem.Title), PublicPathOf: p => PublicPaths.PressRelease(p.Key), Fields: ItemFields([
            .. EditorField.In(FormSection.Essentials,
                EditorField.Date(nameof(PressRelease.Date), "Date", required: true),
                EditorField.Text(nameof(PressRelease.Place), "Lieu", required: true),
                EditorField.Text(nameof(PressRelease.Emitter), "Émetteur", required: true),
                EditorField.TextArea(nameof(PressRelease.Lead), "Chapeau")),
            EditorField.Rows(nameof(PressRelease.PressContacts), "Contacts presse",
                "Choisissez-les dans la liste des contacts presse, dans l'ordre où le communiqué les donne. Un contact manque\u00A0? Ajoutez-le dans «\u00A0Contacts presse\u00A0»\u00A0; modifié là, il change dans tous les communiqués qui le citent.",
                EditorField.Record(nameof(PressContactReference.Contact), "Contact", typeof(PressContact))).In(FormSection.Contacts).Repeating("Contact", "Ajouter un contact")])),
        new(Slug: "groupes-de-travail", EntityType: typeof(WorkingGroup), Singular: "groupe de travail", Plural: "groupes de travail", Feminine: false,
            TitleProperty: nameof(ContentItem.Title), PublicPathOf: _ => PublicPaths.WorkingGroups, Fields: ItemFields(
            EditorField.WholeNumber(nameof(WorkingGroup.Order), "Ordre d'affichage", required: true))),
        new(Slug: "pages", EntityType: typeof(Page), Singular: "page", Plural: "pages", Feminine: true,
            TitleProperty: nameof(ContentItem.Title), PublicPathOf: PagePath, Fields: ItemFields()),
        new(Slug: "financements", EntityType: typeof(FundingLine), Singular: "ligne de financement", Plural: "lignes de financement", Feminine: true,
            TitleProperty: nameof(FundingLine.Label), PublicPathOf: _ => "/", Fields: [
            EditorField.Text(nameof(FundingLine.Label), "Libellé", required: true).In(FormSection.Identity),
            EditorField.Slug(),
            EditorField.WholeNumber(nameof(FundingLine.Year), "Année", required: true),
            EditorField.DecimalNumber(nameof(FundingLine.Amount), "Montant en euros", required: true),
            EditorField.WholeNumber(nameof(FundingLine.Order), "Ordre d'affichage", required: true),
            .. _sources]),
        new(Slug: "chiffres-cles", EntityType: typeof(KeyFigure), Singular: "chiffre clé", Plural: "chiffres clés", Feminine: false,
            TitleProperty: nameof(KeyFigure.Label), PublicPathOf: _ => "/", Fields: [
            EditorField.Text(nameof(KeyFigure.Label), "Libellé", required: true).In(FormSection.Identity),
            EditorField.Slug(),
            EditorField.DecimalNumber(nameof(KeyFigure.Value), "Valeur", required: true),
            EditorField.Text(nameof(KeyFigure.Unit), "Unité"),
            EditorField.WholeNumber(nameof(KeyFigure.Year), "Année"),
            EditorField.Reference(nameof(KeyFigure.AxisId), "Axe", typeof(Axis), hint: "Vide : un chiffre clé du portail entier."),
            EditorField.WholeNumber(nameof(KeyFigure.Order), "Ordre d'affichage", required: true),
            .. _sources]),
        new(Slug: "departements", EntityType: typeof(Departement), Singular: "département", Plural: "départements", Feminine: false,
            TitleProperty: nameof(Departement.Name), PublicPathOf: d => $"{PublicPaths.Measures}?departement={d.Key}", Fields: [
            EditorField.Text(nameof(Departement.Name), "Nom", required: true).In(FormSection.Identity),
            EditorField.Text(nameof(Departement.Code), "Code INSEE", required: true),
            EditorField.Slug()]),
        new(Slug: "sources", EntityType: typeof(SourceDocument), Singular: "document source", Plural: "documents sources", Feminine: false,
            TitleProperty: nameof(SourceDocument.Title), PublicPathOf: _ => null, Fields: [
            EditorField.Text(nameof(SourceDocument.Title), "Titre du document", required: true, hint: "Tel qu'il est imprimé, par exemple « Communiqué de presse du 24 mai 2024 »."),
            EditorField.Date(nameof(SourceDocument.Date), "Date du document"),
            EditorField.Text(nameof(SourceDocument.Emitter), "Émetteur", hint: "Qui l'a publié ou signé, par exemple « Préfecture de la région Occitanie »."),
            EditorField.Text(nameof(SourceDocument.FileName), "Référence du document", required: true,
                hint: "Un nom court et unique qui l'identifie, par exemple « note-ddets-2025-03 ». Les contenus le citent par cette référence : la changer les en détache.")]),
        new(Slug: "contacts-presse", EntityType: typeof(PressContact), Singular: "contact presse", Plural: "contacts presse", Feminine: false,
            TitleProperty: nameof(PressContact.Name), PublicPathOf: _ => PublicPaths.PressContacts, Fields: [
            EditorField.Text(nameof(PressContact.Name), "Nom de la personne ou du service", required: true).In(FormSection.Identity),
            EditorField.Slug("Une référence courte et unique, par exemple «\u00A0delphine-amilhau\u00A0»\u00A0; vide\u00A0: tirée du nom. Les communiqués citent le contact par elle\u00A0: la changer l'en détache.") with { Label = "Référence du contact" },
            EditorField.Text(nameof(PressContact.Role), "Fonction"),
            EditorField.Text(nameof(PressContact.Phone), "Téléphone"),
            EditorField.Text(nameof(PressContact.Mobile), "Portable"),
            EditorField.Email(nameof(PressContact.Email), "Adresse électronique"),
            EditorField.WebAddress(nameof(PressContact.Url), "Site web"),
            EditorField.Text(nameof(PressContact.Note), "Précision")]),
        new(Slug: "contacts-locaux", EntityType: typeof(LocalContact), Singular: "contact départemental", Plural: "contacts départementaux", Feminine: false,
            TitleProperty: nameof(LocalContact.Name), PublicPathOf: _ => null, Fields: [
            EditorField.Term(nameof(LocalContact.Service), "Service", VocabularyList.Services, required: true,
                hint: "Le service que la colonne « Service départemental » des contacts d'une mesure désigne."),
            EditorField.Reference(nameof(LocalContact.DepartementId), "Département", typeof(Departement), required: true),
            EditorField.Text(nameof(LocalContact.Name), "Nom du service ou de la personne", required: true).In(FormSection.Identity),
            EditorField.Slug("Le service et le code du département, par exemple « ddets-11 » ; vide : tirée du nom."),
            EditorField.Text(nameof(LocalContact.Role), "Fonction"),
            EditorField.Text(nameof(LocalContact.Phone), "Téléphone"),
            EditorField.Email(nameof(LocalContact.Email), "Adresse électronique"),
            EditorField.WebAddress(nameof(LocalContact.Url), "Site web"),
            EditorField.TextArea(nameof(LocalContact.Address), "Adresse postale"),
            EditorField.TextArea(nameof(LocalContact.Note), "Précision", "Horaires, conditions… tels que la source les donne."),
            .. _sources]),
    ];

    public static ContentKind? BySlug(string slug) => All.FirstOrDefault(k => k.Slug == slug);

    /// <summary>The kind of a revision's <see cref="Revision.EntityType"/> ("Measure"), if staff edit it.</summary>
    public static ContentKind? ByEntityName(string entityType) => All.FirstOrDefault(k => k.EntityType.Name == entityType);
}

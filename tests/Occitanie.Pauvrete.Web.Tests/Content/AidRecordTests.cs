using System.Text.RegularExpressions;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>
/// The aid record of a measure — who may apply, the kind of help, the funding's unit and period,
/// a deadline or « permanent », the territory, the departmental service a contact stands for — says
/// only what a cited source says: every value filled is in the reviewed table below with the source
/// words it rests on, and a value no source gives stays empty.
/// </summary>
public sealed partial class AidRecordTests
{
    private static readonly ContentSet _set = ContentReader.Read(Paths.Content).Set;

    /// <summary>
    /// Reviewed: each value of each measure, with the words of a cited source that give it for that
    /// measure (whitespace and markdown emphasis aside). Applicants are the kinds of body the source
    /// says may ask for it, benefit from it or sign it; the kind of help follows the lists of the
    /// release of 7 July 2021 and of the préfet's foreword first, then « the State pays »; a
    /// contact's service is a service « de votre département » (or « votre », « le plus proche de
    /// chez vous »). No source gives a deadline or says one may apply at any time: no row has one.
    /// </summary>
    public static TheoryData<string, string, string, string> Filled => new()
    {
        { "cantines-a-tarification-sociale", "applicants", "Commune", "La mesure est applicable pour les collectivités suivantes ayant la compétence de restauration scolaire : les communes éligibles à la fraction « péréquation » de la dotation de solidarité rurale" },
        { "cantines-a-tarification-sociale", "applicants", "Regroupement pédagogique intercommunal", "les regroupements pédagogiques intercommunaux et les établissements publics de coopération intercommunale (EPCI et syndicats intercommunaux) dont au moins les 2/3 de la population" },
        { "cantines-a-tarification-sociale", "applicants", "EPCI", "les regroupements pédagogiques intercommunaux et les établissements publics de coopération intercommunale (EPCI et syndicats intercommunaux) dont au moins les 2/3 de la population" },
        { "points-conseil-budget", "applicants", "CCAS ou CIAS", "Les centres communaux d'action sociale, par exemple, peuvent aider à prévenir ou surmonter les situations de surendettement en informant les usagers de l'existence des points conseil budget, ou éventuellement en accueillir un en leur sein dans le cadre des appels à manifestation d'intérêt pour la labellisation PCB" },
        { "points-conseil-budget", "applicants", "Association", "De statut associatif ou public (municipalité, CCAS, conseil départemental...), le PCB est soutenu" },
        { "points-conseil-budget", "applicants", "Commune", "De statut associatif ou public (municipalité, CCAS, conseil départemental...), le PCB est soutenu" },
        { "points-conseil-budget", "applicants", "Département", "De statut associatif ou public (municipalité, CCAS, conseil départemental...), le PCB est soutenu" },
        { "centres-sociaux-dans-les-qpv", "applicants", "Commune", "Des financements des CAF peuvent être mobilisés pour créer des centres sociaux (ou espaces de vie sociale), couvrant 80 % des dépenses engagées par la commune" },
        { "epiceries-solidaires", "applicants", "Association", "Vous êtes une association ou une collectivité et vous souhaitez créer une épicerie solidaire itinérante sur votre territoire ? Participez au webinaire que nous organisons pour découvrir nos solutions et bénéficier de notre accompagnement" },
        { "epiceries-solidaires", "applicants", "Collectivité territoriale", "Vous êtes une association ou une collectivité et vous souhaitez créer une épicerie solidaire itinérante sur votre territoire ? Participez au webinaire que nous organisons pour découvrir nos solutions et bénéficier de notre accompagnement" },
        { "unions-departementales-de-ccas", "applicants", "CCAS ou CIAS", "L'union nationale des CCAS (UNCCAS) propose d'accompagner les CCAS qui souhaitent se structurer en union départementale" },
        { "habitat-jeunes", "applicants", "Collectivité territoriale", "l'Union Régionale Habitat Jeunes accompagne les collectivités territoriales, les acteurs publics, privés et associatifs de la jeunesse, du logement, de la formation et de l'insertion dans le développement de solutions logements" },
        { "habitat-jeunes", "applicants", "Acteur public", "l'Union Régionale Habitat Jeunes accompagne les collectivités territoriales, les acteurs publics, privés et associatifs de la jeunesse, du logement, de la formation et de l'insertion dans le développement de solutions logements" },
        { "habitat-jeunes", "applicants", "Association", "l'Union Régionale Habitat Jeunes accompagne les collectivités territoriales, les acteurs publics, privés et associatifs de la jeunesse, du logement, de la formation et de l'insertion dans le développement de solutions logements" },
        { "credits-d-intervention-du-commissaire", "applicants", "Acteur public", "Le Commissaire soutient les projets portés par les acteurs publics et associatifs de la région qui s'inscrivent dans le cadre des engagements de la SNPLCP. Pour ce faire, le Commissaire initie des appels à projets et des appels à manifestation d'intérêt" },
        { "credits-d-intervention-du-commissaire", "applicants", "Association", "Le Commissaire soutient les projets portés par les acteurs publics et associatifs de la région qui s'inscrivent dans le cadre des engagements de la SNPLCP. Pour ce faire, le Commissaire initie des appels à projets et des appels à manifestation d'intérêt" },
        { "calpae", "applicants", "Département", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "calpae", "applicants", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "actions-nouvelles-et-projets-innovants-des-calpae", "applicants", "Département", "L'Etat soutient financièrement la certaines actions que les conseils départementaux estiment prioritaires" },
        { "actions-nouvelles-et-projets-innovants-des-calpae", "applicants", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "contrats-locaux-des-solidarites", "applicants", "Département", "avec les contrats locaux des solidarités en cours de finalisation de négociation entre l'Etat et les départements d'une part, et les métropoles d'autre part" },
        { "contrats-locaux-des-solidarites", "applicants", "Métropole", "avec les contrats locaux des solidarités en cours de finalisation de négociation entre l'Etat et les départements d'une part, et les métropoles d'autre part" },
        { "creches-a-vocation-d-insertion-professionnelle", "help_kind", "structure-a-demultiplier", "Il peut s'agir de structures à démultiplier (crèches à vocation d'insertion professionnelle, points conseils budget)" },
        { "points-conseil-budget", "help_kind", "structure-a-demultiplier", "Il peut s'agir de structures à démultiplier (crèches à vocation d'insertion professionnelle, points conseils budget)" },
        { "cantines-a-tarification-sociale", "help_kind", "structure-a-demultiplier", "Il peut s'agir d'actions à dupliquer, comme les « crèches à vocation d'insertion professionnelle », les « cantines à tarification sociale en milieu rural » ou les « centres sociaux dans les quartiers de la politique de la ville »" },
        { "centres-sociaux-dans-les-qpv", "help_kind", "structure-a-demultiplier", "Il peut s'agir d'actions à dupliquer, comme les « crèches à vocation d'insertion professionnelle », les « cantines à tarification sociale en milieu rural » ou les « centres sociaux dans les quartiers de la politique de la ville »" },
        { "points-accueil-ecoute-jeunes", "help_kind", "dispositif-vers-lequel-orienter", "ou de dispositifs d'aide vers lesquels les élus locaux pourront utilement orienter certains publics (Points Accueil Ecoute Jeunes, obligation de formation)" },
        { "obligation-de-formation", "help_kind", "dispositif-vers-lequel-orienter", "ou de dispositifs d'aide vers lesquels les élus locaux pourront utilement orienter certains publics (Points Accueil Ecoute Jeunes, obligation de formation)" },
        { "plan-1-jeune-1-solution", "help_kind", "dispositif-vers-lequel-orienter", "Il peut s'agir, aussi, de dispositifs vers lesquels orienter certains publics précaires ou fragiles, comme les « points accueil écoute jeunes » ou le dispositif « un jeune une solution »" },
        { "petits-dejeuners-educatifs", "help_kind", "aide-financiere", "Soutien financier de l'État : 1,30 € par petit-déjeuner" },
        { "calpae", "help_kind", "aide-financiere", "conclues à parité financière par l'État avec les 13 départements d'Occitanie" },
        { "actions-nouvelles-et-projets-innovants-des-calpae", "help_kind", "aide-financiere", "L'Etat soutient financièrement la certaines actions que les conseils départementaux estiment prioritaires" },
        { "credits-d-intervention-du-commissaire", "help_kind", "aide-financiere", "Le Commissaire soutient les projets portés par les acteurs publics et associatifs de la région qui s'inscrivent dans le cadre des engagements de la SNPLCP. Pour ce faire, le Commissaire initie des appels à projets et des appels à manifestation d'intérêt grâce à des crédits annuels d'intervention" },
        { "cantines-a-tarification-sociale", "funding_unit", "par repas servi", "pour laquelle l'État offre une prise en charge de 3 € par repas servi" },
        { "cantines-a-tarification-sociale", "funding_period", "sur trois ans", "Une aide financière est accordée sur trois ans aux communes rurales de moins de 10 000 habitants défavorisées" },
        { "petits-dejeuners-educatifs", "funding_unit", "par petit-déjeuner", "Soutien financier de l'État : 1,30 € par petit-déjeuner" },
        { "points-conseil-budget", "funding_unit", "par structure et par an", "L'Etat verse une subvention annuelle de 15 000€ par structure pendant 3 ans" },
        { "points-conseil-budget", "funding_period", "pendant 3 ans", "L'Etat verse une subvention annuelle de 15 000€ par structure pendant 3 ans" },
        { "pass-culture", "funding_period", "pendant 24 mois", "grâce à 300€ disponible via une application. Pendant 24 mois, ils peuvent découvrir des propositions culturelles" },
        { "calpae", "funding_period", "en 2023", "En 2023, 75 millions d'euros ont été déployés par l'État en matière de prévention et de lutte contre la pauvreté, dont" },
        { "conventions-de-prevention-et-de-protection-de-l-enfance", "funding_period", "en 2023", "En 2023, 75 millions d'euros ont été déployés par l'État en matière de prévention et de lutte contre la pauvreté, dont" },
        { "contrat-d-engagement-jeunes-en-rupture", "funding_period", "en 2023", "En 2023, 75 millions d'euros ont été déployés par l'État en matière de prévention et de lutte contre la pauvreté, dont" },
        { "acces-a-l-alimentation", "funding_period", "en 2023", "En 2023, 75 millions d'euros ont été déployés par l'État en matière de prévention et de lutte contre la pauvreté, dont" },
        { "cantines-a-tarification-sociale", "territory", "Communes éligibles à la fraction « péréquation » de la dotation de solidarité rurale (DSR)", "les communes éligibles à la fraction « péréquation » de la dotation de solidarité rurale (ci-après DSR)" },
        { "petits-dejeuners-educatifs", "territory", "Écoles publiques de territoires prioritaires (REP, REP+, territoires ruraux)", "Offrir régulièrement un petit déjeuner aux élèves des écoles publiques de territoires prioritaires (REP, REP+, territoires ruraux)" },
        { "centres-sociaux-dans-les-qpv", "territory", "Quartiers de la politique de la ville", "La stratégie de lutte contre la pauvreté prévoit qu'il y ait un centre social dans chacun des 105 quartiers de la politique de la ville en Occitanie" },
        { "france-services", "territory", "Chaque canton, prioritairement les quartiers prioritaires de la ville et les zones rurales", "des Espaces France Services dans chaque canton d'ici 2022, prioritairement dans les quartiers prioritaires de la ville et les zones rurales" },
        { "premier-accueil-social-inconditionnel", "territory", "Prioritairement les quartiers prioritaires de la ville et les zones rurales", "Avec le déploiement de lieux d'accueil social inconditionnel accessibles pour tous en moins de 30 minutes, notamment au sein des CCAS et des Espaces France Services dans chaque canton d'ici 2022, prioritairement dans les quartiers prioritaires de la ville et les zones rurales" },
        { "territoires-zero-non-recours", "territory", "5 territoires expérimentaux en Occitanie", "pour lutter contre le non-recours aux droits, avec 5 territoires expérimentaux en Occitanie" },
        { "renationalisation-du-rsa", "territory", "Ariège et Pyrénées-Orientales", "poursuit son expérimentation en Ariège et dans les Pyrénées-Orientales" },
        { "accompagnement-renove-des-beneficiaires-du-rsa-aveyron", "territory", "Aveyron", "L'Aveyron conduit une expérimentation d'accompagnement rénové des bénéficiaires du RSA" },
        { "guichet-unique-des-saisonniers", "territory", "Lourdes et les vallées pyrénéennes situées à proximité", "les difficultés sociales et budgétaires rencontrées par les saisonniers de Lourdes, mais aussi ceux des vallées pyrénéennes situées à proximité" },
        { "tiers-lieu-accueil-de-jour-en-milieu-rural", "territory", "Milieu très rural", "En milieu très rural, un espace ouvert et polyvalent pour accueillir et accompagner les plus fragiles" },
        { "calpae", "territory", "Les 13 départements et trois métropoles (Toulouse, Montpellier et Perpignan)", "En Occitanie, les 13 départements de la région ont signé une convention, ainsi que trois métropoles (Toulouse, Montpellier et Perpignan)" },
        { "points-conseil-budget", "service", "DDETS", "Contact : direction départementale de la cohésion sociale (DDETS) de votre département" },
        { "bonus-mixite-et-bonus-territoire", "service", "CAF", "N'hésitez pas à contacter la Caisse d'allocations familiales (CAF) de votre département" },
        { "petits-dejeuners-educatifs", "service", "DSDEN", "Contactez la DSDEN de votre département ou l'inspecteur (IEN) de votre circonscription" },
        { "defenseur-des-droits", "service", "Délégué du Défenseur des droits", "Contact services du défenseur des droits : 09 69 39 00 00 Contact du délégué le plus proche de chez vous : [recherche par département]" },
        { "lutte-contre-les-violences-intrafamiliales", "service", "Déléguée départementale aux droits des femmes et à l'égalité", "Contactez votre déléguée départementale aux droits des femmes et à l'égalité (préfecture)" },
    };

    /// <summary>What a source says to put a measure in a kind of help.</summary>
    private static readonly Dictionary<string, string[]> _kindWords = new(StringComparer.Ordinal)
    {
        ["structure-a-demultiplier"] = ["structures à démultiplier", "actions à dupliquer"],
        ["dispositif-vers-lequel-orienter"] = ["vers lesquels les élus locaux pourront utilement orienter certains publics", "dispositifs vers lesquels orienter certains publics"],
        ["aide-financiere"] = ["Soutien financier de l'État", "L'Etat soutient financièrement", "à parité financière par l'État", "crédits annuels d'intervention"],
    };

    [Theory]
    [MemberData(nameof(Filled))]
    public void A_filled_value_is_one_a_cited_source_gives_for_that_measure(string slug, string field, string value, string evidence)
    {
        var measure = _set.Measures.Single(m => m.Key == slug);

        Assert.Contains(value, Values(measure.Data, field));
        Assert.True(
            measure.Data.Sources!.Any(s => Source(s.Document!).Contains(Normalize(evidence), StringComparison.Ordinal)),
            $"{measure.File}: no cited source prints « {evidence} »");
        switch (field)
        {
            case "help_kind":
                Assert.Contains(_kindWords[value], words => evidence.Contains(words, StringComparison.Ordinal));
                break;
            case "applicants" or "service":
                // The label or one of its aliases, word for word (plurals aside), is in the source's words.
                var list = field == "service" ? VocabularyList.Services : VocabularyList.Applicants;
                var term = _set.Vocabulary.Terms(list).Single(t => t.Label == value);
                Assert.True(term.Aliases.Prepend(term.Label).Any(w => WordsIn(w, evidence)), $"{slug}: neither « {value} » nor its aliases are in « {evidence} »");
                break;
            default:
                Assert.True(WordsIn(value, evidence), $"{slug}: the {field} « {value} » says more than « {evidence} »");
                break;
        }
    }

    [Fact]
    public void Every_filled_value_has_been_reviewed_against_the_sources()
    {
        var reviewed = Filled.Select(row => $"{row[0]} | {row[1]} | {row[2]}").ToHashSet(StringComparer.Ordinal);
        var filled = _set.Measures
            .SelectMany(m => Fields.SelectMany(field => Values(m.Data, field).Select(value => $"{m.Key} | {field} | {value}")))
            .ToList();

        var unreviewed = filled.Where(f => !reviewed.Contains(f)).ToList();

        Assert.True(unreviewed.Count == 0,
            "Values of the aid record no reviewed source words back (add a row with the source's words, or remove them):\n" + string.Join("\n", unreviewed));
        Assert.Equal(reviewed.Count, filled.Distinct().Count());
    }

    [Fact]
    public void No_measure_has_a_deadline_or_says_one_may_apply_at_any_time_since_no_source_does()
    {
        Assert.All(_set.Measures, m =>
        {
            Assert.Null(m.Data.ApplicationDeadline);
            Assert.Null(m.Data.Permanent);
        });
    }

    [Fact]
    public void Every_label_of_the_vocabularies_is_used()
    {
        var used = new Dictionary<VocabularyList, HashSet<string>>
        {
            [VocabularyList.Publics] = [.. _set.Measures.SelectMany(m => m.Data.Publics ?? [])],
            [VocabularyList.Porteurs] = [.. _set.Measures.SelectMany(m => m.Data.Porteurs ?? [])],
            [VocabularyList.Applicants] = [.. _set.Measures.SelectMany(m => m.Data.Applicants ?? [])],
            [VocabularyList.Services] = [.. _set.Measures.SelectMany(m => m.Data.Contacts ?? []).Select(c => c.Service).OfType<string>()
                .Concat(_set.LocalContacts.Select(c => c.Data.Service!))],
        };

        Assert.All(Enum.GetValues<VocabularyList>(), list =>
        {
            var unused = _set.Vocabulary.Terms(list).Select(t => t.Label).Where(l => !used[list].Contains(l)).ToList();
            Assert.True(unused.Count == 0, $"Labels of '{ContentVocabulary.Key(list)}' no content uses: {string.Join(", ", unused)}");
        });
    }

    private static readonly string[] Fields = ["applicants", "help_kind", "funding_unit", "funding_period", "territory", "application_deadline", "permanent", "service"];

    private static IEnumerable<string> Values(MeasureYaml measure, string field) => field switch
    {
        "applicants" => measure.Applicants ?? [],
        "help_kind" => Single(measure.HelpKind),
        "funding_unit" => Single(measure.FundingUnit),
        "funding_period" => Single(measure.FundingPeriod),
        "territory" => Single(measure.Territory),
        "application_deadline" => Single(measure.ApplicationDeadline),
        "permanent" => Single(measure.Permanent?.ToString()),
        "service" => (measure.Contacts ?? []).Select(c => c.Service).OfType<string>(),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static IEnumerable<string> Single(string? value) => value is null ? [] : [value];

    /// <summary>Every word of <paramref name="value"/> but the little ones is in <paramref name="evidence"/> (« commune » in « communes »).</summary>
    private static bool WordsIn(string value, string evidence)
    {
        var text = ContentVocabulary.Fold(Normalize(evidence));
        return Word().Matches(ContentVocabulary.Fold(value)).Select(m => m.Value)
            .Where(w => !_littleWords.Contains(w))
            .All(w => text.Contains(w, StringComparison.Ordinal));
    }

    private static readonly HashSet<string> _littleWords = new(["a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "sur", "un", "une"], StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}+]+")]
    private static partial Regex Word();

    private static string Source(string document) => SourceDocuments.Text(document);

    private static string Normalize(string text) => SourceDocuments.Normalize(text);
}

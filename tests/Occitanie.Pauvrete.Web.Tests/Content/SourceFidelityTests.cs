using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>
/// What content/ says does not go beyond the five sources: no condition dropped from a figure, no
/// tie, carrier, place, label or commitment the documents do not give, no announcement told as done.
/// Each test catches one kind of distortion found when content/ was read against the sources.
/// </summary>
public sealed partial class SourceFidelityTests
{
    private const string Guide = "003_07d57dd302962500.txt";

    private static readonly ContentSet _set = ContentReader.Read(Paths.Content).Set;

    [Fact]
    public void The_three_euros_per_meal_are_always_tied_to_the_tranche_below_one_euro()
    {
        var sentences = AllItems()
            .SelectMany(item => PublicTexts(item.Data, item.Body).SelectMany(Sentences).Select(s => (item.File, Sentence: s)))
            .Where(s => s.Sentence.Contains("3 € par repas", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.True(
            s.Sentence.Contains("inférieure à un euro", StringComparison.Ordinal),
            $"{s.File}: « {s.Sentence} » states the 3 € per meal without the tranche « inférieure à un euro » the guide ties it to"));
    }

    [Fact]
    public void The_school_meals_measure_notes_that_the_guide_says_both_one_euro_maximum_and_below_one_euro()
    {
        var guide = Source(Guide);
        var note = _set.Measures.Single(m => m.Key == "cantines-a-tarification-sociale").Data.EditorNote ?? "";

        Assert.Contains("pour 1€ maximum", guide, StringComparison.Ordinal);
        Assert.Contains("dont au moins une inférieure à un euro, pour laquelle l'État offre", guide, StringComparison.Ordinal);
        Assert.Contains("1€ maximum", note, StringComparison.Ordinal);
        Assert.Contains("inférieure à un euro", note, StringComparison.Ordinal);
    }

    /// <summary>
    /// Reviewed: each measure's <c>funding_amount</c>, as printed, and the source sentence that gives
    /// that amount for that very measure. An amount read off a neighbouring line (the 7,5 M€ of the
    /// « enveloppe déconcentrée » put on the commissioner's credits) has no such sentence.
    /// </summary>
    public static TheoryData<string, decimal, string, string> FundingAmounts => new()
    {
        { "cantines-a-tarification-sociale", 3m, "3 €", "dont au moins une inférieure à un euro, pour laquelle l'État offre une prise en charge de 3 € par repas servi" },
        { "petits-dejeuners-educatifs", 1.3m, "1,30 €", "Soutien financier de l'État : 1,30 € par petit-déjeuner" },
        { "points-conseil-budget", 15000m, "15 000€", "L'Etat verse une subvention annuelle de 15 000€ par structure pendant 3 ans" },
        { "pass-culture", 300m, "300€", "Le pass Culture permet aux jeunes de 18 ans d'avoir accès à une offre culturelle variée grâce à 300€ disponible via une application" },
        { "calpae", 18_400_000m, "18,4 millions d'euros", "18,4 millions d'euros consacrés à la contractualisation des conventions d'appui à la lutte contre la pauvreté et d'accès à l'emploi (CALPAE)" },
        { "conventions-de-prevention-et-de-protection-de-l-enfance", 14_000_000m, "14 millions d'euros", "14 millions d'euros pour les conventions départementales de prévention et de protection de l'enfance (CDPPE)" },
        { "contrat-d-engagement-jeunes-en-rupture", 7_200_000m, "7,2 millions d'euros", "7,2 millions d'euros pour les Contrats d'Engagement Jeunes – Jeunes en Rupture (CEJ-JR)" },
        { "acces-a-l-alimentation", 6_600_000m, "6,6 millions d'euros", "6,6 millions d'euros d'enveloppe précarité alimentaire" },
    };

    [Theory]
    [MemberData(nameof(FundingAmounts))]
    public void A_funding_amount_is_one_a_cited_source_gives_for_that_measure(string slug, decimal amount, string printed, string evidence)
    {
        var measure = _set.Measures.Single(m => m.Key == slug);

        Assert.Equal(amount, measure.Data.FundingAmount);
        Assert.Contains(printed, evidence, StringComparison.Ordinal);
        Assert.Contains(measure.Data.Sources!, s => Source(s.Document!).Contains(evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_reviewed_measures_carry_a_funding_amount()
    {
        var reviewed = FundingAmounts.Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        var withAmount = _set.Measures.Where(m => m.Data.FundingAmount is not null).Select(m => m.Key).Order(StringComparer.Ordinal);

        Assert.Equal(reviewed, withAmount);
    }

    [Fact]
    public void The_commissioners_credits_are_not_given_the_amount_of_the_deconcentrated_envelope()
    {
        var credits = _set.Measures.Single(m => m.Key == "credits-d-intervention-du-commissaire");

        Assert.Null(credits.Data.FundingAmount);
        Assert.All(PublicTexts(credits.Data, credits.Body), text =>
        {
            Assert.DoesNotContain("7,5 millions", text, StringComparison.Ordinal);
            Assert.DoesNotContain("enveloppe déconcentrée", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Whoever_is_said_to_present_or_lead_a_workshop_is_among_its_listed_speakers()
    {
        var claims = (
            from item in AllItems()
            from text in PublicTexts(item.Data, item.Body)
            from sentence in Sentences(text)
            let workshop = WorkshopNamedIn(sentence)
            where workshop is not null
            from Match claim in Presenter().Matches(sentence)
            select (item.File, Sentence: sentence, Workshop: workshop, Who: claim.Groups["who"].Value)).ToList();

        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            var speakers = Normalize(string.Join(" ; ", c.Workshop.Data.Speakers!.Select(s => $"{s.Name}, {s.Role}")));
            var names = CapitalisedWord().Matches(c.Who).Select(m => m.Value).Where(w => !_articles.Contains(w)).ToList();
            Assert.True(names.Count > 0 && names.All(w => speakers.Contains(w, StringComparison.Ordinal)),
                $"{c.File}: « {c.Sentence} » names « {c.Who} » as presenting {c.Workshop.File}, whose speakers are: {speakers}");
        });
    }

    private static ContentDocument<WorkshopYaml>? WorkshopNamedIn(string sentence)
    {
        var match = WorkshopReference().Match(sentence);
        if (!match.Success)
        {
            return null;
        }
        var (kind, number) = match.Groups["atelier"].Success ? ("atelier", match.Groups["atelier"].Value) : ("table-ronde", match.Groups["tableRonde"].Value);
        return _set.Workshops.Single(w => w.Data.Kind == kind && w.Data.Number == number);
    }

    private static readonly HashSet<string> _articles = new(["Le", "La", "Les", "Lors", "Un", "Une", "Des", "Du", "De"], StringComparer.Ordinal);

    [GeneratedRegex(@"atelier n°(?<atelier>\d+)|table-ronde (?<tableRonde>[IV]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkshopReference();

    [GeneratedRegex(@"(?:^|[,;:] ?)(?<who>[^,;:.«»()]+?) (?:a|ont) présenté|présentée?s? par (?<who>[^,;.«»()]+?)(?= lors\b| au cours\b| dans\b|[,;.«»()]|$)|animée? par (?<who>[^,;.«»()]+?)(?= lors\b|[,;.«»()]|$)|pour intervenante? (?<who>[^,;.«»()]+?)(?=[,;.«»()]|$)")]
    private static partial Regex Presenter();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}-]+")]
    private static partial Regex CapitalisedWord();

    [Fact]
    public void Intermediation_locative_is_not_defined_where_the_guide_only_announces_the_workshop_will_explain_it()
    {
        Assert.Contains("en expliquant ce qu'est l'intermédiation locative", Source(Guide), StringComparison.Ordinal);
        var mentions = (
            from item in AllItems()
            from text in PublicTexts(item.Data, item.Body)
            from sentence in Sentences(text)
            where sentence.Contains("intermédiation locative", StringComparison.Ordinal)
            select (item.File, Sentence: sentence, Own: Quoted().Replace(sentence, "« … »"))).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.False(
            DefinesIntermediation().IsMatch(m.Own),
            $"{m.File}: « {m.Sentence} » defines the intermédiation locative in the editors' words; the guide only says the workshop will explain it"));
    }

    [GeneratedRegex(@"«[^»]*»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"c'est l'intermédiation locative|par l'intermédiation locative|l'intermédiation locative (?:est|consiste|désigne|permet)\b|(?:AIVS|agence)[^.]* (?:est|fait|pratique) (?:de )?l'intermédiation locative")]
    private static partial Regex DefinesIntermediation();

    [Fact]
    public void What_the_2019_release_announces_for_the_conferences_is_not_told_as_done()
    {
        Assert.Contains("Elles auront notamment pour objectifs de", Source(Release2019), StringComparison.Ordinal);
        var sentences = (
            from item in AllItems()
            where item.Sources.Any(s => s.Document == Release2019)
            from text in PublicTexts(item.Data, item.Body)
            from sentence in Sentences(text)
            where sentence.Contains("conférence", StringComparison.OrdinalIgnoreCase)
                && (sentence.Contains("2019", StringComparison.Ordinal) || sentence.Contains("chantier", StringComparison.Ordinal))
                && !sentence.Contains("2021", StringComparison.Ordinal)
            select (item.File, Sentence: sentence)).ToList();

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.False(
            PastOutcome().IsMatch(s.Sentence),
            $"{s.File}: « {s.Sentence} » tells as done what the release of 17 June 2019 announces (« Elles auront notamment pour objectifs de… »)"));
    }

    private const string Release2019 = "002_dbbb0efe1988a0f2.txt";

    [GeneratedRegex(@"\b(?:ont|a|avaient|avait) (?:fait|dressé|permis|réuni|examiné|établi|tiré|mesuré|constaté|partagé|identifié|donné|fait le point|fait un point)\b|\bse sont (?:tenues|réunis|déroulées)\b|\bont eu lieu\b|\bs'est tenue\b|\bfirent\b|\bdont (?:le|un) (?:bilan|point) a été\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastOutcome();

    [Fact]
    public void A_funding_line_keeps_the_may_of_the_source_sentences_that_give_its_figure()
    {
        var checkedFigures = 0;
        foreach (var measure in _set.Measures.Where(m => m.Data.Funding is not null))
        {
            var funding = Normalize(measure.Data.Funding!);
            var sentences = measure.Data.Sources!.Select(s => s.Document!).Distinct()
                .SelectMany(document => Sentences(File.ReadAllText(Path.Combine(Paths.Content, "sources", document))))
                .ToList();
            foreach (var figure in Figure().Matches(funding).Select(m => NoSpace(m.Value)))
            {
                var giving = sentences.Where(s => Regex.IsMatch(NoSpace(s), @"(?<![\d,])" + Regex.Escape(figure))).ToList();
                if (giving.Count == 0 || !giving.All(s => Modal().IsMatch(s)))
                {
                    continue;
                }
                checkedFigures++;
                Assert.True(Modal().IsMatch(funding),
                    $"{measure.File}: the funding line « {funding} » states {figure} as certain; the source only says « {giving[0]} »");
            }
        }
        Assert.True(checkedFigures > 0, "no funding line gives a figure its source states with « peut » / « peuvent »");
    }

    private static string NoSpace(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"(?<![\d,])\d[\d  ,]*\s?(?:%|€|euros|millions d'euros)")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\bpeu(?:t|vent)\b|\bpourr|\bpouvant\b")]
    private static partial Regex Modal();

    /// <summary>
    /// Reviewed: every carrier of every measure (<c>porteurs</c>) with the words of a cited source
    /// that say it carries, runs or funds that measure. A body named only as a speaker, a contact, a
    /// link, a logo, a label or the frame of a measure (the DRAC at atelier n°11, the DDETS of a
    /// « Contact : » line, « dans le cadre de France Travail », « labellisée FAPIL ») has no row.
    /// </summary>
    public static TheoryData<string, string, string> Carriers => new()
    {
        { "acces-a-l-alimentation", "État", "75 millions d'euros ont été déployés par l'État en matière de prévention et de lutte contre la pauvreté, dont" },
        { "accompagnement-global-avec-pole-emploi", "État", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "accompagnement-global-avec-pole-emploi", "Département", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "accompagnement-global-avec-pole-emploi", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "accompagnement-global-avec-pole-emploi", "Pôle emploi", "accompagnement global avec Pôle emploi" },
        { "actions-nouvelles-et-projets-innovants-des-calpae", "État", "L'Etat soutient financièrement la certaines actions que les conseils départementaux estiment prioritaires" },
        { "actions-nouvelles-et-projets-innovants-des-calpae", "Département", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "actions-nouvelles-et-projets-innovants-des-calpae", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "ateliers-d-acces-au-numerique-du-plan-departemental-d-insertion", "Régie de quartier Gers Solidaire", "En 2021, la régie de quartier Gers Solidaire renforce ses actions autour du numérique" },
        { "calpae", "État", "conclues à parité financière par l'État avec les 13 départements d'Occitanie" },
        { "calpae", "Département", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "calpae", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "cantines-a-tarification-sociale", "État", "assure l'instruction des dossiers et le paiement de l'aide de l'État" },
        { "cantines-a-tarification-sociale", "ASP", "l'Agence de Services et de Paiement (ASP) assure l'instruction des dossiers et le paiement de l'aide de l'État" },
        { "cantines-a-tarification-sociale", "Commune", "Une aide financière est accordée sur trois ans aux communes rurales de moins de 10 000 habitants défavorisées, qui instaurent une grille tarifaire progressive" },
        { "cantines-a-tarification-sociale", "EPCI", "les regroupements pédagogiques intercommunaux et les établissements publics de coopération intercommunale (EPCI et syndicats intercommunaux)" },
        { "cantines-a-tarification-sociale", "Regroupement pédagogique intercommunal", "les regroupements pédagogiques intercommunaux et les établissements publics de coopération intercommunale (EPCI et syndicats intercommunaux)" },
        { "centres-sociaux-dans-les-qpv", "CAF", "Des financements des CAF peuvent être mobilisés pour créer des centres sociaux" },
        { "centres-sociaux-dans-les-qpv", "État", "Il existe aussi des financements spécifiques de crédits de la politique de la ville (État)" },
        { "centres-sociaux-dans-les-qpv", "Commune", "De statut majoritairement associatif voire municipal" },
        { "centres-sociaux-dans-les-qpv", "CCAS ou CIAS", "Géré par le CCAS, le centre social de Sète" },
        { "centres-sociaux-dans-les-qpv", "Association", "De statut majoritairement associatif voire municipal" },
        { "contrat-d-engagement-jeunes-en-rupture", "État", "75 millions d'euros ont été déployés par l'État en matière de prévention et de lutte contre la pauvreté, dont" },
        { "contrats-locaux-de-sante", "ARS", "L'Agence régionale de santé (ARS) qui a fait du CLS un outil privilégié de déclinaison de son Projet Régional de Santé" },
        { "contrats-locaux-de-sante", "Élus locaux", "Les élus locaux qui déclinent leur politique de santé sur leur territoire" },
        { "contrats-locaux-de-sante", "EPCI", "le Contrat Local de Santé porté par la Communauté de Communes" },
        { "contrats-locaux-des-solidarites", "État", "en cours de finalisation de négociation entre l'Etat et les départements d'une part, et les métropoles d'autre part" },
        { "contrats-locaux-des-solidarites", "Département", "en cours de finalisation de négociation entre l'Etat et les départements d'une part, et les métropoles d'autre part" },
        { "contrats-locaux-des-solidarites", "Métropole", "en cours de finalisation de négociation entre l'Etat et les départements d'une part, et les métropoles d'autre part" },
        { "conventions-de-prevention-et-de-protection-de-l-enfance", "État", "75 millions d'euros ont été déployés par l'État en matière de prévention et de lutte contre la pauvreté, dont" },
        { "creches-a-vocation-d-insertion-professionnelle", "État", "Ces actions sont largement financées par l'État" },
        { "credits-d-intervention-du-commissaire", "État", "le Commissaire initie des appels à projets et des appels à manifestation d'intérêt grâce à des crédits annuels d'intervention" },
        { "defenseur-des-droits", "Défenseur des droits", "le Défenseur des droits veille au respect des droits et libertés en France" },
        { "engagement-des-entreprises", "Club d'entreprises", "Certains clubs d'entreprises, comme le réseau FACE (Fondation Agir contre l'Exclusion) fédèrent les entreprises locales pour leur proposer un outil concret d'engagement dans leur territoire" },
        { "engagement-des-entreprises", "FACE (Fondation Agir contre l'Exclusion)", "Certains clubs d'entreprises, comme le réseau FACE (Fondation Agir contre l'Exclusion) fédèrent les entreprises locales pour leur proposer un outil concret d'engagement dans leur territoire" },
        { "engagement-des-entreprises", "Commune", "Avec la commune de Villefranche de Rouergue, FACE Aveyron a conduit plusieurs actions" },
        { "epiceries-solidaires", "ANDES", "ANDES vous accompagne dans votre projet de création d'une épicerie solidaire fixe ou itinérante ! Les frais d'accompagnement sont pris en charge et nous proposons une subvention" },
        { "formation-des-travailleurs-sociaux", "État", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "formation-des-travailleurs-sociaux", "Département", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "formation-des-travailleurs-sociaux", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "france-services", "État", "l'État soutient les initiatives de terrain qui permettent de mieux accompagner les publics les plus fragiles" },
        { "france-services", "Grand Cahors", "Ce projet est porté par le Grand Cahors" },
        { "garantie-d-activite", "État", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "garantie-d-activite", "Département", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "garantie-d-activite", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "guichet-unique-des-saisonniers", "UDAF", "L'UDAF des Hautes-Pyrénées a été chargée de créer ce dispositif et d'assurer son fonctionnement" },
        { "habitat-jeunes", "Union Régionale Habitat Jeunes (URHAJ Occitanie)", "l'Union Régionale Habitat Jeunes accompagne les collectivités territoriales" },
        { "habitat-jeunes", "Collectivité territoriale", "l'Union Régionale Habitat Jeunes accompagne les collectivités territoriales, les acteurs publics, privés et associatifs de la jeunesse, du logement, de la formation et de l'insertion dans le développement de solutions logements" },
        { "insertion-par-l-activite-economique", "Association", "L'association FORCE porte un ACI dans le secteur du bâtiment-second œuvre" },
        { "intermediation-locative", "Association", "Liste des associations agréées de l'intermédiation locative" },
        { "lutte-contre-le-renoncement-aux-soins", "CPAM", "Les acteurs et notamment les caisses primaires d'assurance-maladie œuvrent dans la lutte contre le renoncement aux soins" },
        { "lutte-contre-les-inegalites-sociales-de-sante", "ARS", "La stratégie inclut la lutte contre les inégalités sociales de santé (p.41) sous pilotage de l'Agence régionale de santé" },
        { "lutte-contre-les-violences-intrafamiliales", "EPCI", "les intercommunalités sont un échelon pertinent à la coordination des réponses aux violences intra familiales" },
        { "lutte-contre-les-violences-intrafamiliales", "Commune", "des communes rurales proposent un réseau de logements temporaires dédié aux victimes de violences et leurs enfants" },
        { "mentorat", "Association", "La Stratégie soutient un collectif des associations engagées dans le mentorat" },
        { "mobilite-solidaire", "AFER (Association pour la Formation et l'Éducation Routières)", "En 2021, l'AFER porte un projet d'autoécole solidaire à Perpignan" },
        { "obligation-de-formation", "Mission locale", "des solutions concrètes pouvant être mises en place avec votre mission locale de proximité" },
        { "obligation-de-formation", "Région Occitanie", "Avec la région Occitanie, il convient de citer une coopération fructueuse en matière d'obligation de formation des jeunes non scolarisés de 16 à 18 ans" },
        { "pass-culture", "Ministère de la Culture", "Le pass Culture est une mission de service public portée par le ministère de la Culture" },
        { "petits-dejeuners-educatifs", "État", "Soutien financier de l'État : 1,30 € par petit-déjeuner" },
        { "petits-dejeuners-educatifs", "Commune", "les petits déjeuners éducatifs organisés par la ville de Tarbes" },
        { "points-conseil-budget", "État", "L'Etat verse une subvention annuelle de 15 000€ par structure pendant 3 ans" },
        { "points-conseil-budget", "CCAS ou CIAS", "le CCAS d'Agde a créé un PCB dès 2016" },
        { "points-conseil-budget", "Commune", "De statut associatif ou public (municipalité, CCAS, conseil départemental...)" },
        { "points-conseil-budget", "Département", "De statut associatif ou public (municipalité, CCAS, conseil départemental...)" },
        { "points-conseil-budget", "Association", "De statut associatif ou public (municipalité, CCAS, conseil départemental...)" },
        { "points-conseil-budget", "Banque de France", "le PCB est soutenu par un partenariat large (État, Banque de France" },
        { "points-conseil-budget", "UDAF", "en mobilisant les outils de l'UDAF directement, tel le Point Conseil Budget" },
        { "premier-accueil-social-inconditionnel", "État", "conclues à parité financière par l'État avec les 13 départements d'Occitanie" },
        { "premier-accueil-social-inconditionnel", "Département", "conclues à parité financière par l'État avec les 13 départements d'Occitanie" },
        { "premier-accueil-social-inconditionnel", "CCAS ou CIAS", "Avec le déploiement de lieux d'accueil social inconditionnel accessibles pour tous en moins de 30 minutes, notamment au sein des CCAS" },
        { "reduction-des-delais-d-entree-en-accompagnement", "État", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "reduction-des-delais-d-entree-en-accompagnement", "Département", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "reduction-des-delais-d-entree-en-accompagnement", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "referent-de-parcours", "État", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "referent-de-parcours", "Département", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "referent-de-parcours", "Métropole", "Ces contrats formalisent les engagements conjoints des départements ou des métropoles et de l'Etat" },
        { "renationalisation-du-rsa", "État", "La renationalisation du RSA, confié par l'État aux CAF" },
        { "renationalisation-du-rsa", "CAF", "La renationalisation du RSA, confié par l'État aux CAF" },
        { "tiers-lieu-accueil-de-jour-en-milieu-rural", "Ligue de l'Enseignement", "L'espace « Kalipolys » porté par la Ligue de l'Enseignement" },
        { "tiers-lieu-accueil-de-jour-en-milieu-rural", "DDETSPP", "Ce tiers lieu financé par la DDETSPP dans le cadre de la stratégie de prévention et de lutte contre la pauvreté, et par la commune" },
        { "tiers-lieu-accueil-de-jour-en-milieu-rural", "Commune", "Ce tiers lieu financé par la DDETSPP dans le cadre de la stratégie de prévention et de lutte contre la pauvreté, et par la commune" },
        { "unions-departementales-de-ccas", "UNCCAS", "L'union nationale des CCAS (UNCCAS) propose d'accompagner les CCAS qui souhaitent se structurer en union départementale" },
        { "unions-departementales-de-ccas", "CCAS ou CIAS", "Depuis 2002, les CCAS et CIAS ont la possibilité de constituer des Unions départementales" },
    };

    [Theory]
    [MemberData(nameof(Carriers))]
    public void A_carrier_is_one_a_cited_source_says_carries_or_funds_the_measure(string slug, string carrier, string evidence)
    {
        var measure = _set.Measures.Single(m => m.Key == slug);

        Assert.Contains(carrier, measure.Data.Porteurs ?? [], StringComparer.OrdinalIgnoreCase);
        Assert.Contains(measure.Data.Sources!, s => Source(s.Document!).Contains(evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_carrier_of_every_measure_has_been_reviewed_against_the_sources()
    {
        var reviewed = Carriers.Select(row => $"{row[0]} : {((string)row[1]).ToLowerInvariant()}").ToHashSet(StringComparer.Ordinal);
        var unreviewed = _set.Measures
            .SelectMany(m => (m.Data.Porteurs ?? []).Select(p => $"{m.Key} : {p.ToLowerInvariant()}"))
            .Where(pair => !reviewed.Contains(pair))
            .ToList();

        Assert.True(unreviewed.Count == 0,
            "Carriers no source is known to name as carrying or funding the measure (add a reviewed row with the source's words, or remove them):\n"
            + string.Join("\n", unreviewed));
    }

    /// <summary>
    /// A place the text attaches to someone — « Dans le Gard, l'association FOR.C.E… », « À Auch
    /// (Gers), la régie… », « Gers Solidaire (Auch) » — is one a cited source prints in the same
    /// paragraph as them; « Commune (Département) » and « (Commune, Département) » are pairs the
    /// source prints. The guide's workshop headings place the workshop, not each actor in it.
    /// </summary>
    [Fact]
    public void A_place_attached_to_an_actor_is_printed_with_that_actor_in_a_cited_source()
    {
        var place = Places();
        var opening = new Regex($@"^(?:À |Dans (?:le |la |les |l'))(?<place>{place})(?: \((?<dep>{place})\))?, (?<rest>.+)$");
        var after = new Regex($@"(?<before>[\p{{L}}.'«» -]{{1,60}}?) \((?<place>{place})\)");
        var pair = new Regex($@"\((?<commune>{place}), (?<dep>{place})\)");
        var attachments = 0;
        var faults = new List<string>();

        foreach (var item in AllItems())
        {
            var paragraphs = item.Sources.Select(s => s.Document!).Distinct()
                .SelectMany(d => ParagraphBreak().Split(File.ReadAllText(Path.Combine(Paths.Content, "sources", d))))
                .Select(p => Dehyphen(Normalize(p)))
                .ToList();
            bool Printed(string text) => paragraphs.Any(p => p.Contains(text, StringComparison.Ordinal));
            bool PrintedWith(string where, IReadOnlyCollection<string> who) =>
                paragraphs.Any(p => p.Contains(where, StringComparison.Ordinal) && who.All(w => p.Contains(w, StringComparison.Ordinal)));
            void Check(bool ok, string sentence, string what)
            {
                attachments++;
                if (!ok)
                {
                    faults.Add($"{item.File}: « {sentence} »: {what}");
                }
            }

            foreach (var sentence in PublicTexts(item.Data, item.Body).SelectMany(Sentences).Select(Dehyphen))
            {
                if (opening.Match(sentence) is { Success: true } open)
                {
                    var where = open.Groups["place"].Value;
                    if (open.Groups["dep"].Success)
                    {
                        Check(Printed($"{where}, {open.Groups["dep"].Value}") || Printed($"{where} ({open.Groups["dep"].Value})"), sentence, $"no source prints « {where}, {open.Groups["dep"].Value} »");
                    }
                    var who = Actors(string.Join(' ', open.Groups["rest"].Value.Split(' ').Take(8)), place);
                    if (who.Count > 0)
                    {
                        Check(PrintedWith(where, who), sentence, $"no cited paragraph prints « {where} » with {string.Join(", ", who)}");
                    }
                }
                foreach (Match m in after.Matches(sentence))
                {
                    var where = m.Groups["place"].Value;
                    var before = m.Groups["before"].Value.TrimEnd();
                    var last = new Regex($@"(?<commune>{place})$").Match(before);
                    if (last.Success)
                    {
                        Check(Printed($"{last.Value}, {where}") || Printed($"{last.Value} ({where})"), sentence, $"no source prints « {last.Value}, {where} »");
                        continue;
                    }
                    var who = Actors(string.Join(' ', before.Split(' ').TakeLast(4)), place);
                    if (who.Count > 0)
                    {
                        Check(PrintedWith(where, who), sentence, $"no cited paragraph prints « {where} » with {string.Join(", ", who)}");
                    }
                }
                foreach (Match m in pair.Matches(sentence))
                {
                    Check(Printed($"{m.Groups["commune"].Value}, {m.Groups["dep"].Value}"), sentence, $"no source prints « {m.Groups["commune"].Value}, {m.Groups["dep"].Value} »");
                }
            }
        }

        Assert.True(attachments > 20, $"only {attachments} places attached to someone were found: the patterns no longer read content/");
        Assert.True(faults.Count == 0, "Places the sources do not give:\n" + string.Join("\n", faults));
    }

    /// <summary>The communes and départements of content/: the départements list and the guide's workshop places.</summary>
    private static string Places()
    {
        var names = _set.Departements.Select(d => d.Data.Name!)
            .Concat(_set.Workshops.SelectMany(w => (w.Data.Place ?? "").Split(", ").Concat(w.Data.Commune?.Split(" et ") ?? [])))
            .Where(n => n.Length > 2 && n.Any(char.IsLower) && char.IsUpper(n[0]) && n != "Webinaire")
            .Select(Dehyphen)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length);
        return string.Join('|', names.Select(Regex.Escape));
    }

    /// <summary>The proper nouns of a phrase (capitalised words, acronyms, « FOR.C.E »), places and articles aside.</summary>
    private static List<string> Actors(string phrase, string place) =>
        ProperNoun().Matches(phrase).Select(m => m.Value.TrimEnd('.'))
            .Where(w => !_articles.Contains(w) && !Regex.IsMatch(w, $"^(?:{place})$") && w is not ("À" or "Dans" or "L"))
            .ToList();

    private static string Dehyphen(string text) => text.Replace('-', ' ');

    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{L}.]*")]
    private static partial Regex ProperNoun();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    /// <summary>
    /// A source's <c>location</c> points into the document with what it prints: headings and quoted
    /// opening words (« Atelier n°1 — Pour aller plus loin », « Mesdames et messieurs les élus, »),
    /// parts separated by « — » or « ; », bracketed parts separated by commas. Only neutral pointers
    /// (p.15, n°3, 3e paragraphe, dernier paragraphe, titre, texte intégral, page entière) need not
    /// be printed. A label of the editors' own (« Avant-propos du préfet », « Éditorial ») is not.
    /// </summary>
    [Fact]
    public void Every_source_location_is_made_of_words_the_cited_document_prints()
    {
        var located = 0;
        var faults = new List<string>();
        foreach (var item in AllItems())
        {
            foreach (var source in item.Sources.Where(s => s.Document!.EndsWith(".txt", StringComparison.Ordinal)))
            {
                Assert.False(string.IsNullOrWhiteSpace(source.Location), $"{item.File}: a source of {source.Document} says nowhere where in it");
                var document = Fold(Source(source.Document!));
                foreach (var part in LocationParts(source.Location!))
                {
                    located++;
                    if (!NeutralLocation().IsMatch(part) && !document.Contains(Fold(part), StringComparison.Ordinal))
                    {
                        faults.Add($"{item.File}: « {part} » (location « {source.Location} ») is not printed in {source.Document}");
                    }
                }
            }
        }

        Assert.True(located > 100, $"only {located} location parts read");
        Assert.True(faults.Count == 0, "Locations the documents do not print:\n" + string.Join("\n", faults));
    }

    private static IEnumerable<string> LocationParts(string location)
    {
        foreach (var segment in location.Split([" — ", " ; "], StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = TrailingBracket().Match(segment);
            var parts = bracket.Success
                ? [bracket.Groups["head"].Value, .. bracket.Groups["inner"].Value.Split(", ")]
                : new[] { segment };
            foreach (var part in parts)
            {
                var words = LocationNumbering().Replace(part.Replace("…", "", StringComparison.Ordinal).Trim().Trim('«', '»', ' '), "");
                if (words.Length > 0)
                {
                    yield return words;
                }
            }
        }
    }

    /// <summary>Case, apostrophes and spacing aside: headings are printed in capitals in some documents.</summary>
    private static string Fold(string text) => Normalize(text).ToUpperInvariant();

    [GeneratedRegex(@"^(?<head>.*?)\s*\((?<inner>.*)\)$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^\d+\.\s+")]
    private static partial Regex LocationNumbering();

    [GeneratedRegex(@"^(?:p\.\d+|n°\d+|\d+(?:er|e) paragraphe|dernier paragraphe|titre|texte intégral|page entière)$", RegexOptions.IgnoreCase)]
    private static partial Regex NeutralLocation();

    /// <summary>
    /// A line that opens with a label (« Partenaires : », « Soutien financier de l'État : ») shows a
    /// label of the sources: one of the item's cited documents prints it. The guide's logos are not
    /// a « Partenaires : » line of the guide.
    /// </summary>
    [Fact]
    public void A_label_opening_a_line_is_printed_by_a_cited_document()
    {
        var labelled = 0;
        var faults = new List<string>();
        // Legal pages are the portal's own text, not a rendering of the sources; a title is not a labelled line.
        foreach (var item in AllItems().Where(i => i.Sources.Count > 0 && !i.File.Contains("/pages/", StringComparison.Ordinal)))
        {
            var documents = item.Sources.Select(s => s.Document!).Where(d => d.EndsWith(".txt", StringComparison.Ordinal)).Distinct().Select(d => Fold(Source(d))).ToList();
            var blocks = PublicTexts(item.Data, item.Body).Where(t => t.Contains('\n', StringComparison.Ordinal) || ReferenceEquals(t, item.Body));
            foreach (var line in blocks.SelectMany(t => t.Split('\n')))
            {
                var label = LineLabel().Match(Normalize(line.Replace("**", "", StringComparison.Ordinal)));
                if (!label.Success)
                {
                    continue;
                }
                labelled++;
                var printed = Fold(label.Groups["label"].Value) + " :";
                if (!documents.Any(d => d.Contains(printed, StringComparison.Ordinal)))
                {
                    faults.Add($"{item.File}: « {label.Value} » is not a label of its cited documents");
                }
            }
        }

        Assert.True(labelled > 10, $"only {labelled} labelled lines read");
        Assert.True(faults.Count == 0, "Labels the sources do not print:\n" + string.Join("\n", faults));
    }

    [GeneratedRegex(@"^(?:[-*] |\d+\. )?(?<label>[\p{Lu}][^:«»()\[\]]{2,40}?) :")]
    private static partial Regex LineLabel();

    [Fact]
    public void Every_key_figure_has_a_year_its_cited_document_prints()
    {
        Assert.NotEmpty(_set.KeyFigures);
        Assert.All(_set.KeyFigures, figure =>
        {
            Assert.True(figure.Data.Year is not null, $"{figure.File}: the key figure '{figure.Key}' has no year");
            var year = figure.Data.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(
                figure.Data.Sources!.Any(s => Regex.IsMatch(Source(s.Document!), $@"(?<!\d){year}(?!\d)")),
                $"{figure.File}: no cited document of '{figure.Key}' prints the year {year}");
        });
    }

    /// <summary>
    /// What a legal page says in the publisher's name and no source gives — a commitment, a planned
    /// audit, the publisher, its address, director, host or licence, a placeholder for them — is not
    /// in its public text; the law's obligations may be stated as the law's.
    /// </summary>
    [Fact]
    public void No_legal_page_asserts_in_the_publishers_name_what_no_source_gives()
    {
        var legal = _set.Pages.Where(p => p.Key != "gouvernance").ToList();
        Assert.Contains(legal, p => p.Key == "mentions-legales");

        Assert.All(legal, page =>
        {
            var text = string.Join("\n", PublicTexts(page.Data, page.Body).Select(Normalize));
            var asserted = PublisherStatement().Matches(text).Select(m => m.Value).ToList();
            Assert.True(asserted.Count == 0,
                $"{page.File} asserts what only the publisher can confirm: « {string.Join(" », « ", asserted)} » (list it in editor_note as « - À confirmer par l'éditeur : … »)");
        });
    }

    [GeneratedRegex(@"s'engag\w*|\b(?:est|sont) prévue?s?\b|\bsera(?:nt)? (?:publiée?s?|réalisée?s?|ajoutée?s?)\b|à compléter|licence etalab|Licence Ouverte|Directeur de la publication|Hébergement|Adresse postale|Préfecture de la région Occitanie —|alternative accessible|ne collecte aucune donnée personnelle|servent uniquement", RegexOptions.IgnoreCase)]
    private static partial Regex PublisherStatement();

    [Fact]
    public void The_legal_pages_list_what_the_publisher_must_confirm_one_line_each()
    {
        foreach (var slug in new[] { "accessibilite", "mentions-legales", "donnees-personnelles" })
        {
            var note = _set.Pages.Single(p => p.Key == slug).Data.EditorNote ?? "";
            Assert.True(ToConfirm().Count(note) > 0, $"pages/{slug}.md: no « - À confirmer par l'éditeur : … » line in its editor_note");
        }
        var lines = AllItems()
            .SelectMany(i => (EditorNoteOf(i.Data) ?? "").Split('\n').Select(l => (i.File, Line: l.Trim())))
            .Where(l => l.Line.Contains("À confirmer par l'éditeur", StringComparison.Ordinal))
            .ToList();
        Assert.All(lines, l => Assert.True(ToConfirm().IsMatch(l.Line), $"{l.File}: « {l.Line} » is not written « - À confirmer par l'éditeur : … »"));
    }

    private static string? EditorNoteOf(object data) => (data as ContentYaml)?.EditorNote;

    [GeneratedRegex(@"^- À confirmer par l'éditeur : \S.*$", RegexOptions.Multiline)]
    private static partial Regex ToConfirm();

    // ---- reading content/ and the sources -------------------------------------------------------

    private sealed record Item(string File, string Key, object Data, string Body, List<SourceYaml> Sources);

    private static IEnumerable<Item> AllItems() =>
        Items(_set.Axes, d => d.Sources)
            .Concat(Items(_set.Intentions, d => d.Sources))
            .Concat(Items(_set.Measures, d => d.Sources))
            .Concat(Items(_set.Workshops, d => d.Sources))
            .Concat(Items(_set.Conferences, d => d.Sources))
            .Concat(Items(_set.PressReleases, d => d.Sources))
            .Concat(Items(_set.WorkingGroups, d => d.Sources))
            .Concat(Items(_set.Pages, d => d.Sources))
            .Concat(Items(_set.FundingLines, d => d.Sources))
            .Concat(Items(_set.KeyFigures, d => d.Sources));

    private static IEnumerable<Item> Items<T>(List<ContentDocument<T>> documents, Func<T, List<SourceYaml>?> sources)
        where T : class =>
        documents.Select(d => new Item(d.File, d.Key, d.Data, d.Body, sources(d.Data) ?? []));

    /// <summary>Every text of an item a visitor reads: its strings, nested ones included, and its body; not the editors' note nor the source references.</summary>
    private static IEnumerable<string> PublicTexts(object data, string body)
    {
        foreach (var text in Strings(data))
        {
            yield return text;
        }
        if (body.Length > 0)
        {
            yield return body;
        }
    }

    private static IEnumerable<string> Strings(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                yield return text;
                yield break;
            case IEnumerable list:
                foreach (var element in list)
                {
                    foreach (var text in Strings(element))
                    {
                        yield return text;
                    }
                }
                yield break;
        }
        if (value.GetType().Namespace != typeof(SourceYaml).Namespace)
        {
            yield break;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is nameof(ContentYaml.EditorNote) or nameof(ContentYaml.Sources) or nameof(ContentYaml.Status))
            {
                continue;
            }
            foreach (var text in Strings(property.GetValue(value)))
            {
                yield return text;
            }
        }
    }

    /// <summary>Sentences and list lines: a claim and its condition are read together.</summary>
    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(Normalize).Where(s => s.Length > 0);

    /// <summary>A source document as printed, markdown emphasis and line breaks of the conversion aside.</summary>
    private static string Source(string document) => SourceDocuments.Text(document);

    private static string Normalize(string text) => SourceDocuments.Normalize(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÀ-Ý«*])|\n+")]
    private static partial Regex SentenceBreak();
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>content/ holds the whole corpus of the source documents, structured and faithful.</summary>
public sealed partial class ContentCorpusTests
{
    private static readonly ContentSet _set = ContentReader.Read(Paths.Content).Set;
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Each_kind_has_the_number_of_items_the_sources_give()
    {
        Assert.Equal(6, _set.Axes.Count);
        Assert.Equal(7, _set.Intentions.Count);
        Assert.True(_set.Measures.Count >= 65, $"{_set.Measures.Count} measures; the 2024 release speaks of « plus de 65 dispositifs »");
        Assert.Equal(23, _set.Workshops.Count);
        Assert.Equal(3, _set.Conferences.Count);
        Assert.Equal(3, _set.PressReleases.Count);
        Assert.Equal(11, _set.WorkingGroups.Count);
        Assert.Equal(13, _set.Departements.Count);
        Assert.Equal(["montpellier", "perpignan", "toulouse"], _set.Metropoles.Select(m => m.Key).Order());
    }

    [Fact]
    public void Every_atelier_number_and_round_table_numeral_is_there_once()
    {
        var ateliers = _set.Workshops.Where(w => w.Data.Kind == "atelier").Select(w => w.Data.Number).ToList();
        var tablesRondes = _set.Workshops.Where(w => w.Data.Kind == "table-ronde").Select(w => w.Data.Number).ToList();

        Assert.Equal(Enumerable.Range(1, 18).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), ateliers.Order(StringComparer.Ordinal).OrderBy(n => n!.Length));
        Assert.Equal(["I", "II", "III", "IV"], tablesRondes.Order(StringComparer.Ordinal));
        var partner = Assert.Single(_set.Workshops, w => w.Data.Kind == "atelier-partenaire");
        Assert.Contains("épicerie solidaire", partner.Data.Title, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 23), _set.Workshops.Select(w => w.Data.Order!.Value).Order());
    }

    [Fact]
    public void Every_measure_has_an_axis_and_a_source()
    {
        var axes = _set.Axes.Select(a => a.Key).ToHashSet();
        Assert.All(_set.Measures, m =>
        {
            Assert.Contains(m.Data.Axis!, axes);
            Assert.NotEmpty(m.Data.Sources!);
        });
    }

    [Fact]
    public void Every_axis_has_measures()
    {
        Assert.All(_set.Axes, a => Assert.Contains(_set.Measures, m => m.Data.Axis == a.Key));
    }

    [Fact]
    public void Every_intention_has_at_least_one_atelier_and_three_measures()
    {
        Assert.All(_set.Intentions, intention =>
        {
            Assert.Contains(_set.Workshops, w => w.Data.Intention == intention.Key);
            var measures = _set.Measures.Count(m => m.Data.Intentions?.Contains(intention.Key) == true);
            Assert.True(measures >= 3, $"{intention.Key}: {measures} measures");
        });
    }

    [Fact]
    public void Every_workshop_illustrates_at_least_one_measure()
    {
        Assert.All(_set.Workshops, w => Assert.NotEmpty(w.Data.Measures ?? []));
    }

    [Fact]
    public void Every_measure_taken_from_a_workshop_is_linked_from_it()
    {
        var linked = _set.Workshops.SelectMany(w => w.Data.Measures ?? []).ToHashSet();
        var fromWorkshops = _set.Measures.Where(m => m.Data.Sources!.Any(s =>
            s.Document == "003_07d57dd302962500.txt"
            && (s.Location?.StartsWith("Atelier", StringComparison.Ordinal) == true || s.Location?.StartsWith("Table-ronde", StringComparison.Ordinal) == true)));

        Assert.All(fromWorkshops, m => Assert.Contains(m.Key, linked));
    }

    [Fact]
    public void The_intentions_keep_the_guides_other_wordings_as_aliases()
    {
        var meal = _set.Intentions.Single(i => i.Key == "assurer-un-repas-equilibre").Data;
        var cohesion = _set.Intentions.Single(i => i.Key == "oeuvrer-a-la-cohesion-du-territoire").Data;

        Assert.Contains(meal.Aliases!, a => a.Contains("soutenir les familles en difficulté", StringComparison.Ordinal));
        Assert.Contains(cohesion.Aliases!, a => a.Contains("ouvrir à la cohésion", StringComparison.Ordinal));
        Assert.NotNull(meal.EditorNote);
        Assert.NotNull(cohesion.EditorNote);
    }

    [Fact]
    public void The_2023_funding_lines_sum_to_73_7_millions_of_the_75_millions_announced()
    {
        Assert.Equal(6, _set.FundingLines.Count);
        Assert.Equal(73_700_000m, _set.FundingLines.Sum(f => f.Data.Amount!.Value));
        Assert.Equal(75_000_000m, _set.KeyFigures.Single(k => k.Data.Unit == "€" && k.Data.Year == 2023).Data.Value);
    }

    [Fact]
    public void Every_source_document_named_is_in_content_sources()
    {
        foreach (var document in _set.SourceDocuments.Where(d => d.Key.EndsWith(".txt", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(Paths.Content, "sources", document.Key)), document.Key);
        }
    }

    [Fact]
    public void Atelier_17_says_that_its_links_repeat_those_of_atelier_14()
    {
        var atelier17 = _set.Workshops.Single(w => w.Data.Kind == "atelier" && w.Data.Number == "17").Data;

        Assert.Contains("14", atelier17.EditorNote, StringComparison.Ordinal);
        Assert.Contains("les entreprises s'engagent", atelier17.FurtherReading, StringComparison.Ordinal);
    }

    [Fact]
    public void The_working_groups_note_that_the_2024_release_counts_twelve()
    {
        var governance = _set.Pages.Single(p => p.Key == "gouvernance").Data;

        Assert.Contains("12", governance.EditorNote, StringComparison.Ordinal);
        Assert.Contains("11", governance.EditorNote, StringComparison.Ordinal);
    }

    /// <summary>Facts copied from the sources: each is in a document the item cites, and in the item.</summary>
    public static TheoryData<string, string, string> Facts => new()
    {
        { "mesures", "cantines-a-tarification-sociale", "3 € par repas servi" },
        { "mesures", "cantines-a-tarification-sociale", "05 49 37 56 30" },
        { "mesures", "cantines-a-tarification-sociale", "aidecantinescolaire@asp-public.fr" },
        { "mesures", "petits-dejeuners-educatifs", "1,30 € par petit-déjeuner" },
        { "mesures", "points-conseil-budget", "15 000€ par structure pendant 3 ans" },
        { "mesures", "points-conseil-budget", "32 en Occitanie" },
        { "mesures", "centres-sociaux-dans-les-qpv", "80 % des dépenses" },
        { "mesures", "centres-sociaux-dans-les-qpv", "105 quartiers" },
        { "mesures", "obligation-de-formation", "0 800 122 500" },
        { "mesures", "obligation-de-formation", "9 200 jeunes" },
        { "mesures", "defenseur-des-droits", "09 69 39 00 00" },
        { "mesures", "pass-culture", "300€" },
        { "mesures", "epiceries-solidaires", "2 000 euros à 15 000 euros" },
        { "mesures", "points-accueil-ecoute-jeunes", "20 PAEJ" },
        { "ateliers", "atelier-01-cantines-tarification-sociale-capendu", "Claude Busto" },
        { "ateliers", "atelier-01-cantines-tarification-sociale-capendu", "Capendu" },
        { "ateliers", "atelier-02-petits-dejeuners-qpv-zrr-tarbes", "Gilles Craspay" },
        { "ateliers", "atelier-03-centre-social-par-qpv-sete", "Jocelyne Gizardin" },
        { "ateliers", "atelier-04-obligation-de-formation-toulouse", "Sabine Geil-Gomez" },
        { "ateliers", "atelier-04-obligation-de-formation-toulouse", "plus de 4 000 jeunes" },
        { "ateliers", "atelier-06-habitat-jeunes-labege", "Laurent Cherubin" },
        { "ateliers", "atelier-07-acces-aux-droits-grand-cahors", "Jean-Albert Reix" },
        { "ateliers", "atelier-08-points-conseil-budget-agde", "Sylviane Peyret" },
        { "ateliers", "atelier-09-violences-intrafamiliales-lafrancaise-montech", "Jacques Moignard" },
        { "ateliers", "atelier-10-defenseur-des-droits", "95 000 saisines" },
        { "ateliers", "atelier-13-mobilite-solidaire-perpignan", "Elisabeth Marcilly" },
        { "ateliers", "atelier-15-chantiers-d-insertion-molieres-sur-ceze", "Florence Bouis" },
        { "ateliers", "atelier-16-saisonniers-lourdes", "800 000 pèlerins" },
        { "ateliers", "atelier-17-espace-polyvalent-langogne", "Rose-Marie Martin" },
        { "ateliers", "atelier-18-unions-departementales-de-ccas", "8 unions départementales" },
        { "ateliers", "table-ronde-i-politique-petite-enfance", "Rémi Ghezzi" },
        { "ateliers", "table-ronde-ii-insertion-professionnelle-des-jeunes-tarn", "Catherine Ferrier" },
        { "ateliers", "table-ronde-iii-contrats-locaux-de-sante", "Laurent Poquet" },
        { "ateliers", "table-ronde-iv-inclusion-numerique-auch", "13 millions de Français" },
        { "communiques", "2021-07-07-strategie-pauvrete-deploiement-territoires", "4554 communes" },
        { "communiques", "2021-07-07-strategie-pauvrete-deploiement-territoires", "219 CCAS" },
        { "communiques", "2021-07-07-strategie-pauvrete-deploiement-territoires", "165 EPCI" },
        { "communiques", "2021-07-07-strategie-pauvrete-deploiement-territoires", "05 34 45 36 17" },
        { "communiques", "2024-05-24-bilan-2023-transition-pacte-des-solidarites", "75 millions d'euros" },
        { "communiques", "2024-05-24-bilan-2023-transition-pacte-des-solidarites", "Pierre-André Durand" },
        { "communiques", "2019-06-17-conferences-regionales-point-d-etape", "anne-catherine.ferrari@sante.gouv.fr" },
        { "conferences", "conferences-regionales-2019", "5 juillet : Occitanie (Montpellier)" },
        { "conferences", "conference-regionale-des-elus-2021", "13h45" },
        { "conferences", "conference-regionale-des-elus-2021", "Étienne Guyot" },
        { "axes", "egalite-des-chances-des-les-premiers-pas", "16 projets" },
        { "axes", "autonomie-des-jeunes", "6 000 jeunes" },
        { "axes", "acces-aux-droits", "200 000 usagers" },
        { "axes", "acces-aux-droits", "5 territoires" },
        { "pages", "gouvernance", "eric.pelisson@dreets.gouv.fr" },
        { "pages", "gouvernance", "18 octobre 2022" },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void A_fact_of_the_sources_is_in_the_right_item(string folder, string slug, string fact)
    {
        var (text, sources) = Item(folder, slug);

        Assert.Contains(fact, text, StringComparison.Ordinal);
        Assert.Contains(sources, document => Normalize(File.ReadAllText(Path.Combine(Paths.Content, "sources", document))).Contains(fact, StringComparison.Ordinal));
    }

    private static (string Text, List<string> Sources) Item(string folder, string slug)
    {
        (object Data, string Body, List<SourceYaml>? Sources) item = folder switch
        {
            "mesures" => Find(_set.Measures, slug, d => d.Sources),
            "ateliers" => Find(_set.Workshops, slug, d => d.Sources),
            "communiques" => Find(_set.PressReleases, slug, d => d.Sources),
            "conferences" => Find(_set.Conferences, slug, d => d.Sources),
            "axes" => Find(_set.Axes, slug, d => d.Sources),
            "pages" => Find(_set.Pages, slug, d => d.Sources),
            _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, null),
        };
        var text = Normalize(JsonSerializer.Serialize(item.Data, item.Data.GetType(), _json) + "\n" + item.Body);
        // A release's press contacts are records of reference/contacts-presse.yml: their facts are the release's.
        if (item.Data is PressReleaseYaml release)
        {
            var contacts = (release.PressContacts ?? []).Select(c => _set.PressContacts.Single(p => p.Key == c).Data);
            text += "\n" + Normalize(JsonSerializer.Serialize(contacts.ToList(), _json));
        }
        return (text, item.Sources?.Select(s => s.Document!).Distinct().ToList() ?? []);
    }

    private static (object, string, List<SourceYaml>?) Find<T>(List<ContentDocument<T>> documents, string slug, Func<T, List<SourceYaml>?> sources)
        where T : class
    {
        var document = documents.SingleOrDefault(d => d.Key == slug) ?? throw new InvalidOperationException($"no item '{slug}'");
        return (document.Data, document.Body, sources(document.Data));
    }

    /// <summary>Markdown emphasis and line breaks of the conversion aside, the words as printed.</summary>
    private static string Normalize(string text) => Whitespace().Replace(text.Replace("**", "", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

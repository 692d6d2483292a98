using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Content;

/// <summary>A malformed file is reported with its file, its line and what is wrong.</summary>
public sealed class MalformedContentTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("mesures/x.md", "Pas de front matter.\n", "content/mesures/x.md:1: the file must start with a YAML front matter between two '---' lines")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: [non fermé\nsources: []\n---\n", "content/mesures/x.md:4:")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\ntitel: \"faute de frappe\"\n---\n", "content/mesures/x.md:4: Property 'titel' not found on type")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\n---\n", "content/mesures/x.md:2: 'sources' is required")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\nintentions: [accompagner-les-jeunes, inconnue]\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/mesures/x.md:4: unknown intention 'inconnue'")]
    [InlineData("axes/x.md", "---\nnumber: sept\ntitle: \"Titre\"\n---\n", "content/axes/x.md:2:")]
    [InlineData("conferences/x.md", "---\ntitle: \"Titre\"\nplace: Toulouse\ndate: 7 juillet 2021\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/conferences/x.md:4: '7 juillet 2021' is not a date written yyyy-mm-dd")]
    [InlineData("ateliers/x.md", "---\nkind: atelier\nnumber: \"99\"\norder: 99\ntitle: \"Titre\"\nintention: accompagner-les-jeunes\nplace: \"Albi, Tarn\"\nspeakers:\n  - name: \"Nom\"\n    kind: orateur\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/ateliers/x.md:10: 'speakers[0].kind' is animateur, intervenant or participant, not 'orateur'")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\npublics: [familles, inconnus]\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/mesures/x.md:4: 'inconnus' is not in the 'publics' of reference/vocabulaires.yml")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\napplicants:\n  - commune\n  - mairie\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/mesures/x.md:6: 'mairie' is not in the 'demandeurs' of reference/vocabulaires.yml")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\ncontacts:\n  - name: \"Accueil\"\n    service: \"Préfecture\"\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/mesures/x.md:6: 'Préfecture' is not in the 'services' of reference/vocabulaires.yml")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\nhelp_kind: subvention\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/mesures/x.md:4: 'help_kind' is structure-a-demultiplier, dispositif-vers-lequel-orienter or aide-financiere, not 'subvention'")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\napplication_deadline: 2021-12-31\npermanent: true\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/mesures/x.md:5: a measure with an 'application_deadline' is not 'permanent'")]
    [InlineData("mesures/x.md", "---\ntitle: \"Titre\"\naxis: acces-aux-droits\napplication_deadline: 31/12/2021\nsources: [{ document: 003_07d57dd302962500.txt }]\n---\n", "content/mesures/x.md:4: '31/12/2021' is not a date written yyyy-mm-dd")]
    [InlineData("mesures/Mauvais_Nom.md", "---\ntitle: \"Titre\"\n---\n", "content/mesures/Mauvais_Nom.md:1: the file name 'Mauvais_Nom' is not a slug")]
    public void The_error_names_the_file_the_line_and_the_fault(string file, string text, string expected)
    {
        _content.Write(file, text);

        var errors = ContentReader.Read(_content.Path).Errors;

        var error = Assert.Single(errors);
        Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_item_of_a_reference_list_is_reported_at_its_line()
    {
        var departements = _content.Read("reference/departements.yml");
        _content.Write("reference/departements.yml", departements + "- code: \"999x\"\n  name: \"Nulle part\"\n  slug: nulle-part\n");
        var line = departements.Split('\n').Length;

        var errors = ContentReader.Read(_content.Path).Errors;

        var error = Assert.Single(errors);
        Assert.Equal($"content/reference/departements.yml:{line}: '999x' is not an INSEE département code (write it quoted: \"09\")", error.ToString());
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Occitanie.Pauvrete.Web.Features.OpenData;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Selection;

/// <summary>
/// « Ma sélection » as a CSV for a spreadsheet: one row per item, the answers of the page in columns.
/// Unlike the open data (a comma, as data.gouv.fr asks), a semicolon: this file is opened by a person
/// in a French spreadsheet, which splits on « ; » (the comma is its decimal mark). UTF-8 with a byte
/// order mark and formula-looking texts neutralised, as the open data files are (<see cref="OpenDataFiles"/>).
/// </summary>
public static class SelectionCsv
{
    public const string FileName = "ma-selection.csv";

    private static readonly UTF8Encoding _utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly CsvConfiguration _csv = new(CultureInfo.InvariantCulture)
    {
        Delimiter = ";",
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.None,
    };

    public static readonly string[] Columns =
    [
        "type", "titre", "adresse", "ce_que_finance_l_etat", "qui_peut_demander", "comment_faire", "qui_contacter",
        "lieu", "commune", "departement", "date", "intervenants",
    ];

    public static byte[] Write(IReadOnlyList<SelectedMeasure> measures, IReadOnlyList<SelectedWorkshop> workshops, SiteAddress site)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, _utf8WithBom))
        using (var csv = new CsvWriter(writer, _csv))
        {
            void Row(params string?[] values)
            {
                foreach (var value in values)
                {
                    csv.WriteField(OpenDataFiles.NeutraliseFormula(value ?? ""));
                }
                csv.NextRecord();
            }
            Row(Columns);
            foreach (var measure in measures)
            {
                var essentials = measure.Essentials;
                var contact = essentials.Contact is { } c ? string.Join(", ", new[] { c.Name, c.Phone, c.Email }.OfType<string>()) : null;
                var howTo = essentials.FirstStep ?? essentials.ApplyLink?.Title;
                Row("mesure", measure.Title, site.For(measure.Url), essentials.Funding.Fact, essentials.Applicants, howTo, contact, null, null, null, null, null);
            }
            foreach (var workshop in workshops)
            {
                var speakers = string.Join(" ; ", workshop.Speakers.SelectMany(g => g.Speakers).Select(s => Text.Given(s.Role) is { } role ? $"{s.Name}, {role}" : s.Name));
                Row("atelier", workshop.Heading, site.For(workshop.Url), null, null, null, null, workshop.Place, workshop.Commune, workshop.Departement, workshop.HeldOn, speakers);
            }
        }
        return buffer.ToArray();
    }
}

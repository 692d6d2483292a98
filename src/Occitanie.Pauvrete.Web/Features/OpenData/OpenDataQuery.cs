using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Api;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.OpenData;

/// <summary>A dataset as /donnees presents it: its description, how many rows it has, when it last changed.</summary>
public sealed record OpenDatasetSummary(OpenDataset Dataset, int Count, DateOnly? UpdatedOn);

public sealed record OpenDataViewModel(IReadOnlyList<OpenDatasetSummary> Datasets)
    : PageViewModel(
        "Données ouvertes",
        "Les mesures, les ateliers et les communiqués de presse du portail en données ouvertes : fichiers CSV et JSON documentés, sous Licence Ouverte 2.0, et une API de consultation.")
{
    public const string LicenceName = "Licence Ouverte / Open Licence version 2.0";

    public const string LicenceUrl = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
}

/// <summary>The open data of /donnees: the published measures, workshops and press releases, as tables.</summary>
public sealed class OpenDataQuery(PortalDbContext db, PublicApiQuery api)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public async Task<OpenDataViewModel> LoadCatalogueAsync(CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking().Published().Select(m => m.UpdatedAt).ToListAsync(cancellationToken);
        var workshops = await db.Workshops.AsNoTracking().Published().Select(w => w.UpdatedAt).ToListAsync(cancellationToken);
        var releases = await db.PressReleases.AsNoTracking().Published().Select(r => r.UpdatedAt).ToListAsync(cancellationToken);
        return new OpenDataViewModel(
            [Summary(OpenDatasets.Measures, measures), Summary(OpenDatasets.Workshops, workshops), Summary(OpenDatasets.PressReleases, releases)])
        {
            Breadcrumb = [new Crumb("Données ouvertes")],
        };

        // The date of UTC: the few hours around midnight where it differs from Paris's do not matter to a dataset's freshness.
        static OpenDatasetSummary Summary(OpenDataset dataset, List<DateTime> updates) =>
            new(dataset, updates.Count, updates.Count == 0 ? null : DateOnly.FromDateTime(updates.Max()));
    }

    /// <returns>Null when no dataset is named <paramref name="slug"/>.</returns>
    public async Task<OpenDataTable?> LoadTableAsync(string slug, SiteAddress site, CancellationToken cancellationToken) => slug switch
    {
        "mesures" => OpenDatasets.Measures.Table(await LoadMeasuresAsync(site, cancellationToken)),
        "ateliers" => OpenDatasets.Workshops.Table(await api.ListWorkshopsAsync(site, cancellationToken)),
        "communiques" => OpenDatasets.PressReleases.Table(await api.ListPressReleasesAsync(site, cancellationToken)),
        _ => null,
    };

    /// <summary>By axis, then by title in French order (SQLite would sort bytes and put « École » last).</summary>
    private async Task<List<MeasureRecord>> LoadMeasuresAsync(SiteAddress site, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking()
            .Published()
            .Select(m => new
            {
                m.Slug,
                m.Title,
                AxisPublished = m.Axis!.IsPublished,
                AxisNumber = m.Axis.Number,
                AxisTitle = m.Axis.Title,
                Intentions = m.Intentions.Where(i => i.IsPublished).OrderBy(i => i.Order).Select(i => i.Title).ToList(),
                m.Publics,
                m.Porteurs,
                m.Funding,
                m.FundingAmount,
                m.Summary,
                m.Sources,
                m.UpdatedAt,
                Aid = new MeasureAid(m.Applicants, m.HelpKind, m.FundingUnit, m.FundingPeriod, m.ApplicationDeadline, m.IsPermanent, m.Territory),
                m.Contacts,
            })
            .ToListAsync(cancellationToken);
        var citations = await SourceCitations.LoadManyAsync(db, [.. measures.Select(m => m.Sources)], cancellationToken);
        return measures
            .Select((m, i) => new MeasureRecord
            {
                Slug = m.Slug,
                Title = m.Title,
                AxisNumber = m.AxisPublished ? m.AxisNumber : null,
                AxisTitle = m.AxisPublished ? m.AxisTitle : null,
                Intentions = m.Intentions,
                Publics = m.Publics,
                Porteurs = m.Porteurs,
                Funding = MeasureFunding.AgreeingLineOf(m.Funding, m.FundingAmount),
                FundingAmount = m.FundingAmount,
                Summary = m.Summary,
                Url = site.For(PublicPaths.Measure(m.Slug)),
                Sources = [.. citations[i].Select(c => c.ToString())],
                UpdatedAt = m.UpdatedAt,
                Aid = m.Aid,
                ContactServices = [.. m.Contacts.Select(c => c.Service).OfType<string>().Distinct(StringComparer.Ordinal)],
            })
            .OrderBy(m => m.AxisNumber is null)
            .ThenBy(m => m.AxisNumber)
            .ThenBy(m => m.Title, _frenchOrder)
            .ToList();
    }
}

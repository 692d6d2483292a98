using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Media;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

/// <summary>The press room: the releases by year, one release with what relates to it, the press contacts.</summary>
/// <remarks>
/// No filter by axis: the model links no release to an axis, and the data gives no honest way to.
/// The six axes cite only the release of 24 May 2024; going through the measures that cite a
/// release would tie the 2019 and 2024 releases to all six axes and the 2021 one to four, by the
/// editors' filing of those measures rather than by what the releases say: a filter that sorts nothing.
/// </remarks>
public sealed class PressReleasesQuery(PortalDbContext db)
{
    public const int PageSize = 10;

    /// <summary>Most links a release lists under « Voir aussi »: enough to go further, short enough to read.</summary>
    public const int MaxRelated = 6;

    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public async Task<PressReleasesViewModel> LoadReleasesAsync(PressReleaseFilter filter, CancellationToken cancellationToken)
    {
        var published = db.PressReleases.AsNoTracking().Published();
        // The dates alone give the year tags and their counts: a press room holds tens of releases a year.
        var dates = await published.Select(r => r.Date).ToListAsync(cancellationToken);
        var total = dates.Count(d => filter.Year is null || d.Year == filter.Year);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        filter = filter with { Page = Math.Min(filter.Page, pageCount) };

        IReadOnlyList<PressReleaseListItem> releases = [];
        if (total > 0)
        {
            var matching = published;
            if (filter.Year is { } year)
            {
                // A range on the date (not Date.Year) keeps the index on Date useful on both providers;
                // the year exists (it has releases), so it is a valid DateOnly year.
                var first = new DateOnly(year, 1, 1);
                var last = new DateOnly(year, 12, 31);
                matching = matching.Where(r => r.Date >= first && r.Date <= last);
            }
            releases = await matching
                .OrderByDescending(r => r.Date).ThenBy(r => r.Title).ThenBy(r => r.Slug)
                .Skip((filter.Page - 1) * PageSize)
                .Take(PageSize)
                .Select(r => new PressReleaseListItem(r.Slug, r.Title, r.Date, r.Place, r.Emitter, r.Lead))
                .ToListAsync(cancellationToken);
        }

        var years = dates.GroupBy(d => d.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new PressReleaseYear(
                g.Key,
                g.Count(),
                g.Key == filter.Year,
                // A chosen year's tag takes the filter off again.
                new PressReleaseFilter { Year = g.Key == filter.Year ? null : g.Key }.ToUrl()))
            .ToList();
        return new PressReleasesViewModel(filter, total, pageCount, releases, years) { Breadcrumb = [new Crumb("Communiqués de presse")] };
    }

    /// <param name="includeUnpublished">Staff's preview: the item itself whatever its status; what it links to stays published only.</param>
    public async Task<PressReleaseViewModel?> LoadReleaseAsync(string slug, SiteAddress site, CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var release = await db.PressReleases.AsNoTracking()
            .PublishedUnless(includeUnpublished)
            .Where(r => r.Slug == slug)
            .Select(r => new
            {
                r.Slug, r.Title, r.Date, r.Place, r.Emitter, r.Lead, r.Body, r.PressContacts, r.EditorNote, r.Sources, r.VerifiedOn,
                Media = db.MediaFiles.Where(f => f.PressReleaseId == r.Id).OrderBy(f => f.CreatedAt).Select(MediaItem.Projection).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (release is null)
        {
            return null;
        }
        var (related, moreMeasures) = await LoadRelatedAsync(release.Date, release.Sources, cancellationToken);
        return new PressReleaseViewModel(release.Title, release.Lead)
        {
            Date = release.Date,
            Place = release.Place,
            Emitter = release.Emitter,
            Body = release.Body,
            Permalink = site.For(PublicPaths.PressRelease(release.Slug)),
            PressContacts = PressContactRecords.Of(release.PressContacts, await PressContactRecords.LoadAsync(db, release.PressContacts, cancellationToken)),
            Media = new PageMedia(release.Media, StaffView: includeUnpublished),
            Related = related,
            MoreRelatedMeasures = moreMeasures,
            Sources = await ItemSources.LoadAsync(db, release.Sources, release.VerifiedOn, release.EditorNote, cancellationToken, datedOn: release.Date),
            Breadcrumb = [new Crumb("Communiqués de presse", PublicPaths.PressReleases), new Crumb(release.Title)],
        };
    }

    /// <summary>Every published release that has press contacts, newest first, with its contacts.</summary>
    public async Task<PressContactsViewModel> LoadPressContactsAsync(CancellationToken cancellationToken)
    {
        var releases = await db.PressReleases.AsNoTracking()
            .Published()
            .Where(r => r.PressContacts.Any())
            .OrderByDescending(r => r.Date).ThenBy(r => r.Title).ThenBy(r => r.Slug)
            .Select(r => new { r.Slug, r.Title, r.Date, r.Place, r.PressContacts })
            .ToListAsync(cancellationToken);
        var records = await PressContactRecords.LoadAsync(db, releases.SelectMany(r => r.PressContacts), cancellationToken);
        return new PressContactsViewModel(
            [.. releases.Select(r => new ReleasePressContacts(r.Slug, r.Title, r.Date, r.Place, PressContactRecords.Of(r.PressContacts, records)))
                .Where(r => r.Contacts.Count > 0)])
        {
            Breadcrumb = [new Crumb("Communiqués de presse", PublicPaths.PressReleases), new Crumb("Contacts presse")],
        };
    }

    /// <summary>
    /// What the data relates to a release, and nothing guessed from its words: the conferences held
    /// on its date (known to the day) or citing the same source document, then the measures citing
    /// it; at most <see cref="MaxRelated"/>, with the number of citing measures left out.
    /// </summary>
    private async Task<(IReadOnlyList<RelatedContent> Related, int MoreMeasures)> LoadRelatedAsync(
        DateOnly date, IReadOnlyList<SourceReference> sources, CancellationToken cancellationToken)
    {
        var documents = sources.Select(s => s.Document).Distinct().ToList();
        var conferences = await db.Conferences.AsNoTracking()
            .Published()
            .Where(c => (c.DatePrecision == DatePrecision.Day && c.Date <= date && (c.EndDate ?? c.Date) >= date)
                || c.Sources.Any(s => documents.Contains(s.Document)))
            .OrderByDescending(c => c.Date).ThenBy(c => c.Slug)
            .Select(c => new { c.Slug, c.Title, c.Date, c.EndDate, c.DatePrecision })
            .ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking()
            .Published()
            .Where(m => m.Sources.Any(s => documents.Contains(s.Document)))
            .Select(m => new { m.Slug, m.Title })
            .ToListAsync(cancellationToken);

        bool HeldThatDay(DateOnly start, DateOnly? end, DatePrecision precision) =>
            precision == DatePrecision.Day && start <= date && (end ?? start) >= date;
        var shownMeasures = Math.Clamp(MaxRelated - conferences.Count, 0, measures.Count);
        var related = conferences
            .Take(MaxRelated)
            .Select(c => new RelatedContent(
                "Conférence",
                c.Title,
                PublicPaths.Conference(c.Slug),
                HeldThatDay(c.Date, c.EndDate, c.DatePrecision) ? "tenue le jour du communiqué" : "cite ce communiqué parmi ses sources"))
            .Concat(measures
                .OrderBy(m => m.Title, _frenchOrder)
                .Take(shownMeasures)
                .Select(m => new RelatedContent("Mesure", m.Title, PublicPaths.Measure(m.Slug), "cite ce communiqué parmi ses sources")))
            .ToList();
        return (related, measures.Count - shownMeasures);
    }
}

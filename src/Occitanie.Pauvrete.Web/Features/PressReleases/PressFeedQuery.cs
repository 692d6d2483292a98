using System.ServiceModel.Syndication;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

/// <summary>The published releases as an Atom 1.0 feed, newest first, for journalists' feed readers.</summary>
public sealed class PressFeedQuery(PortalDbContext db, MarkdownRenderer markdown)
{
    public const string FeedTitle = "Communiqués de presse — Lutte contre la pauvreté en Occitanie";

    // Releases carry a day, not an instant: they are dated at midnight in France, whatever the
    // server's time zone. "Europe/Paris" is an IANA name, which .NET resolves on every platform.
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public async Task<SyndicationFeed> LoadAsync(SiteAddress site, CancellationToken cancellationToken)
    {
        var releases = await db.PressReleases.AsNoTracking()
            .Published()
            .OrderByDescending(r => r.Date).ThenBy(r => r.Title).ThenBy(r => r.Slug)
            .Select(r => new { r.Slug, r.Title, r.Date, r.Emitter, r.Lead, r.Body })
            .ToListAsync(cancellationToken);

        var feedAddress = new Uri(site.For(PublicPaths.PressFeed));
        // Atom requires an updated instant; an empty feed has no release to date it by.
        var updated = releases.Count > 0 ? StartOfDayInFrance(releases[0].Date) : DateTimeOffset.UtcNow;
        var feed = new SyndicationFeed(
            FeedTitle,
            "Les communiqués de presse de la stratégie de prévention et de lutte contre la pauvreté en Occitanie.",
            new Uri(site.For(PublicPaths.PressReleases)),
            feedAddress.AbsoluteUri,
            updated)
        {
            Language = "fr",
            // Links the release texts may hold to the portal's own pages ("/mesures/…") resolve against it.
            BaseUri = site.Root,
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(feedAddress, "application/atom+xml"));

        feed.Items = [.. releases.Select(r =>
        {
            var permalink = new Uri(site.For(PublicPaths.PressRelease(r.Slug)));
            var date = StartOfDayInFrance(r.Date);
            var item = new SyndicationItem(r.Title, SyndicationContent.CreateHtmlContent(markdown.Render(r.Body).ToString()), permalink, permalink.AbsoluteUri, date)
            {
                PublishDate = date,
                Summary = r.Lead is null ? null : new TextSyndicationContent(r.Lead),
            };
            item.Authors.Add(new SyndicationPerson { Name = r.Emitter });
            return item;
        })];
        return feed;
    }

    /// <summary>00:00 on that day in France (UTC+1 in winter, UTC+2 in summer).</summary>
    public static DateTimeOffset StartOfDayInFrance(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, _paris.GetUtcOffset(midnight));
    }
}

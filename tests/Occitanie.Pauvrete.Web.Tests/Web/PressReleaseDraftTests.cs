using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>A release staff put back to draft leaves the press room, the feed and the contacts page at once.</summary>
public sealed class PressReleaseDraftTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Slug = "2021-07-07-strategie-pauvrete-deploiement-territoires";

    [Fact]
    public async Task A_draft_release_disappears_from_the_list_the_feed_and_its_page()
    {
        using var client = portal.CreateClient();
        // Read once before, so that the output cache holds every page the change must evict.
        foreach (var url in new[] { "/communiques", "/communiques?annee=2021", "/communiques/flux.xml", "/communiques/contacts-presse", $"/communiques/{Slug}" })
        {
            using var before = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await portal.ReadAsync(async db =>
        {
            var release = await db.PressReleases.SingleAsync(r => r.Slug == Slug);
            release.Status = PublicationStatus.Draft;
            release.UpdatedBy = "redaction@occitanie.gouv.fr";
            return await db.SaveChangesAsync();
        });
        var published = await portal.ReadAsync(db => db.PressReleases.Published().Select(r => r.Slug).ToListAsync());

        var list = await portal.GetDocumentAsync("/communiques");
        Assert.Equal(published.Count, list.QuerySelectorAll("#releases .fr-card").Length);
        Assert.Null(list.QuerySelector($"a[href='/communiques/{Slug}']"));
        Assert.DoesNotContain(list.QuerySelectorAll("#annees .fr-tag"), t => t.TextContent.Contains("2021", StringComparison.Ordinal));

        await using (var stream = await client.GetStreamAsync(new Uri("/communiques/flux.xml", UriKind.Relative)))
        {
            using var reader = XmlReader.Create(stream);
            var feed = SyndicationFeed.Load(reader);
            Assert.Equal(published.Count, feed.Items.Count());
            Assert.DoesNotContain(feed.Items, i => i.Id.EndsWith(Slug, StringComparison.Ordinal));
        }

        using var page = await client.GetAsync(new Uri($"/communiques/{Slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);

        var contacts = await portal.GetDocumentAsync("/communiques/contacts-presse");
        Assert.Null(contacts.QuerySelector($"a[href='/communiques/{Slug}']"));
        Assert.Empty((await portal.GetDocumentAsync("/communiques?annee=2021")).QuerySelectorAll("#releases .fr-card"));
    }
}

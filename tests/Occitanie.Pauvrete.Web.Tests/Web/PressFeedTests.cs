using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The Atom feed of the releases, read as a feed reader reads it.</summary>
public sealed class PressFeedTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task The_feed_is_utf8_atom()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/communiques/flux.xml", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        using var reader = XmlReader.Create(new StringReader(xml));
        Assert.True(new Atom10FeedFormatter().CanRead(reader), "the document should be an Atom 1.0 feed");
    }

    [Fact]
    public async Task The_feed_has_its_title_absolute_id_and_self_link_and_is_dated_by_the_latest_release()
    {
        using var client = _portal.CreateClient();
        var self = new Uri(client.BaseAddress!, "/communiques/flux.xml");

        var feed = await LoadFeedAsync(client);

        Assert.Equal("Communiqués de presse — Lutte contre la pauvreté en Occitanie", feed.Title.Text);
        Assert.Equal(self.AbsoluteUri, feed.Id);
        Assert.Equal(self, Assert.Single(feed.Links, l => l.RelationshipType == "self").Uri);
        Assert.Equal(new Uri(client.BaseAddress!, "/communiques"), Assert.Single(feed.Links, l => l.RelationshipType == "alternate").Uri);
        // 24 May 2024, at midnight in France (summer time, UTC+2).
        Assert.Equal(new DateTimeOffset(2024, 5, 24, 0, 0, 0, TimeSpan.FromHours(2)), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task The_feed_has_one_entry_per_published_release_newest_first_with_permalink_title_and_content()
    {
        var releases = await _portal.ReadAsync(db => db.PressReleases.AsNoTracking().Published()
            .OrderByDescending(r => r.Date).ThenBy(r => r.Title)
            .Select(r => new { r.Slug, r.Title, r.Date, r.Emitter, r.Lead, r.Body }).ToListAsync());
        var markdown = _portal.Services.GetRequiredService<MarkdownRenderer>();
        using var client = _portal.CreateClient();

        var feed = await LoadFeedAsync(client);

        var items = feed.Items.ToList();
        Assert.Equal(releases.Count, items.Count);
        var parser = new HtmlParser();
        foreach (var (release, item) in releases.Zip(items))
        {
            var permalink = new Uri(client.BaseAddress!, $"/communiques/{release.Slug}");
            Assert.Equal(permalink.AbsoluteUri, item.Id);
            Assert.Equal(permalink, Assert.Single(item.Links, l => l.RelationshipType == "alternate").Uri);
            Assert.Equal(release.Title, item.Title.Text);
            Assert.Equal(release.Lead, item.Summary?.Text);
            Assert.Equal(release.Emitter, Assert.Single(item.Authors).Name);
            Assert.Equal(DateOnly.FromDateTime(item.PublishDate.DateTime), release.Date);
            Assert.Equal(TimeSpan.Zero, item.PublishDate.TimeOfDay);
            var content = Assert.IsType<TextSyndicationContent>(item.Content);
            Assert.Equal("html", content.Type);
            // The content is the body as HTML: its text starts as the body's does.
            var text = VisibleText.Normalize(parser.ParseDocument(content.Text).Body!.TextContent);
            var bodyStart = VisibleText.Normalize(markdown.ToPlainText(release.Body))[..60];
            Assert.StartsWith(bodyStart, text, StringComparison.Ordinal);
        }
        var latest = Assert.IsType<TextSyndicationContent>(items[0].Content).Text;
        Assert.Contains("<h2>Des moyens financiers très significatifs</h2>", latest, StringComparison.Ordinal);
    }

    private static async Task<SyndicationFeed> LoadFeedAsync(HttpClient client)
    {
        await using var stream = await client.GetStreamAsync(new Uri("/communiques/flux.xml", UriKind.Relative));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { Async = true });
        return SyndicationFeed.Load(reader);
    }
}

using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Search;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Security;

/// <summary>
/// Texts built to break Markdig (nesting past its limit of 128, shapes it renders in time growing
/// with the square of their length) are refused where they are typed and, when one is in the
/// database anyway, shown as escaped plain text: the page, the feed, search and a restart carry on.
/// </summary>
public sealed class HostileMarkdownTests
{
    /// <summary>Each broke a page or took seconds to render before.</summary>
    public static TheoryData<string, string> Hostile { get; } = new()
    {
        { "128 levels of quotes", new string('>', 130) },
        { "10 000 levels of quotes", new string('>', 10_000) + " fin" },
        { "10 000 levels of list items", string.Concat(Enumerable.Repeat("- ", 10_000)) + "fin" },
        { "10 000 levels of numbered items", string.Concat(Enumerable.Repeat("1. ", 5_000)) + "fin" },
        { "a list indented 200 levels", string.Join("\n", Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- x")) },
        { "10 000 emphasis markers", new string('*', 10_000) + "fin" + new string('*', 10_000) },
        { "5 000 unclosed brackets", new string('[', 5_000) + "fin" + new string(']', 5_000) },
        { "a 30 000-character autolink word", string.Concat(Enumerable.Repeat("www.a_", 5_000)) },
        { "a 10 MB text", string.Concat(Enumerable.Repeat("Un texte ordinaire. ", 500_000)) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_text_renders_as_escaped_text_and_logs_a_warning(string name, string markdown)
    {
        var logs = new LogCollector();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var renderer = new MarkdownRenderer(factory.CreateLogger<MarkdownRenderer>());

        var html = renderer.Render(markdown + "\n\n<script>alert(1)</script>").ToString()!;

        var body = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;
        Assert.Empty(Executable.In(body));
        Assert.Contains("<script>", body.TextContent, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Markdown shown as plain text", StringComparison.Ordinal));
        Assert.NotEqual("", renderer.ToPlainText(markdown));
        Assert.NotNull(MarkdownRenderer.Check(markdown));
        _ = name;
    }

    [Fact]
    public void Every_text_of_content_passes_the_check()
    {
        var texts = Directory.EnumerateFiles(Paths.Content, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => (File: f, Problem: MarkdownRenderer.Check(File.ReadAllText(f).Split("\n---\n", 2)[^1])))
            .ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.Problem is null, $"{t.File}: {t.Problem}"));
    }

    [Fact]
    public void A_rendered_text_is_rendered_once()
    {
        using var renderer = new MarkdownRenderer();
        var markdown = "Un **texte** ordinaire avec un lien www.occitanie.gouv.fr.";

        var first = renderer.Render(markdown).ToString();
        var second = renderer.Render(markdown).ToString();

        Assert.Same(first, second);
        Assert.Contains("<strong>texte</strong>", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_nested_128_levels_deep_breaks_neither_its_page_the_feed_search_nor_a_restart()
    {
        using var database = TestDatabase.CopyOfImportedContent();
        string slug;
        string otherSlug;
        using (var portal = new PortalFactory { Database = database })
        {
            using var client = portal.CreateClient();
            (slug, otherSlug) = await portal.ReadAsync(async db =>
            {
                var releases = await db.PressReleases.Where(r => r.Status == PublicationStatus.Published).OrderBy(r => r.Slug).Take(2).ToListAsync();
                releases[0].Body = new string('>', 130);
                releases[1].Body += "\n\nMot témoin : ornithorynque.";
                releases.ForEach(r => r.UpdatedBy = "redactrice@occitanie.gouv.fr");
                await db.SaveChangesAsync();
                return (releases[0].Slug, releases[1].Slug);
            });

            using var page = await client.GetAsync(new Uri($"/communiques/{slug}", UriKind.Relative));
            using var feed = await client.GetAsync(new Uri("/communiques/flux.xml", UriKind.Relative));
            var search = await portal.GetDocumentAsync("/recherche?q=ornithorynque");

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("&gt;&gt;&gt;", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
            Assert.Contains($"/communiques/{otherSlug}", await feed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains(search.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/communiques/{otherSlug}");
        }

        using var restarted = new PortalFactory { Database = database };
        using var again = restarted.CreateClient();
        using var home = await again.GetAsync(new Uri("/", UriKind.Relative));
        var found = await restarted.GetDocumentAsync("/recherche?q=ornithorynque");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(found.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/communiques/{otherSlug}");
    }

    [Fact]
    public async Task Staff_cannot_save_a_text_nested_past_the_limit_and_keep_what_they_typed()
    {
        using var portal = new PortalFactory();
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().OrderBy(m => m.Slug).FirstAsync());
        var hostile = new string('>', 130);

        var edit = await browser.GetAsync($"/admin/mesures/{measure.Id}");
        var form = StaffBrowser.EditForm(edit);
        StaffBrowser.Fill(form, new() { ["Body"] = hostile });
        var answer = await browser.SubmitAsync(form, "Enregistrer (visible aussitôt)");

        Assert.Contains("« Texte » ne peut pas être enregistré\u00A0: des citations («\u00A0>\u00A0») ou des listes y sont imbriquées sur plus de 32 niveaux", answer.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(hostile, answer.QuerySelector("textarea[name='Body']")?.TextContent.Trim());
        Assert.Equal(measure.Body, (await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id))).Body);
    }

    [Fact]
    public async Task Staff_cannot_save_a_text_longer_than_the_limit()
    {
        using var portal = new PortalFactory();
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().OrderBy(m => m.Slug).FirstAsync());

        var edit = await browser.GetAsync($"/admin/mesures/{measure.Id}");
        var form = StaffBrowser.EditForm(edit);
        StaffBrowser.Fill(form, new() { ["Body"] = string.Concat(Enumerable.Repeat("Un texte ordinaire. ", 1_100)) });
        var answer = await browser.SubmitAsync(form, "Enregistrer (visible aussitôt)");

        Assert.Contains("« Texte » ne peut pas être enregistré\u00A0: il compte 22\u202F000 caractères, 20\u202F000 au plus.", answer.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_field_is_refused_with_a_french_page_and_changes_nothing()
    {
        using var portal = new PortalFactory();
        using var browser = await StaffBrowser.SignInAsync(portal);
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().OrderBy(m => m.Slug).FirstAsync());

        var edit = await browser.GetAsync($"/admin/mesures/{measure.Id}");
        var form = StaffBrowser.EditForm(edit);
        StaffBrowser.Fill(form, new() { ["Body"] = string.Concat(Enumerable.Repeat("Un texte ordinaire. ", 500_000)) });
        using var response = await browser.SendAsync(form, "Enregistrer (visible aussitôt)");
        var answer = await PortalFactory.ParseAsync(response);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode}");
        Assert.Equal("Demande incorrecte", answer.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(measure.Body, (await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measure.Id))).Body);
    }
}

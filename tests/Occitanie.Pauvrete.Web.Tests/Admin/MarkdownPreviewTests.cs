using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>The markdown preview endpoint: the public site's rendering, for signed-in staff with a valid antiforgery token only.</summary>
public sealed class MarkdownPreviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Markdown = "Un **texte** avec [un lien](https://www.occitanie.gouv.fr) et <script>alert(1)</script> puis [piège](javascript:alert(1)).";

    /// <summary>The token every admin page carries in its forms (here the logout form).</summary>
    private static string TokenOf(IHtmlDocument page) =>
        ((IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value;

    private static FormUrlEncodedContent Form(string markdown, string? token) =>
        new(token is null
            ? [new("markdown", markdown)]
            : [new("markdown", markdown), new("__RequestVerificationToken", token)]);

    [Fact]
    public async Task Signed_in_staff_get_the_sanitized_html_the_public_site_would_show()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var token = TokenOf(await browser.GetAsync("/admin"));

        using var response = await browser.Http.PostAsync(new Uri("/admin/apercu-markdown", UriKind.Relative), Form(Markdown, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var fragment = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("texte", fragment.QuerySelector("p strong")?.TextContent);
        var link = fragment.QuerySelector("a[href='https://www.occitanie.gouv.fr']")!;
        Assert.Equal("noopener", link.GetAttribute("rel"));
        Assert.Empty(fragment.QuerySelectorAll("script"));
        Assert.DoesNotContain(fragment.QuerySelectorAll("a"), a => a.GetAttribute("href")?.Contains("javascript", StringComparison.OrdinalIgnoreCase) == true);
        // Raw HTML is shown as text, not run.
        Assert.Contains("<script>alert(1)</script>", fragment.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_text_gives_an_empty_preview()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var token = TokenOf(await browser.GetAsync("/admin"));

        using var response = await browser.Http.PostAsync(new Uri("/admin/apercu-markdown", UriKind.Relative), Form("", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var browser = StaffBrowser.Anonymous(portal, followRedirects: false);

        using var response = await browser.Http.PostAsync(new Uri("/admin/apercu-markdown", UriKind.Relative), Form(Markdown, null));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/connexion", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        using var response = await browser.Http.PostAsync(new Uri("/admin/apercu-markdown", UriKind.Relative), Form(Markdown, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<strong>texte</strong>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_script_is_served_as_a_module_file()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync(new Uri("/js/admin-markdown.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("textarea[data-markdown-preview]", script, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", script, StringComparison.Ordinal);
    }
}

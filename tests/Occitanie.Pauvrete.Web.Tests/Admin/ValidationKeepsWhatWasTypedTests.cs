using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// A refused field says what is wrong with it and keeps what was typed: an impossible date is
/// called impossible, a year out of range is refused, an empty title flags the title alone (the
/// address then follows the new title), and what the public page will not show as typed (a
/// javascript: link, HTML) is said after the save and in the preview. Body headings start at h2.
/// </summary>
public sealed class ValidationKeepsWhatWasTypedTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Release(string title, string date) => new()
    {
        ["Title"] = title,
        ["Date"] = date,
        ["Place"] = "Montpellier",
        ["Emitter"] = "Préfecture de la région Occitanie",
        ["Body"] = "Texte du communiqué à garder.",
    };

    private static async Task<(HttpStatusCode Status, IHtmlDocument Page)> SendNewReleaseAsync(StaffBrowser browser, Dictionary<string, string> values)
    {
        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/communiques/nouveau"));
        StaffBrowser.Fill(form, values);
        using var response = await browser.SendAsync(form, "Enregistrer le brouillon");
        return (response.StatusCode, await PortalFactory.ParseAsync(response));
    }

    private static string? ValueOf(IHtmlDocument page, string name) => (page.QuerySelector($"input[name='{name}']") as IHtmlInputElement)?.Value;

    [Theory]
    [InlineData("31/02/2024", "date impossible")]
    [InlineData("30/13/2024", "date impossible")]
    [InlineData("la semaine prochaine", "doit être une date, au format jj/mm/aaaa")]
    [InlineData("12/03/0026", "l'année 0026 n'est pas plausible")]
    [InlineData("12/03/2062", "l'année 2062 n'est pas plausible")]
    public async Task A_wrong_date_is_said_as_such_and_kept_in_its_field(string typed, string message)
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        var (status, page) = await SendNewReleaseAsync(browser, Release("Communiqué à la date erronée", typed));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var error = page.QuerySelector("#f-Date-error")?.TextContent;
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("obligatoire", error, StringComparison.Ordinal);
        Assert.Equal(typed, ValueOf(page, "Date"));
        Assert.Equal("Texte du communiqué à garder.", page.QuerySelector("textarea[name='Body']")?.TextContent);
    }

    [Fact]
    public async Task A_date_typed_the_french_way_is_saved_and_shown_back_the_same_way()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        var (status, page) = await SendNewReleaseAsync(browser, Release("Communiqué daté à la française", "3/7/2024"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(new DateOnly(2024, 7, 3), await portal.ReadAsync(db => db.PressReleases.Where(r => r.Slug == "communique-date-a-la-francaise").Select(r => r.Date).SingleAsync()));
        Assert.Equal("03/07/2024", ValueOf(page, "Date"));
    }

    [Fact]
    public async Task An_empty_title_flags_the_title_alone_and_the_address_then_follows_the_new_title()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);

        var (status, page) = await SendNewReleaseAsync(browser, Release("", "12/03/2024"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["f-Title"], page.QuerySelectorAll("#errors a").Select(a => a.GetAttribute("href")!.TrimStart('#')));
        Assert.Null(page.QuerySelector("#f-Slug-error"));
        Assert.Equal("", ValueOf(page, "Slug"));

        var form = StaffBrowser.EditForm(page);
        StaffBrowser.Fill(form, new() { ["Title"] = "Titre enfin donné au communiqué" });
        var saved = await browser.SubmitAsync(form, "Enregistrer le brouillon");

        Assert.NotNull(saved.QuerySelector(".fr-alert--success"));
        Assert.True(await portal.ReadAsync(db => db.PressReleases.AnyAsync(r => r.Slug == "titre-enfin-donne-au-communique")));
    }

    [Fact]
    public async Task The_editor_is_told_which_links_will_be_dropped_and_which_html_will_show_as_text()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var values = Release("Communiqué aux liens douteux", "12/03/2024");
        values["Body"] = "Voir [le formulaire](javascript:alert(1)), [le site](https://www.occitanie.gouv.fr) et <b>ceci</b>.";

        var (status, page) = await SendNewReleaseAsync(browser, values);

        Assert.Equal(HttpStatusCode.OK, status);
        var warnings = page.QuerySelectorAll("#warnings li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("« javascript:alert(1) » sera retiré", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("« <b> »", StringComparison.Ordinal) && w.Contains("affiché tel quel", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("occitanie.gouv.fr", StringComparison.Ordinal));

        var token = ((IHtmlInputElement)page.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        using var preview = await browser.Http.PostAsync(new Uri("/admin/apercu-markdown", UriKind.Relative),
            new FormUrlEncodedContent([new("markdown", values["Body"]), new("__RequestVerificationToken", token)]));
        var fragment = new HtmlParser().ParseDocument(await preview.Content.ReadAsStringAsync());
        Assert.Equal(2, fragment.QuerySelectorAll(".fr-alert--warning li").Length);
    }

    [Fact]
    public async Task A_first_level_heading_in_a_body_is_an_h2_on_the_public_page()
    {
        using var browser = await StaffBrowser.SignInAsync(portal);
        var values = Release("Communiqué au titre dans le texte", "12/03/2024");
        values["Body"] = "# Un titre dans le texte\n\nUn paragraphe.\n\n## Un sous-titre\n\nUn autre.";
        var form = StaffBrowser.EditForm(await browser.GetAsync("/admin/communiques/nouveau"));
        StaffBrowser.Fill(form, values);
        await browser.SubmitAsync(form, "Publier");

        var main = (await portal.GetDocumentAsync("/communiques/communique-au-titre-dans-le-texte")).QuerySelector("main")!;

        Assert.Equal("Communiqué au titre dans le texte", Assert.Single(main.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Contains(main.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Un titre dans le texte");
        Assert.Contains(main.QuerySelectorAll("h3"), h => h.TextContent.Trim() == "Un sous-titre");
    }

    [Theory]
    [InlineData("# Un\n\n## Deux\n\n###### Six", "<h2>Un</h2>", "<h3>Deux</h3>", "<h6>Six</h6>")]
    [InlineData("## Deux\n\n### Trois", "<h2>Deux</h2>", "<h3>Trois</h3>", null)]
    public void The_renderer_moves_headings_down_until_the_highest_is_an_h2(string markdown, string first, string second, string? third)
    {
        var html = Render(markdown);

        Assert.Contains(first, html, StringComparison.Ordinal);
        Assert.Contains(second, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        if (third is not null)
        {
            Assert.Contains(third, html, StringComparison.Ordinal);
        }
    }

    private static string Render(string markdown)
    {
        using var writer = new StringWriter();
        new MarkdownRenderer().Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}

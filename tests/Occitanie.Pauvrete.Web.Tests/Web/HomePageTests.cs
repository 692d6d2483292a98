using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The chain content → import → database → Razor works, on a portal started as in production.</summary>
public sealed class HomePageTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task The_home_page_lists_the_six_axes_read_from_the_database()
    {
        List<(int Number, string Title)> axes;
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            axes = (await db.Axes.OrderBy(a => a.Number).Select(a => new { a.Number, a.Title }).ToListAsync())
                .Select(a => (a.Number, a.Title)).ToList();
        }

        var page = await _portal.GetDocumentAsync("/");

        var cards = page.QuerySelectorAll("#axes .fr-card");
        Assert.Equal(6, cards.Length);
        Assert.Equal(6, axes.Count);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal($"Axe {axes[i].Number}", cards[i].QuerySelector(".fr-card__detail")!.TextContent.Trim());
            Assert.Equal(axes[i].Title, cards[i].QuerySelector(".fr-card__title")!.TextContent.Trim(), ignoreCase: true);
        }
        Assert.Contains(cards, c => c.TextContent.Contains("soutenir l'autonomie des jeunes", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_home_page_is_a_french_dsfr_page()
    {
        var page = await _portal.GetDocumentAsync("/");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header.fr-header .fr-logo"));
        Assert.NotNull(page.QuerySelector("main#content h1"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("Lutte contre la pauvreté en Occitanie", page.Title, StringComparison.Ordinal);
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/lib/dsfr/dsfr\.portal\.min\.\w+\.css$", stylesheet);
        var footerLinks = page.QuerySelectorAll("footer .fr-footer__content-link").Select(a => a.TextContent.Trim());
        Assert.Equal(["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"], footerLinks);
        var bottomLinks = page.QuerySelectorAll("footer .fr-footer__bottom-link").Select(a => PortalReading.Spaces(a.TextContent));
        Assert.Equal(["Accessibilité : non conforme", "Mentions légales", "Données personnelles", "Gestion des cookies", "Plan du site", "Statistiques", "Paramètres d'affichage"], bottomLinks);
    }

    [Fact]
    public async Task French_letters_are_written_as_they_are()
    {
        using var client = _portal.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("pauvreté", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xE9;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dsfr_files_are_served_from_the_portal_itself()
    {
        using var client = _portal.CreateClient();

        var page = await _portal.GetDocumentAsync("/");
        // One stylesheet and one script of the DSFR parts the site uses (wwwroot/lib/dsfr/README.md).
        var dsfrCss = Assert.Single(page.QuerySelectorAll("link[rel=stylesheet][href^='/lib/dsfr/']:not([media=print])")).GetAttribute("href")!;
        var dsfrScript = Assert.Single(page.QuerySelectorAll("script[src^='/lib/dsfr/']")).GetAttribute("src")!;
        Assert.Matches(@"^/lib/dsfr/dsfr\.portal\.min\.\w+\.css$", dsfrCss);
        Assert.Matches(@"^/lib/dsfr/dsfr\.portal\.module\.min\.\w+\.js$", dsfrScript);

        using var css = await client.GetAsync(new Uri(dsfrCss, UriKind.Relative));
        using var font = await client.GetAsync(new Uri("/lib/dsfr/fonts/Marianne-Regular.woff2", UriKind.Relative));
        using var script = await client.GetAsync(new Uri(dsfrScript, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Health_reports_a_healthy_database()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_bootstrap_administrator_exists()
    {
        using var scope = _portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        var admin = await users.FindByEmailAsync(PortalFactory.AdminEmail);

        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, AdminAccounts.AdministratorRole));
        Assert.True(await users.CheckPasswordAsync(admin, PortalFactory.AdminPassword));
    }

    [Fact]
    public async Task An_unknown_address_gives_the_dsfr_404_page()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/cette-page-n-existe-pas", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page non trouvée", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("footer.fr-footer"));
    }
}

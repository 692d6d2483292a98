using System.Net;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class InvalidPasswordLinkTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/admin/mot-de-passe/nouveau")]
    [InlineData("/admin/mot-de-passe/nouveau?compte=inconnu&jeton=abc")]
    [InlineData("/admin/mot-de-passe/nouveau?compte=00000000-0000-0000-0000-000000000000&jeton=%2B%2F%3D")]
    public async Task A_broken_link_gives_a_french_explanation_and_no_form(string link)
    {
        using var browser = StaffBrowser.Anonymous(portal);

        using var response = await browser.Http.GetAsync(new Uri(link, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("Ce lien n'est pas valable", page.QuerySelector(".fr-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name='Password']"));
    }

    [Fact]
    public async Task A_wrong_token_for_a_real_account_is_refused_too()
    {
        var id = await AccountSteps.CreateEditorAsync(portal, "jeton.faux@occitanie.gouv.fr");
        using var browser = StaffBrowser.Anonymous(portal);

        var page = await browser.GetAsync($"/admin/mot-de-passe/nouveau?compte={id}&jeton=CfDJ8-pas-un-jeton");

        Assert.Contains("Ce lien n'est pas valable", page.QuerySelector(".fr-alert--error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_against_the_rules_is_refused_in_french_next_to_the_field()
    {
        const string email = "mot.de.passe.faible@occitanie.gouv.fr";
        await AccountSteps.CreateEditorAsync(portal, email);
        using var administrator = await StaffBrowser.SignInAsync(portal);
        var link = await AccountSteps.IssueResetLinkAsync(administrator, email);

        var page = await AccountSteps.ChoosePasswordAsync(portal, link, "court");

        var input = page.QuerySelector("#Password")!;
        Assert.Equal("password-hint password-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("Au moins 12 caractères, dont une majuscule, une minuscule, un chiffre et un caractère spécial (ni lettre ni chiffre).", page.QuerySelector("#password-hint")?.TextContent.Trim());
        var errors = page.QuerySelector("#password-error")?.TextContent;
        Assert.Contains("au moins 12 caractères", errors, StringComparison.Ordinal);
        Assert.Contains("au moins une majuscule", errors, StringComparison.Ordinal);

        var mismatch = await AccountSteps.ChoosePasswordAsync(portal, link, "Un-bon-mot-de-passe-1", "Un-autre-mot-de-passe-2");
        Assert.Equal("Les deux mots de passe ne sont pas identiques.", mismatch.QuerySelector("#confirmation-error")?.TextContent.Trim());
    }
}

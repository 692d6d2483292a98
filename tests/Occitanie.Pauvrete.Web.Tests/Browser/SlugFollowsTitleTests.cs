using Microsoft.Playwright;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>On a new item's form the address follows the title as it is typed, until the person types an address of their own.</summary>
[Trait("Category", "Browser")]
public sealed class SlugFollowsTitleTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Uri Address(string path) => new(browser.SecureBaseAddress, path);

    [Fact]
    public async Task The_address_follows_the_title_until_the_person_edits_it()
    {
        await using var context = await browser.Browser.NewContextAsync(Viewport.Desktop.ContextOptions(acceptTestCertificate: true));
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(Address("/admin/connexion"));
        await tab.Locator("#Email").FillAsync(PortalFactory.AdminEmail);
        await tab.Locator("#Password").FillAsync(PortalFactory.AdminPassword);
        await tab.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await tab.WaitUntilReadyAsync();
        await tab.GotoAsync(Address("/admin/communiques/nouveau"));

        var title = tab.Locator("#f-Title");
        var slug = tab.Locator("#f-Slug");
        await title.PressSequentiallyAsync("Cœur des Solidarités à Albi");
        Assert.Equal("coeur-des-solidarites-a-albi", await slug.InputValueAsync());
        await title.FillAsync("Bilan 2024 : l'accès aux droits");
        Assert.Equal("bilan-2024-l-acces-aux-droits", await slug.InputValueAsync());

        await slug.FillAsync("bilan-acces-aux-droits");
        await title.FillAsync("Bilan 2024 de l'accès aux droits en Occitanie");
        Assert.Equal("bilan-acces-aux-droits", await slug.InputValueAsync());
    }
}

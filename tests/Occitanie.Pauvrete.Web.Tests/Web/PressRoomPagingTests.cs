using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The press room shows ten releases a page; its pages keep the year filter.</summary>
public sealed class PressRoomPagingTests(PortalFactory portal) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const int TestReleases = 12;

    /// <summary>A year none of the content's releases has, filled with releases saved as staff would.</summary>
    private const int Year = 2022;

    public async Task InitializeAsync()
    {
        await portal.ReadAsync(async db =>
        {
            if (await db.PressReleases.AnyAsync(r => r.Slug.StartsWith("2022-03-")))
            {
                return 0;
            }
            for (var day = 1; day <= TestReleases; day++)
            {
                db.PressReleases.Add(new PressRelease
                {
                    Slug = $"2022-03-{day:00}-communique-d-essai",
                    Title = $"Communiqué d'essai du {day} mars 2022",
                    Date = new DateOnly(Year, 3, day),
                    Place = "Toulouse",
                    Emitter = "Préfet de la région Occitanie",
                    Body = "Texte du communiqué d'essai.",
                    UpdatedBy = "redaction@occitanie.gouv.fr",
                });
            }
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_year_with_more_than_ten_releases_is_paged_and_its_pages_keep_the_year()
    {
        var first = await portal.GetDocumentAsync($"/communiques?annee={Year}");

        Assert.Equal($"{TestReleases} communiqués en {Year}", VisibleText.Of(first.QuerySelector("#nombre-de-communiques")!));
        var firstCards = first.QuerySelectorAll("#releases .fr-card");
        Assert.Equal(10, firstCards.Length);
        Assert.Equal($"/communiques/2022-03-{TestReleases:00}-communique-d-essai", firstCards[0].QuerySelector("a")!.GetAttribute("href"));
        var pagination = first.QuerySelector("nav.fr-pagination")!;
        Assert.Equal("page", pagination.QuerySelector("a[aria-current]")!.GetAttribute("aria-current"));
        var next = pagination.QuerySelector(".fr-pagination__link--next")!.GetAttribute("href");
        Assert.Equal($"/communiques?annee={Year}&page=2", next);

        var second = await portal.GetDocumentAsync(next!);

        Assert.Equal(
            ["/communiques/2022-03-02-communique-d-essai", "/communiques/2022-03-01-communique-d-essai"],
            second.QuerySelectorAll("#releases .fr-card .fr-card__title a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"/communiques?annee={Year}", second.QuerySelector(".fr-pagination__link--first")!.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector(".fr-pagination a[aria-current]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_release_of_every_year_is_on_one_of_the_pages_newest_first()
    {
        var slugs = await portal.ReadAsync(db => db.PressReleases.Published()
            .OrderByDescending(r => r.Date).ThenBy(r => r.Title).Select(r => "/communiques/" + r.Slug).ToListAsync());
        var pages = (slugs.Count + 9) / 10;

        var shown = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var document = await portal.GetDocumentAsync(page == 1 ? "/communiques" : $"/communiques?page={page}");
            shown.AddRange(document.QuerySelectorAll("#releases .fr-card__title a").Select(a => a.GetAttribute("href")!));
        }

        Assert.True(pages > 1);
        Assert.Equal(slugs, shown);
    }
}

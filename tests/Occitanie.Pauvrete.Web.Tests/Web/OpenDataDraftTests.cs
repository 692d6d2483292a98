using System.Net;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>A measure staff put back to draft leaves the open data files and the API at once, cached answers included.</summary>
public sealed class OpenDataDraftTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Slug = "cantines-a-tarification-sociale";

    /// <summary>Every file and API answer that lists this measure (or links to it) while it is published.</summary>
    private static readonly string[] _answers =
    [
        "/donnees/mesures.csv", "/donnees/mesures.json", "/donnees/ateliers.csv", "/donnees/ateliers.json",
        "/api/mesures?taille=100", "/api/mesures?intention=assurer-un-repas-equilibre", "/api/ateliers",
    ];

    private async Task<string> GetTextAsync(string url)
    {
        using var client = portal.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_draft_measure_is_in_no_file_and_no_api_answer()
    {
        // Read once before: the answers are then in the output cache, which the save must evict.
        foreach (var url in _answers)
        {
            Assert.Contains(Slug, await GetTextAsync(url), StringComparison.Ordinal);
        }
        var axisBefore = await GetTextAsync("/api/axes");

        await portal.ReadAsync(async db =>
        {
            var measure = await db.Measures.SingleAsync(m => m.Slug == Slug);
            measure.Status = PublicationStatus.Draft;
            measure.UpdatedBy = "redaction@occitanie.gouv.fr";
            return await db.SaveChangesAsync();
        });

        foreach (var url in _answers)
        {
            Assert.DoesNotContain(Slug, await GetTextAsync(url), StringComparison.Ordinal);
        }
        using var client = portal.CreateClient();
        using var measure = await client.GetAsync(new Uri($"/api/mesures/{Slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, measure.StatusCode);
        Assert.NotEqual(axisBefore, await GetTextAsync("/api/axes"));
    }
}

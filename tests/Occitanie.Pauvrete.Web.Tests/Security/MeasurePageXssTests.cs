using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Security;

/// <summary>A measure saved with hostile markdown (as a careless or malicious editor could) shows nothing executable on its public page.</summary>
public sealed class MeasurePageXssTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Slug = "mesure-piegee";

    [Fact]
    public async Task The_public_page_of_a_measure_with_hostile_markdown_runs_nothing()
    {
        var payloads = string.Join("\n\n", MarkdownXssTests.PayloadTexts);
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var axis = await db.Axes.OrderBy(a => a.Number).FirstAsync();
            db.Measures.Add(new Measure
            {
                Id = Guid.NewGuid(),
                Slug = Slug,
                Title = "Mesure piégée <script>alert(1)</script>",
                Summary = "Résumé </script><script>alert(1)</script>",
                Body = "Texte de la mesure.\n\n" + payloads,
                FundingDetails = payloads,
                HowToApply = payloads,
                EditorNote = payloads,
                AxisId = axis.Id,
                Status = PublicationStatus.Published,
                UpdatedBy = "redactrice@occitanie.gouv.fr",
            });
            await db.SaveChangesAsync();
        }
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri($"/mesures/{Slug}", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Texte de la mesure.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mesure piégée <script>alert(1)</script>", page.QuerySelector("h1")!.TextContent.Trim());
        // The page's own « Ajouter à ma sélection » form (issue 18), one, is no content: what is left must run nothing
        // (a second such form, from the content, would still count).
        var main = page.QuerySelector("main")!;
        Assert.Single(main.QuerySelectorAll("form.portal-selection-add")).Remove();
        Assert.Empty(Executable.In(main));
        // Outside the content, the page's own scripts only: files of the site and JSON-LD that is data, not code.
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/ld+json")
            {
                using var data = JsonDocument.Parse(script.TextContent);
                Assert.Equal(JsonValueKind.Object, data.RootElement.ValueKind);
            }
            else
            {
                Assert.StartsWith("/", script.GetAttribute("src"), StringComparison.Ordinal);
                Assert.DoesNotContain("alert", script.TextContent, StringComparison.Ordinal);
            }
        }
        Assert.All(page.QuerySelectorAll("[href], [src]"), e =>
            Assert.True(Executable.SchemeOf(e.GetAttribute("href") ?? e.GetAttribute("src")!) is null or "http" or "https" or "mailto" or "tel",
                $"{e.OuterHtml[..Math.Min(200, e.OuterHtml.Length)]}"));
    }
}

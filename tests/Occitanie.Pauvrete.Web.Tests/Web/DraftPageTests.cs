using System.Net;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>A page staff put back to draft leaves the public site.</summary>
public sealed class DraftPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_draft_page_is_not_found()
    {
        await portal.ReadAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Slug == "gestion-des-cookies");
            page.Status = PublicationStatus.Draft;
            page.UpdatedBy = "redaction@occitanie.gouv.fr";
            return await db.SaveChangesAsync();
        });
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/gestion-des-cookies", UriKind.Relative));
        using var other = await client.GetAsync(new Uri("/mentions-legales", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}

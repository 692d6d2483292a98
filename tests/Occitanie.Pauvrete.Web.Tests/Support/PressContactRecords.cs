using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>The press contact records a release cites, in its order, as the tests read them from the database.</summary>
internal static class PressContactRecords
{
    public static async Task<List<PressContact>> OfReleaseAsync(PortalDbContext db, string releaseSlug)
    {
        var references = await db.PressReleases.AsNoTracking().Where(r => r.Slug == releaseSlug).Select(r => r.PressContacts).SingleAsync();
        var slugs = references.Select(r => r.Contact).ToList();
        var records = await db.PressContacts.AsNoTracking().Where(c => slugs.Contains(c.Slug)).ToListAsync();
        return [.. slugs.Select(s => records.Single(c => c.Slug == s))];
    }
}

using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

/// <summary>
/// The press contact records releases name (<see cref="PressRelease.PressContacts"/>), as the
/// public pages show them: one query for any number of releases, published records only, so a
/// contact staff put in the trash leaves every release at once.
/// </summary>
public static class PressContactRecords
{
    public static async Task<IReadOnlyDictionary<string, Contact>> LoadAsync(PortalDbContext db, IEnumerable<PressContactReference> references, CancellationToken cancellationToken)
    {
        var keys = references.Select(r => r.Contact).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, Contact>();
        }
        var records = await db.PressContacts.AsNoTracking().Published().Where(c => keys.Contains(c.Slug)).ToListAsync(cancellationToken);
        return records.ToDictionary(c => c.Slug, c => c.ToContact(), StringComparer.Ordinal);
    }

    /// <summary>The contacts of one release, in its order; a reference to no published record is left out.</summary>
    public static IReadOnlyList<Contact> Of(IEnumerable<PressContactReference> references, IReadOnlyDictionary<string, Contact> records) =>
        [.. references.Select(r => records.GetValueOrDefault(r.Contact)).OfType<Contact>()];
}

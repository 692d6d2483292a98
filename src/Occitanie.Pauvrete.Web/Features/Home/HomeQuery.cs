using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Home;

public sealed record HomeAxis(int Number, string Slug, string Title, string? Summary);

public sealed record HomeViewModel(IReadOnlyList<HomeAxis> Axes)
    : PageViewModel(
        "Accueil",
        "Ce que l'État propose et finance aux communes d'Occitanie pour prévenir et lutter contre la pauvreté.");

public sealed class HomeQuery(PortalDbContext db)
{
    public async Task<HomeViewModel> LoadAsync(CancellationToken cancellationToken)
    {
        var axes = await db.Axes.AsNoTracking()
            .Published()
            .OrderBy(a => a.Number)
            .Select(a => new HomeAxis(a.Number, a.Slug, a.Title, a.Summary))
            .ToListAsync(cancellationToken);
        return new HomeViewModel(axes);
    }
}

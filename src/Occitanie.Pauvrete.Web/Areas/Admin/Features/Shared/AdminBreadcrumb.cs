using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

/// <summary>The staff area's breadcrumbs, shown by the same _Breadcrumb partial as the public site's.</summary>
public static class AdminBreadcrumb
{
    /// <summary>From the dashboard, through the list of <paramref name="kind"/>, to <paramref name="steps"/> (the last is the page itself).</summary>
    public static IReadOnlyList<Crumb> Of(ContentKind kind, params IEnumerable<Crumb> steps) =>
        [new("Tableau de bord", AdminSetup.AdminPath), new(kind.PluralCapitalized, kind.ListPath), .. steps];
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;

/// <summary>An item's links that need a look, with its edit form one click away.</summary>
public sealed record LinkItem(string ItemType, Guid ItemId, string Title, ContentKind? Kind, IReadOnlyList<LinkCheckResult> Links)
{
    public string? EditPath => Kind?.EditPath(ItemId);
}

/// <summary>« Liens à vérifier »: the last finished run's broken and redirected links, per item, and the run under way if any.</summary>
/// <param name="Settings">The checker's settings, which the page states (timeout, daily run).</param>
public sealed record LinkReportPage(LinkCheckRun? LastRun, LinkCheckRun? Running, IReadOnlyList<LinkItem> Broken, IReadOnlyList<LinkItem> Redirected, LinkCheckOptions Settings);

public sealed class LinkReportQuery(PortalDbContext db, LinkChecker checker, IOptions<LinkCheckOptions> options)
{
    public async Task<LinkReportPage> ReadAsync(CancellationToken cancellationToken)
    {
        var lastRun = await db.LinkCheckRuns.AsNoTracking().Where(r => r.FinishedAt != null).OrderByDescending(r => r.FinishedAt).FirstOrDefaultAsync(cancellationToken);
        var running = await checker.RunningAsync(cancellationToken);
        var results = await db.LinkCheckResults.AsNoTracking().Where(r => r.Outcome != LinkOutcome.Ok).ToListAsync(cancellationToken);
        return new LinkReportPage(lastRun, running,
            PerItem(results.Where(r => LinkChecker.IsBroken(r.Outcome))),
            PerItem(results.Where(r => r.Outcome == LinkOutcome.Redirected)), options.Value);
    }

    /// <summary>How many links the last run found broken (the dashboard's count).</summary>
    public Task<int> BrokenCountAsync(CancellationToken cancellationToken) =>
        db.LinkCheckResults.CountAsync(r => r.Outcome != LinkOutcome.Ok && r.Outcome != LinkOutcome.Redirected, cancellationToken);

    /// <summary>By item, in the admin menu's order of kinds then by title; within an item, in the order of its form.</summary>
    private static List<LinkItem> PerItem(IEnumerable<LinkCheckResult> results) =>
    [
        .. results
            .GroupBy(r => (r.ItemType, r.ItemId))
            .Select(g => new LinkItem(g.Key.ItemType, g.Key.ItemId, g.First().ItemTitle, ContentKinds.ByEntityName(g.Key.ItemType), [.. g]))
            .OrderBy(i => i.Kind is { } kind ? ContentKinds.All.ToList().IndexOf(kind) : int.MaxValue)
            .ThenBy(i => i.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)),
    ];
}

/// <summary>What a result means, in French for staff and in English for the command's operators.</summary>
public static class LinkOutcomeText
{
    public static string French(LinkCheckResult result, int timeoutSeconds) => result.Outcome switch
    {
        LinkOutcome.Ok => "Accessible",
        LinkOutcome.Redirected => result.PermanentRedirect ? "Déplacé définitivement" : "Redirigé",
        LinkOutcome.HttpError => result.StatusCode switch
        {
            404 => "Page introuvable (erreur 404)",
            410 => "Page supprimée (erreur 410)",
            401 or 403 => $"Accès refusé (erreur {result.StatusCode})",
            >= 500 => $"Erreur du serveur (erreur {result.StatusCode})",
            _ => $"Réponse en erreur (code {result.StatusCode})",
        },
        LinkOutcome.Timeout => $"Pas de réponse en {timeoutSeconds}\u00A0secondes",
        LinkOutcome.ConnectionRefused => "Connexion refusée par le serveur",
        LinkOutcome.HostNotFound => "Nom de domaine introuvable",
        LinkOutcome.SecureConnectionFailed => "Connexion sécurisée impossible (certificat)",
        LinkOutcome.TooManyRedirects => "Trop de redirections",
        LinkOutcome.InternalAddress => "Adresse d'un réseau interne, non vérifiée",
        _ => "Serveur injoignable",
    };

    public static string English(LinkCheckResult result) => result.Outcome switch
    {
        LinkOutcome.Ok => "ok",
        LinkOutcome.Redirected => result.PermanentRedirect ? "moved permanently" : "redirected",
        LinkOutcome.HttpError => $"HTTP {result.StatusCode}",
        LinkOutcome.Timeout => "no answer in time",
        LinkOutcome.ConnectionRefused => "connection refused",
        LinkOutcome.HostNotFound => "host not found",
        LinkOutcome.SecureConnectionFailed => "TLS failed",
        LinkOutcome.TooManyRedirects => "too many redirects",
        LinkOutcome.InternalAddress => "internal address, not checked",
        _ => "unreachable",
    };
}

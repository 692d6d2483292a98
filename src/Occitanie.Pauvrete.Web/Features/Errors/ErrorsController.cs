using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Storage;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Errors;

public sealed record ErrorViewModel(int StatusCode, string Heading, string Explanation)
    : PageViewModel(Heading, Explanation);

/// <summary>The DSFR error pages; reached by re-execution, so the address the visitor typed stays in the bar.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
// A refused POST (a missing token, a form too large to read) is re-executed here as a POST: the
// page changes nothing, and checking the token again would answer an empty 400 instead of it.
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    /// <summary>The codes a visitor may ask for at /erreur/{code}: those the site answers with.</summary>
    private static readonly HashSet<int> _knownCodes = [400, 403, 404, 405, 413, 415, 429, 500, 503];

    [Route("/erreur/{statusCode:int?}")]
    public IActionResult Show()
    {
        // Read from the route, not bound: re-executed for a POST, binding reads the form first, and
        // one too large to read (a 10 MB field) left the code null, which turned its 400 into a 500.
        int? statusCode = int.TryParse(RouteData.Values["statusCode"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : null;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        var code = statusCode ?? (IsDatabaseUnavailable(exception?.Error)
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status500InternalServerError);
        // Reached directly (not re-executed for a real error), the page answers only the codes the
        // site uses: /erreur/101 or /erreur/1000 is a page that does not exist.
        if (!reExecuted && exception is null && (statusCode is null || !_knownCodes.Contains(code)))
        {
            code = StatusCodes.Status404NotFound;
        }
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = "30";
        }
        var model = code switch
        {
            404 => new ErrorViewModel(404, "Page non trouvée", "La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."),
            403 => new ErrorViewModel(403, "Accès refusé", "Votre compte ne donne pas accès à cette page. Si vous en avez besoin, adressez-vous à un administrateur du portail."),
            429 => new ErrorViewModel(429, "Trop de tentatives", "Vous avez fait trop de demandes en peu de temps. Merci de patienter une minute avant de réessayer."),
            >= 400 and < 500 => new ErrorViewModel(code, "Demande incorrecte", "Votre demande n'a pas pu être traitée telle qu'elle a été formulée."),
            503 => new ErrorViewModel(503, "Service indisponible", "Le service est momentanément indisponible. Merci de réessayer dans quelques instants."),
            _ => new ErrorViewModel(code, "Erreur inattendue", "Désolé, le service rencontre un problème, nous travaillons pour le résoudre le plus rapidement possible."),
        };
        return View("Error", model);
    }

    /// <summary>
    /// The database is down, unreadable or missing its tables: the visitor is told the service is
    /// unavailable for a moment (503, retry later), not that the portal is broken; each request tries
    /// the database again, so the site comes back by itself.
    /// </summary>
    private static bool IsDatabaseUnavailable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is DbException or RetryLimitExceededException)
            {
                return true;
            }
        }
        return false;
    }
}

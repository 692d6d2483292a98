using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Features.Embed;

/// <summary>
/// « Intégrer sur votre site » (issue 18): the page where a webmaster picks a block and copies its
/// snippet, and the block itself, the one address any site may frame (<see cref="EmbeddableAttribute"/>).
/// Both are output-cached like every public page, keyed by the parameters below: the selection's
/// <c>m</c> and <c>a</c> are bound here for the cache's key, and read whole by <see cref="EmbedChoice.From"/>.
/// </summary>
public sealed class EmbedController(EmbedQuery query) : Controller
{
    [HttpGet(PublicPaths.Embed)]
    public async Task<IActionResult> Index(string? intention, string? departement, string[]? m, string[]? a, string? choix, CancellationToken cancellationToken)
    {
        var choice = EmbedChoice.From(intention, departement, Request.Query);
        // The picker's one select: the page's address becomes the choice it names.
        if (choix is not null)
        {
            return Redirect(choice.Picked(choix).PagePath);
        }
        return View(await query.LoadPageAsync(choice, SiteAddress.Of(Request), cancellationToken));
    }

    /// <remarks>An address that names nothing the portal has answers 404, with the block saying so in French.</remarks>
    [HttpGet(PublicPaths.EmbedBlock)]
    [Embeddable]
    public async Task<IActionResult> Block(string? intention, string? departement, string[]? m, string[]? a, CancellationToken cancellationToken)
    {
        var model = await query.LoadBlockAsync(EmbedChoice.From(intention, departement, Request.Query), SiteAddress.Of(Request), cancellationToken);
        var block = View(model);
        block.StatusCode = model.Found ? null : StatusCodes.Status404NotFound;
        return block;
    }
}

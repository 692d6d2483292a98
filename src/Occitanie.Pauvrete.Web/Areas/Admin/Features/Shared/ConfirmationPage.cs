using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

/// <summary>
/// The page that asks before a destructive or public action (trash, unpublish, restore, disable an
/// account, a new password link), naming what will happen. A page, not a script's dialog, so it
/// works without JavaScript; the action is done only by its form, which carries the antiforgery token.
/// </summary>
/// <param name="Question">The page's heading: « Mettre à la corbeille l'axe « Enfance » ? ».</param>
/// <param name="Consequences">What will happen, one fact a line (« 11 mesures utilisent cet axe. »).</param>
/// <param name="Action">Where the form posts to do it.</param>
/// <param name="ConfirmLabel">The button that does it, naming the action.</param>
/// <param name="CancelPath">Where « Annuler » goes back to, nothing done.</param>
/// <param name="Breadcrumb">The page's breadcrumb, its last step this page.</param>
public sealed record ConfirmationPage(
    string Question,
    IReadOnlyList<string> Consequences,
    string Action,
    string ConfirmLabel,
    string CancelPath,
    IReadOnlyList<Crumb> Breadcrumb)
{
    /// <summary>Fields the form posts with the confirmation (the ids of the items ticked in a list).</summary>
    public IReadOnlyList<(string Name, string Value)> Hidden { get; init; } = [];

    /// <summary>The view, shared by every feature that asks.</summary>
    public const string View = "~/Areas/Admin/Features/Shared/Confirm.cshtml";
}

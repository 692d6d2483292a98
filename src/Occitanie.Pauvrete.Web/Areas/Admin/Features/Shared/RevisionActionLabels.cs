using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

/// <summary>What a save did, as the history and the journal name it in French.</summary>
public static class RevisionActionLabels
{
    public static string Of(RevisionAction action) => action switch
    {
        RevisionAction.Created => "Création",
        RevisionAction.Updated => "Modification",
        RevisionAction.Deleted => "Mise à la corbeille",
        RevisionAction.Published => "Publication",
        RevisionAction.Unpublished => "Dépublication",
        RevisionAction.Restored => "Restauration",
        _ => action.ToString(),
    };
}

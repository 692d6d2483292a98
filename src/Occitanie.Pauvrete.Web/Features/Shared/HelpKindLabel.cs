using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>How the public pages name a kind of help, in the words of the 7 July 2021 release where it has them.</summary>
public static class HelpKindLabel
{
    public static string For(HelpKind kind) => kind switch
    {
        HelpKind.StructureToReplicate => "Une structure à démultiplier dans votre territoire",
        HelpKind.SchemeToDirectPeopleTo => "Un dispositif vers lequel orienter certains publics",
        _ => "Une aide financière de l'État",
    };
}

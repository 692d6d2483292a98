namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>
/// An intention « Je souhaite… » of an elected official, the portal's main entry.
/// <see cref="ContentItem.Title"/> holds the canonical phrase.
/// </summary>
public class Intention : ContentItem
{
    public int Order { get; set; }

    /// <summary>Other wordings of the same intention in the sources; search finds them too.</summary>
    public List<string> Aliases { get; set; } = [];

    public List<Measure> Measures { get; set; } = [];

    public List<Workshop> Workshops { get; set; } = [];
}

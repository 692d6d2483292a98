namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>One of the six axes of the strategy (« axe »).</summary>
public class Axis : ContentItem
{
    /// <summary>1 to 6.</summary>
    public int Number { get; set; }

    public List<Measure> Measures { get; set; } = [];

    public List<KeyFigure> Figures { get; set; } = [];
}

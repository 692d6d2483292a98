namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A key figure of the sources (« chiffre clé »), for the portal or for one axis.</summary>
public class KeyFigure : EditableEntity
{
    public string Slug { get; set; } = "";

    public string Label { get; set; } = "";

    public decimal Value { get; set; }

    public string? Unit { get; set; }

    public int? Year { get; set; }

    public Guid? AxisId { get; set; }

    public Axis? Axis { get; set; }

    public int Order { get; set; }

    public List<SourceReference> Sources { get; set; } = [];

    public override string Key => Slug;
}

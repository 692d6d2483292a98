namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A line of the State's funding of the strategy for a year (« financement »).</summary>
public class FundingLine : EditableEntity
{
    public string Slug { get; set; } = "";

    public int Year { get; set; }

    public string Label { get; set; } = "";

    /// <summary>Euros.</summary>
    public decimal Amount { get; set; }

    public int Order { get; set; }

    public List<SourceReference> Sources { get; set; } = [];

    public override string Key => Slug;
}

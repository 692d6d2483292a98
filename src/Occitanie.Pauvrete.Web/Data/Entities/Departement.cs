namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>One of the 13 départements of Occitanie.</summary>
public class Departement : EditableEntity
{
    /// <summary>INSEE code ("09", "31").</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public override string Key => Code;
}

/// <summary>One of the three métropoles that contracted with the State (Toulouse, Montpellier, Perpignan).</summary>
public class Metropole : EditableEntity
{
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public Guid DepartementId { get; set; }

    public Departement? Departement { get; set; }

    public override string Key => Slug;
}

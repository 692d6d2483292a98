namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A measure (« mesure », « dispositif »): what the State offers or funds.</summary>
public class Measure : ContentItem
{
    public Guid AxisId { get; set; }

    public Axis? Axis { get; set; }

    public List<Intention> Intentions { get; set; } = [];

    /// <summary>Who it is for: « jeunes », « familles », « enfants »…</summary>
    public List<string> Publics { get; set; } = [];

    /// <summary>Who carries or pays it: « CAF », « ASP », « commune »…</summary>
    public List<string> Porteurs { get; set; } = [];

    /// <summary>What the State funds, in one line as the source says it ("3 € par repas servi").</summary>
    public string? Funding { get; set; }

    /// <summary>The amount in euros when the source gives a single one.</summary>
    public decimal? FundingAmount { get; set; }

    /// <summary>Markdown.</summary>
    public string? FundingDetails { get; set; }

    /// <summary>Markdown.</summary>
    public string? HowToApply { get; set; }

    public List<Contact> Contacts { get; set; } = [];

    public List<Link> Links { get; set; } = [];

    public List<Workshop> Workshops { get; set; } = [];
}

/// <summary>Someone or some office to call or write to, as the source prints it.</summary>
public class Contact
{
    public string Name { get; set; } = "";

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public string? Url { get; set; }

    public string? Note { get; set; }
}

/// <summary>A link as the source titles it; <see cref="Url"/> is null when the source gives no address.</summary>
public class Link
{
    public string Title { get; set; } = "";

    public string? Url { get; set; }
}

namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A measure (« mesure », « dispositif »): what the State offers or funds.</summary>
public class Measure : ContentItem
{
    public Guid AxisId { get; set; }

    public Axis? Axis { get; set; }

    public List<Intention> Intentions { get; set; } = [];

    /// <summary>Who it is for: « jeunes », « familles », « enfants »…</summary>
    public List<string> Publics { get; set; } = [];

    /// <summary>Who carries or pays it: « CAF », « ASP », « Commune »… (labels of content/reference/vocabulaires.yml).</summary>
    public List<string> Porteurs { get; set; } = [];

    /// <summary>
    /// Who may apply for it: « Commune », « CCAS ou CIAS », « EPCI »… — the applicants, as distinct
    /// from the publics it helps (<see cref="Publics"/>) and from who carries or funds it (<see cref="Porteurs"/>).
    /// </summary>
    public List<string> Applicants { get; set; } = [];

    /// <summary>What kind of help it is, when the sources say so; null otherwise.</summary>
    public HelpKind? HelpKind { get; set; }

    /// <summary>What <see cref="FundingAmount"/> is counted in: « par repas servi », « par structure et par an ».</summary>
    public string? FundingUnit { get; set; }

    /// <summary>How long the funding lasts, as the source says: « pendant 3 ans ».</summary>
    public string? FundingPeriod { get; set; }

    /// <summary>The last day to apply, when the source gives one.</summary>
    public DateOnly? ApplicationDeadline { get; set; }

    /// <summary>The source says one may apply at any time (no call to wait for).</summary>
    public bool IsPermanent { get; set; }

    /// <summary>Where it applies, as the source says: « communes rurales éligibles à la DSR péréquation », « quartiers prioritaires ».</summary>
    public string? Territory { get; set; }

    /// <summary>What the State funds, in one line as the source says it ("3 € par repas servi").</summary>
    public string? Funding { get; set; }

    /// <summary>The amount in euros when the source gives a single one.</summary>
    public decimal? FundingAmount { get; set; }

    /// <summary>Markdown.</summary>
    public string? FundingDetails { get; set; }

    /// <summary>
    /// How the funding is computed, when a source states it as a rule (« 3 € par repas servi »,
    /// « 80 % des dépenses »): the measure page then offers an estimate. Null: no rule, no estimate.
    /// A per-unit rule's amount is <see cref="FundingAmount"/> (an amount has one place).
    /// </summary>
    public FundingRuleKind? FundingRule { get; set; }

    /// <summary>What the commune counts for the rule, as the estimate's form asks it: « Repas servis par an… ».</summary>
    public string? FundingRuleQuantity { get; set; }

    /// <summary>The share of the spending the rule pays, in percent (80 for « 80 % des dépenses »).</summary>
    public decimal? FundingRuleShare { get; set; }

    /// <summary>For how many years at most a yearly rule pays (3 for « pendant 3 ans »); null when the rule is not yearly.</summary>
    public int? FundingRuleYears { get; set; }

    /// <summary>The most the rule pays in all, in euros, when the source gives a ceiling.</summary>
    public decimal? FundingRuleCap { get; set; }

    /// <summary>The conditions the estimate is subject to, as the source states them.</summary>
    public string? FundingRuleConditions { get; set; }

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

    /// <summary>
    /// The departmental service this contact stands for (« DDETS », « CAF »… a label of
    /// content/reference/vocabulaires.yml), when it is « the service of your département »: the page
    /// then offers that département's contact (<see cref="LocalContact"/>) or the public directory.
    /// </summary>
    public string? Service { get; set; }
}

/// <summary>
/// The kinds of help the 7 July 2021 release tells apart (« structures à démultiplier », « dispositifs
/// d'aide vers lesquels les élus locaux pourront utilement orienter certains publics »), and a grant
/// the State pays the applicant.
/// </summary>
public enum HelpKind
{
    StructureToReplicate,
    SchemeToDirectPeopleTo,
    Grant,
}

/// <summary>How a funding rule computes an amount from the commune's number (<see cref="Measure.FundingRule"/>).</summary>
public enum FundingRuleKind
{
    /// <summary><see cref="Measure.FundingAmount"/> for each unit counted (a meal, a breakfast, a structure), each year for <see cref="Measure.FundingRuleYears"/> when given.</summary>
    PerUnit,

    /// <summary><see cref="Measure.FundingRuleShare"/> percent of the spending.</summary>
    ShareOfSpending,
}

/// <summary>A departmental service's contact in one département (the DDETS of the Aude…), edited by staff.</summary>
public class LocalContact : EditableEntity
{
    /// <summary>« ddets-11 »: the service and the département's code.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The service, as in <see cref="Contact.Service"/>.</summary>
    public string Service { get; set; } = "";

    public Guid DepartementId { get; set; }

    public Departement? Departement { get; set; }

    public string Name { get; set; } = "";

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Url { get; set; }

    public string? Address { get; set; }

    public string? Note { get; set; }

    public List<SourceReference> Sources { get; set; } = [];

    public override string Key => Slug;
}

/// <summary>A link as the source titles it; <see cref="Url"/> is null when the source gives no address.</summary>
public class Link
{
    public string Title { get; set; } = "";

    public string? Url { get; set; }
}

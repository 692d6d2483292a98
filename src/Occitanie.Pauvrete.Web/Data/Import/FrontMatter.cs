namespace Occitanie.Pauvrete.Web.Data.Import;

// The shape of the YAML in content/ (see content/README.md). Keys are snake_case; every property is
// nullable so that a missing key is reported by the reader with its file and line, not as a null
// reference later. Unknown keys are rejected by YamlDotNet with their line.

internal sealed class SourceYaml
{
    public string? Document { get; set; }

    public string? Location { get; set; }
}

/// <summary>A measure's <c>funding_rule</c>: its kind (<c>par-unite</c>, whose amount is <c>funding_amount</c>, or <c>part-des-depenses</c>) and its numbers.</summary>
internal sealed class FundingRuleYaml
{
    public string? Kind { get; set; }

    public string? Quantity { get; set; }

    public decimal? Share { get; set; }

    public int? Years { get; set; }

    public decimal? Cap { get; set; }

    public string? Conditions { get; set; }
}

internal sealed class ContactYaml
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public string? Url { get; set; }

    public string? Note { get; set; }

    /// <summary>A label (or alias) of the <c>services</c> vocabulary: the departmental service this contact stands for.</summary>
    public string? Service { get; set; }
}

internal sealed class LinkYaml
{
    public string? Title { get; set; }

    public string? Url { get; set; }
}

internal sealed class SpeakerYaml
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Kind { get; set; }
}

internal sealed class ProgrammeLineYaml
{
    public string? Time { get; set; }

    public string? Label { get; set; }

    public string? Track { get; set; }
}

/// <summary>Keys every markdown file may have.</summary>
internal abstract class ContentYaml
{
    public string? Status { get; set; }

    public string? Summary { get; set; }

    public string? EditorNote { get; set; }

    public List<SourceYaml>? Sources { get; set; }
}

internal sealed class AxisYaml : ContentYaml
{
    public int? Number { get; set; }

    public string? Title { get; set; }
}

internal sealed class IntentionYaml : ContentYaml
{
    public int? Order { get; set; }

    public string? Phrase { get; set; }

    public List<string>? Aliases { get; set; }
}

internal sealed class MeasureYaml : ContentYaml
{
    public string? Title { get; set; }

    public string? Axis { get; set; }

    public List<string>? Intentions { get; set; }

    public List<string>? Publics { get; set; }

    public List<string>? Porteurs { get; set; }

    public List<string>? Applicants { get; set; }

    public string? HelpKind { get; set; }

    public string? Funding { get; set; }

    public decimal? FundingAmount { get; set; }

    public string? FundingUnit { get; set; }

    public string? FundingPeriod { get; set; }

    public string? ApplicationDeadline { get; set; }

    public bool? Permanent { get; set; }

    public string? Territory { get; set; }

    public string? FundingDetails { get; set; }

    /// <summary>The funding as a rule a source states, for the estimate (« Combien pour ma commune ? »).</summary>
    public FundingRuleYaml? FundingRule { get; set; }

    public string? HowToApply { get; set; }

    public List<ContactYaml>? Contacts { get; set; }

    public List<LinkYaml>? Links { get; set; }
}

internal sealed class WorkshopYaml : ContentYaml
{
    public string? Kind { get; set; }

    public string? Number { get; set; }

    public int? Order { get; set; }

    public string? Title { get; set; }

    public string? Intention { get; set; }

    public string? Place { get; set; }

    public string? Commune { get; set; }

    public string? Departement { get; set; }

    public string? Conference { get; set; }

    public List<string>? Measures { get; set; }

    public List<SpeakerYaml>? Speakers { get; set; }

    public string? FurtherReading { get; set; }
}

internal sealed class ConferenceYaml : ContentYaml
{
    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? EndDate { get; set; }

    public string? DatePrecision { get; set; }

    public string? Place { get; set; }

    public string? Format { get; set; }

    public List<ProgrammeLineYaml>? Programme { get; set; }
}

internal sealed class PressReleaseYaml : ContentYaml
{
    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? Place { get; set; }

    public string? Emitter { get; set; }

    public string? Lead { get; set; }

    /// <summary>The references (slugs) of reference/contacts-presse.yml's contacts, in the release's order.</summary>
    public List<string>? PressContacts { get; set; }
}

internal sealed class WorkingGroupYaml : ContentYaml
{
    public string? Title { get; set; }

    public int? Order { get; set; }
}

internal sealed class PageYaml : ContentYaml
{
    public string? Title { get; set; }
}

internal sealed class SourceDocumentYaml
{
    public string? File { get; set; }

    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? Emitter { get; set; }
}

internal sealed class DepartementYaml
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Slug { get; set; }
}

/// <summary>An item of reference/contacts-locaux.yml.</summary>
internal sealed class LocalContactYaml
{
    public string? Slug { get; set; }

    public string? Status { get; set; }

    public string? Service { get; set; }

    public string? Departement { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Url { get; set; }

    public string? Address { get; set; }

    public string? Note { get; set; }

    public List<SourceYaml>? Sources { get; set; }
}

/// <summary>An item of reference/contacts-presse.yml: a press contact releases cite by its slug.</summary>
internal sealed class PressContactYaml
{
    public string? Slug { get; set; }

    public string? Status { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public string? Url { get; set; }

    public string? Note { get; set; }
}

/// <summary>reference/vocabulaires.yml: four lists of terms.</summary>
internal sealed class VocabularyYaml
{
    public List<VocabularyTermYaml>? Publics { get; set; }

    public List<VocabularyTermYaml>? Porteurs { get; set; }

    public List<VocabularyTermYaml>? Demandeurs { get; set; }

    public List<VocabularyTermYaml>? Services { get; set; }
}

internal sealed class VocabularyTermYaml
{
    public string? Label { get; set; }

    public List<string>? Aliases { get; set; }
}

internal sealed class MetropoleYaml
{
    public string? Slug { get; set; }

    public string? Name { get; set; }

    public string? Departement { get; set; }
}

internal sealed class FundingLineYaml
{
    public string? Slug { get; set; }

    public int? Year { get; set; }

    public string? Label { get; set; }

    public decimal? Amount { get; set; }

    public int? Order { get; set; }

    public List<SourceYaml>? Sources { get; set; }
}

internal sealed class KeyFigureYaml
{
    public string? Slug { get; set; }

    public string? Label { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public int? Year { get; set; }

    public string? Axis { get; set; }

    public int? Order { get; set; }

    public List<SourceYaml>? Sources { get; set; }
}

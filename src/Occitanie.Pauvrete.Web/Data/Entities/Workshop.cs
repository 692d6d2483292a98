namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>The kind of a session of the guide of the 7 July 2021 conference.</summary>
public enum WorkshopKind
{
    Atelier,
    TableRonde,
    AtelierPartenaire,
}

/// <summary>A workshop (« atelier »), round table (« table-ronde ») or partner webinar of the guide.</summary>
public class Workshop : ContentItem
{
    public WorkshopKind Kind { get; set; }

    /// <summary>As in the guide: "1"…"18" for ateliers, "I"…"IV" for round tables, null for the partner webinar.</summary>
    public string? Number { get; set; }

    /// <summary>Position in the guide.</summary>
    public int Order { get; set; }

    public Guid IntentionId { get; set; }

    public Intention? Intention { get; set; }

    /// <summary>The place as the guide writes it ("Capendu, Aude", "UNCCAS, régional").</summary>
    public string Place { get; set; } = "";

    public string? Commune { get; set; }

    public Guid? DepartementId { get; set; }

    public Departement? Departement { get; set; }

    public Guid? ConferenceId { get; set; }

    public Conference? Conference { get; set; }

    /// <summary>« Pour aller plus loin », markdown.</summary>
    public string? FurtherReading { get; set; }

    public List<Speaker> Speakers { get; set; } = [];

    public List<Measure> Measures { get; set; } = [];
}

public enum SpeakerKind
{
    Animateur,
    Intervenant,
    Participant,
}

/// <summary>An animator or speaker of a session (« intervenant »), with the role the guide gives.</summary>
public class Speaker
{
    public string Name { get; set; } = "";

    public string? Role { get; set; }

    public SpeakerKind Kind { get; set; }
}

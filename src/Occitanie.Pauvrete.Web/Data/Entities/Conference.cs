namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A regional conference (2019 cycle, 7 July 2021, 2023).</summary>
public class Conference : ContentItem
{
    public DateOnly Date { get; set; }

    public DateOnly? EndDate { get; set; }

    public string Place { get; set; } = "";

    public string? Format { get; set; }

    public List<ProgrammeLine> Programme { get; set; } = [];

    public List<Workshop> Workshops { get; set; } = [];
}

/// <summary>A line of a conference programme: a time and what happens.</summary>
public class ProgrammeLine
{
    /// <summary>As printed ("14h05").</summary>
    public string Time { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>Parallel track the line belongs to ("Ateliers", "Tables-rondes"), if any.</summary>
    public string? Track { get; set; }
}

namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A regional conference (2019 cycle, 7 July 2021, 2023).</summary>
public class Conference : ContentItem
{
    public DateOnly Date { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>How much of <see cref="Date"/> and <see cref="EndDate"/> the sources give: a day, or only a month or a year.</summary>
    public DatePrecision DatePrecision { get; set; } = DatePrecision.Day;

    public string Place { get; set; } = "";

    public string? Format { get; set; }

    public List<ProgrammeLine> Programme { get; set; } = [];

    public List<Workshop> Workshops { get; set; } = [];
}

/// <summary>How precise a date of the sources is; a date known to the month is stored as the 1st of that month.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
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

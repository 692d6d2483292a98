namespace Occitanie.Pauvrete.Web.Features.Statistics;

/// <summary>The « Statistics » section of the configuration: the public, cookieless counting (decision 0024).</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>Whether page views and searches are counted (true by default). Off, « Statistiques » still shows what was counted.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two writes of the counts to the database (30 by default); they are written at shutdown too.</summary>
    public double FlushSeconds { get; set; } = 30;
}

namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>
/// How many times one public page was read on one day (Paris time), for « Statistiques ». Holds the
/// page's address and the day only: nothing about who read it — no IP, no user agent, no cookie, no
/// identifier (decision 0024). Written in batches by <c>PageViewCounter</c>, added to by every instance.
/// </summary>
public class PageViewCount
{
    public int Id { get; set; }

    public DateOnly Day { get; set; }

    /// <summary>The page's path, in lower case, without query string (« /mesures/points-conseil-budget »).</summary>
    public string Path { get; set; } = "";

    /// <summary>Longer paths are not counted: no page of the site has one.</summary>
    public const int MaxPathLength = 200;

    public int Count { get; set; }
}

/// <summary>How many searches were made on one day (Paris time): a number and a day, nothing else (decision 0024).</summary>
public class SearchCount
{
    public int Id { get; set; }

    public DateOnly Day { get; set; }

    public int Count { get; set; }
}

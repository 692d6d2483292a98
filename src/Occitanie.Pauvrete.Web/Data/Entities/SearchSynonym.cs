namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>
/// Words or phrases the search treats as one (« dettes, surendettement »): a query holding any of
/// them also looks for the others. Seeded from content/reference/synonymes.yml, edited in the admin.
/// Not an editable item with revisions: a list staff rewrite whole, the search's tuning.
/// </summary>
public class SearchSynonym
{
    public int Id { get; set; }

    /// <summary>The words of the group as staff wrote them, separated by commas.</summary>
    public string Words { get; set; } = "";
}

/// <summary>
/// A search that found nothing, counted per day so staff can add a synonym or a page. Holds the
/// words and the day only: nothing about who searched.
/// </summary>
public class SearchMiss
{
    public int Id { get; set; }

    public DateOnly Day { get; set; }

    /// <summary>The query, cleaned and in lower case.</summary>
    public string Words { get; set; } = "";

    public int Count { get; set; }
}

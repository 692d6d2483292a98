using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Selection;

/// <summary>
/// « Ma sélection »: measures and workshops chosen by a reader, carried in the address and nowhere
/// else (no account, no cookie, nothing on the server): <c>/ma-selection?m=slug&amp;m=slug&amp;a=slug</c>,
/// <c>m</c> a measure, <c>a</c> a workshop (atelier), in the order they were added. A value may also
/// list slugs separated by commas (<c>m=a,b</c>), as a hand-written link might; the portal writes
/// repeated keys, as a GET form does. Read forgivingly: a value that cannot be a slug is counted,
/// never echoed; the same slug twice counts once; beyond <see cref="MaxItems"/> the rest is dropped
/// and said so.
/// </summary>
public sealed record Selection(IReadOnlyList<string> Measures, IReadOnlyList<string> Workshops)
{
    public const string Path = PublicPaths.Selection;

    public const string CsvPath = PublicPaths.Selection + ".csv";

    public const string MeasureKey = "m";

    public const string WorkshopKey = "a";

    /// <summary>The picker's one parameter, « m:slug » or « a:slug »: a select has one name for both kinds.</summary>
    public const string AddKey = "ajouter";

    /// <summary>
    /// More than a council's agenda holds (the guide has 68 measures and 23 sessions), few enough that
    /// one page and one query stay small whatever the address says.
    /// </summary>
    public const int MaxItems = 60;

    /// <summary>Slugs are [a-z0-9-] (importer and admin): anything longer than this is no slug.</summary>
    public const int MaxSlugLength = 120;

    public static Selection Empty { get; } = new([], []);

    /// <summary>Values that could not be slugs (too long, other characters): how many, not what.</summary>
    public int Malformed { get; init; }

    /// <summary>How many items beyond <see cref="MaxItems"/> the address held and were dropped.</summary>
    public int Dropped { get; init; }

    public int Count => Measures.Count + Workshops.Count;

    public bool IsEmpty => Count == 0;

    public static Selection FromQuery(IQueryCollection query)
    {
        var malformed = 0;
        var dropped = 0;
        var seen = 0;
        List<string> Read(StringValues values)
        {
            var slugs = new List<string>();
            foreach (var value in values)
            {
                foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!IsSlug(part))
                    {
                        malformed++;
                    }
                    else if (slugs.Contains(part, StringComparer.Ordinal))
                    {
                        continue;
                    }
                    else if (seen >= MaxItems)
                    {
                        dropped++;
                    }
                    else
                    {
                        slugs.Add(part);
                        seen++;
                    }
                }
            }
            return slugs;
        }
        var measures = Read(query[MeasureKey]);
        var workshops = Read(query[WorkshopKey]);
        return new Selection(measures, workshops) { Malformed = malformed, Dropped = dropped };
    }

    /// <summary>The selection with one more item from the picker's « m:slug » / « a:slug »; unchanged for anything else.</summary>
    public Selection With(string? picked) => picked?.Split(':', 2) switch
    {
        [MeasureKey, var slug] when IsSlug(slug) && !Measures.Contains(slug) && Count < MaxItems => this with { Measures = [.. Measures, slug] },
        [WorkshopKey, var slug] when IsSlug(slug) && !Workshops.Contains(slug) && Count < MaxItems => this with { Workshops = [.. Workshops, slug] },
        _ => this,
    };

    public Selection WithoutMeasure(string slug) => this with { Measures = [.. Measures.Where(s => s != slug)] };

    public Selection WithoutWorkshop(string slug) => this with { Workshops = [.. Workshops.Where(s => s != slug)] };

    /// <summary>"?m=a&amp;m=b&amp;a=c", or "" when empty.</summary>
    public string QueryString()
    {
        var query = new QueryBuilder();
        foreach (var slug in Measures)
        {
            query.Add(MeasureKey, slug);
        }
        foreach (var slug in Workshops)
        {
            query.Add(WorkshopKey, slug);
        }
        return query.ToQueryString().Value ?? "";
    }

    /// <summary>The page of this selection: the link to keep or share.</summary>
    public string Url => Path + QueryString();

    public string CsvUrl => CsvPath + QueryString();

    /// <summary>« m:slug a:slug », for the page's script, which keeps the list while the reader browses.</summary>
    public string Items => string.Join(' ', [.. Measures.Select(s => $"{MeasureKey}:{s}"), .. Workshops.Select(s => $"{WorkshopKey}:{s}")]);

    private static bool IsSlug(string value) =>
        value.Length is > 0 and <= MaxSlugLength && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}

/// <summary>The « Ajouter à ma sélection » form of a measure's or a workshop's page.</summary>
/// <param name="Key"><see cref="Selection.MeasureKey"/> or <see cref="Selection.WorkshopKey"/>.</param>
public sealed record SelectionButton(string Key, string Slug)
{
    public static SelectionButton Measure(string slug) => new(Selection.MeasureKey, slug);

    public static SelectionButton Workshop(string slug) => new(Selection.WorkshopKey, slug);

    /// <summary>« m:slug », as the script keeps it.</summary>
    public string Item => $"{Key}:{Slug}";
}

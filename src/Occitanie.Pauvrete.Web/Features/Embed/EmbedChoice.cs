using Microsoft.AspNetCore.Http.Extensions;
using Occitanie.Pauvrete.Web.Features.Shared;
using SelectionList = Occitanie.Pauvrete.Web.Features.Selection.Selection;

namespace Occitanie.Pauvrete.Web.Features.Embed;

public enum EmbedKind
{
    /// <summary>The address names nothing to show.</summary>
    None,
    Intention,
    Departement,

    /// <summary>A « Ma sélection » list, carried as /ma-selection carries it.</summary>
    Selection,
}

/// <summary>
/// What a block shows, read from its address: <c>?intention=slug</c>, <c>?departement=11</c> (INSEE
/// code) or a selection <c>?m=…&amp;a=…</c> exactly as <see cref="SelectionList"/> reads it, the
/// first given in this order. The page <c>/integrer</c> reads the same keys and also keeps the
/// selection it was opened with, so that its picker still offers it after another choice.
/// </summary>
public sealed record EmbedChoice(EmbedKind Kind, string? Value, SelectionList Selection)
{
    public const string IntentionKey = "intention";

    public const string DepartementKey = "departement";

    /// <summary>The page's picker, one select for every kind: « intention:slug », « departement:11 » or « selection ».</summary>
    public const string PickKey = "choix";

    public const string SelectionPick = "selection";

    public static EmbedChoice From(string? intention, string? departement, IQueryCollection query)
    {
        var selection = SelectionList.FromQuery(query);
        if (Clean(intention) is { } slug)
        {
            return new(EmbedKind.Intention, slug, selection);
        }
        if (Clean(departement) is { } code)
        {
            return new(EmbedKind.Departement, code, selection);
        }
        return new(selection.IsEmpty && selection.Malformed == 0 ? EmbedKind.None : EmbedKind.Selection, null, selection);
    }

    /// <summary>The choice the picker's value names, the selection kept; nothing for a value it never offers.</summary>
    public EmbedChoice Picked(string? picked) => picked?.Split(':', 2) switch
    {
        [IntentionKey, var slug] when Clean(slug) is { } value => this with { Kind = EmbedKind.Intention, Value = value },
        [DepartementKey, var code] when Clean(code) is { } value => this with { Kind = EmbedKind.Departement, Value = value },
        [SelectionPick] when !Selection.IsEmpty => this with { Kind = EmbedKind.Selection, Value = null },
        _ => this with { Kind = EmbedKind.None, Value = null },
    };

    /// <summary>The picker's value of this choice.</summary>
    public string? PickValue => Kind switch
    {
        EmbedKind.Intention => $"{IntentionKey}:{Value}",
        EmbedKind.Departement => $"{DepartementKey}:{Value}",
        EmbedKind.Selection => SelectionPick,
        _ => null,
    };

    /// <summary>The block's address on the portal (relative): its own keys only.</summary>
    public string BlockPath => PublicPaths.EmbedBlock + Query(withSelection: Kind == EmbedKind.Selection);

    /// <summary>The page <c>/integrer</c> showing this choice, with the selection it carries.</summary>
    public string PagePath => PublicPaths.Embed + Query(withSelection: true);

    private string Query(bool withSelection)
    {
        var query = new QueryBuilder();
        if (Kind == EmbedKind.Intention)
        {
            query.Add(IntentionKey, Value!);
        }
        else if (Kind == EmbedKind.Departement)
        {
            query.Add(DepartementKey, Value!);
        }
        if (withSelection)
        {
            foreach (var slug in Selection.Measures)
            {
                query.Add(SelectionList.MeasureKey, slug);
            }
            foreach (var slug in Selection.Workshops)
            {
                query.Add(SelectionList.WorkshopKey, slug);
            }
        }
        return query.ToQueryString().Value ?? "";
    }

    /// <summary>A value as given, trimmed and cut to a slug's length (it is looked up, never trusted).</summary>
    private static string? Clean(string? value) =>
        Text.Given(value) is { } text ? text[..Math.Min(text.Length, SelectionList.MaxSlugLength)] : null;
}

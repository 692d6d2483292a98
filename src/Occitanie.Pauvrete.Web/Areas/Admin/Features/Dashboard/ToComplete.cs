using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Dashboard;

/// <summary>One published item with something to complete, and what: each line names one gap.</summary>
public sealed record ToCompleteRow(ContentKind Kind, Guid Id, string Title, IReadOnlyList<string> Missing);

/// <summary>The items of one intention (or of none: <see cref="ToComplete.NoIntention"/>), with their edit pages.</summary>
/// <param name="Anchor">The group's id in the page (« a-completer-sans-intention »).</param>
public sealed record ToCompleteGroup(string Title, string Anchor, IReadOnlyList<ToCompleteRow> Rows);

/// <summary>
/// « À compléter »: the published items whose public page lacks what a reader came for, so staff
/// know what to look for in the sources. A measure without an amount, applicants, a way to apply
/// or a contact; any item not checked against its sources for 12 months; and the lines « À confirmer
/// par l'éditeur : … » of an editors' note (the legal pages'). Grouped by intention, a measure under
/// each of its own. Read in one query over every kind that is checked (<see cref="ContentItem"/>),
/// plus one for the intentions.
/// </summary>
public static partial class ToComplete
{
    public const string NoIntention = "Sans intention";

    /// <summary>How long a check holds: an item checked longer ago than this is due again.</summary>
    public const int ReviewMonths = 12;

    /// <summary>What starts each line of an editors' note that the publisher must confirm before the page asserts it.</summary>
    public const string ToConfirm = "À confirmer par l'éditeur";

    /// <summary>What the database looks for: <see cref="ToConfirm"/> up to its apostrophe, straight or curly.</summary>
    private const string ToConfirmStart = "À confirmer par l";

    public const string NoAmount = "Montant (ni montant en euros, ni financement en une ligne)";
    public const string NoApplicants = "Qui peut la demander";
    public const string NoWayToApply = "Comment en bénéficier (ni démarche, ni lien)";
    public const string NoContact = "Contact";

    /// <summary>The date an item's check is counted from: last checked, or else its newest source's date, or else its creation.</summary>
    public static DateOnly ReviewCutoff(DateOnly today) => today.AddMonths(-ReviewMonths);

    /// <summary>One published item as the list reads it; the measure's gaps are false for other kinds.</summary>
    public sealed class ItemFacts
    {
        public string Kind { get; init; } = "";

        public Guid Id { get; init; }

        public string Title { get; init; } = "";

        /// <summary>A workshop's intention, or an intention's own id.</summary>
        public Guid? IntentionId { get; init; }

        public DateOnly? VerifiedOn { get; init; }

        /// <summary>The date of its newest source document (<see cref="SourceDocument.Date"/> through <see cref="ContentItem.Sources"/>).</summary>
        public DateOnly? SourceDate { get; init; }

        public DateTime CreatedAt { get; init; }

        /// <summary>The editors' note, read only when it holds a line <see cref="ToConfirm"/>.</summary>
        public string? NoteToConfirm { get; init; }

        public bool LacksAmount { get; init; }

        public bool LacksApplicants { get; init; }

        public bool LacksWayToApply { get; init; }

        public bool LacksContact { get; init; }
    }

    /// <summary>An intention, and the measures linked to it.</summary>
    public sealed record IntentionFacts(Guid Id, string Slug, string Title, int Order, IReadOnlyList<Guid> Measures);

    private static readonly MethodInfo _factsOf = typeof(ToComplete).GetMethod(nameof(FactsOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Every published item of every checked kind: one UNION ALL, a measure's gaps read in SQL.</summary>
    public static IQueryable<ItemFacts> Facts(PortalDbContext db) =>
        ContentKinds.All
            .Where(k => k.EntityType.IsAssignableTo(typeof(ContentItem)))
            .Select(k => k.EntityType == typeof(Measure)
                ? MeasureFacts(db, k)
                : (IQueryable<ItemFacts>)_factsOf.MakeGenericMethod(k.EntityType).Invoke(null, [db, k])!)
            .Aggregate((all, next) => all.Concat(next));

    public static IQueryable<IntentionFacts> Intentions(PortalDbContext db) =>
        db.Intentions.AsNoTracking()
            .Where(i => i.Status != PublicationStatus.Deleted)
            .OrderBy(i => i.Order)
            .Select(i => new IntentionFacts(i.Id, i.Slug, i.Title, i.Order, i.Measures.Select(m => m.Id).ToList()));

    private static IQueryable<ItemFacts> MeasureFacts(PortalDbContext db, ContentKind kind)
    {
        var slug = kind.Slug;
        return db.Measures.AsNoTracking().Where(m => m.IsPublished).Select(m => new ItemFacts
        {
            Kind = slug,
            Id = m.Id,
            Title = m.Title,
            IntentionId = null,
            VerifiedOn = m.VerifiedOn,
            SourceDate = db.SourceDocuments.Where(d => m.Sources.Any(s => s.Document == d.FileName)).Max(d => d.Date),
            CreatedAt = m.CreatedAt,
            NoteToConfirm = m.EditorNote != null && m.EditorNote.Contains(ToConfirmStart) ? m.EditorNote : null,
            LacksAmount = m.FundingAmount == null && (m.Funding == null || m.Funding == ""),
            LacksApplicants = m.Applicants.Count == 0,
            LacksWayToApply = (m.HowToApply == null || m.HowToApply == "") && !m.Links.Any(l => l.Url != null),
            LacksContact = m.Contacts.Count == 0,
        });
    }

    /// <summary>Any other checked kind: no measure gaps; its intention when it has one (a workshop's, an intention's own).</summary>
    private static IQueryable<ItemFacts> FactsOf<T>(PortalDbContext db, ContentKind kind)
        where T : ContentItem
    {
        var slug = kind.Slug;
        var items = db.Set<T>().AsNoTracking().Where(e => e.IsPublished);
        var intention = typeof(T) == typeof(Intention) ? nameof(EditableEntity.Id)
            : typeof(T).GetProperty(nameof(Workshop.IntentionId)) is not null ? nameof(Workshop.IntentionId)
            : null;
        var withIntention = intention is null
            ? items.Select(e => new { Item = e, IntentionId = (Guid?)null })
            : items.Select(e => new { Item = e, IntentionId = (Guid?)EF.Property<Guid>(e, intention) });
        return withIntention.Select(x => new ItemFacts
        {
            Kind = slug,
            Id = x.Item.Id,
            Title = x.Item.Title,
            IntentionId = x.IntentionId,
            VerifiedOn = x.Item.VerifiedOn,
            SourceDate = db.SourceDocuments.Where(d => x.Item.Sources.Any(s => s.Document == d.FileName)).Max(d => d.Date),
            CreatedAt = x.Item.CreatedAt,
            NoteToConfirm = x.Item.EditorNote != null && x.Item.EditorNote.Contains(ToConfirmStart) ? x.Item.EditorNote : null,
            LacksAmount = false,
            LacksApplicants = false,
            LacksWayToApply = false,
            LacksContact = false,
        });
    }

    /// <summary>The groups, intentions in their order then « Sans intention »; items with nothing to complete left out.</summary>
    public static IReadOnlyList<ToCompleteGroup> Groups(IEnumerable<ItemFacts> items, IReadOnlyList<IntentionFacts> intentions, DateOnly today)
    {
        var cutoff = ReviewCutoff(today);
        var intentionsOf = intentions
            .SelectMany(i => i.Measures.Select(m => (Measure: m, Intention: i.Id)))
            .ToLookup(l => l.Measure, l => l.Intention);
        var kindOrder = ContentKinds.All.Select((k, index) => (k.Slug, index)).ToDictionary(k => k.Slug, k => k.index);
        var french = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);
        var rows = new List<(Guid? Intention, ItemFacts Facts, ToCompleteRow Row)>();
        foreach (var item in items)
        {
            var missing = Missing(item, cutoff);
            if (missing.Count == 0)
            {
                continue;
            }
            var row = new ToCompleteRow(ContentKinds.BySlug(item.Kind)!, item.Id, item.Title, missing);
            List<Guid> groups = item.IntentionId is { } own ? [own] : [.. intentionsOf[item.Id]];
            if (groups.Count == 0)
            {
                rows.Add((null, item, row));
            }
            rows.AddRange(groups.Select(g => ((Guid?)g, item, row)));
        }
        var known = intentions.Select(i => i.Id).ToHashSet();
        IEnumerable<ToCompleteRow> Sorted(IEnumerable<(Guid? Intention, ItemFacts Facts, ToCompleteRow Row)> group) =>
            group.OrderBy(r => kindOrder[r.Facts.Kind]).ThenBy(r => r.Row.Title, french).Select(r => r.Row);
        return
        [
            .. intentions
                .Select(i => new ToCompleteGroup(i.Title, "a-completer-" + i.Slug, [.. Sorted(rows.Where(r => r.Intention == i.Id))]))
                .Where(g => g.Rows.Count > 0),
            .. new[] { new ToCompleteGroup(NoIntention, "a-completer-sans-intention", [.. Sorted(rows.Where(r => r.Intention is not { } id || !known.Contains(id)))]) }
                .Where(g => g.Rows.Count > 0),
        ];
    }

    /// <summary>What the item lacks, each as a line staff read; empty when nothing.</summary>
    public static IReadOnlyList<string> Missing(ItemFacts item, DateOnly cutoff)
    {
        var missing = new List<string>();
        if (item.LacksAmount)
        {
            missing.Add(NoAmount);
        }
        if (item.LacksApplicants)
        {
            missing.Add(NoApplicants);
        }
        if (item.LacksWayToApply)
        {
            missing.Add(NoWayToApply);
        }
        if (item.LacksContact)
        {
            missing.Add(NoContact);
        }
        if (ReviewDue(ContentKinds.BySlug(item.Kind)!, item, cutoff) is { } due)
        {
            missing.Add(due);
        }
        missing.AddRange(LinesToConfirm(item.NoteToConfirm).Select(line => $"{ToConfirm} : {line}"));
        return missing;
    }

    /// <summary>« À vérifier » with the date the check is counted from, when that is more than 12 months ago.</summary>
    private static string? ReviewDue(ContentKind kind, ItemFacts item, DateOnly cutoff)
    {
        var createdOn = DateOnly.FromDateTime(ParisTime.FromUtc(item.CreatedAt));
        var verifiedWord = kind.Agree("vérifié");
        var (since, said) = item switch
        {
            { VerifiedOn: { } verified } => (verified, $"{verifiedWord} le {FrenchFormat.Date(verified)}"),
            { SourceDate: { } source } => (source, $"jamais {verifiedWord} ; source datée du {FrenchFormat.Date(source)}"),
            _ => (createdOn, $"jamais {verifiedWord} ; {kind.Agree("créé")} le {FrenchFormat.Date(createdOn)}"),
        };
        return since <= cutoff ? $"À vérifier : {said}, il y a {ReviewMonths} mois ou plus" : null;
    }

    /// <summary>The lines of a note that start « À confirmer par l'éditeur : » (a list item or not), each without that start.</summary>
    public static IEnumerable<string> LinesToConfirm(string? note) =>
        (note ?? "").Split('\n')
            .Select(line => ToConfirmLine().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["what"].Value.Trim());

    [GeneratedRegex(@"^\s*(?:[-*]\s*)?À confirmer par l['’]éditeur\s*:\s*(?<what>\S.*)$")]
    private static partial Regex ToConfirmLine();
}

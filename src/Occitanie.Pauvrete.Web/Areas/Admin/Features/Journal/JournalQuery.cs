using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Journal;

/// <summary>The journal's filters, as its GET form sends them (French names in the address).</summary>
public sealed class JournalFilter
{
    /// <summary>The address's names of the two days, also the keys of their errors.</summary>
    public const string FromName = "du", ToName = "au";

    /// <summary>An author's e-mail, exactly.</summary>
    [FromQuery(Name = "auteur")]
    public string? Author { get; set; }

    /// <summary>A <see cref="RevisionKinds.RevisionKind.Slug"/> ("mesures", "comptes").</summary>
    public string? Type { get; set; }

    /// <summary>A <see cref="RevisionActionLabels.Label.Slug"/> ("publication").</summary>
    public string? Action { get; set; }

    /// <summary>First day, in Paris time.</summary>
    [FromQuery(Name = FromName)]
    public DateOnly? From { get; set; }

    /// <summary>Last day (included), in Paris time.</summary>
    [FromQuery(Name = ToName)]
    public DateOnly? To { get; set; }

    /// <summary>Text found in the item's title or text as a revision left it, or in its key (slug, code, e-mail).</summary>
    public string? Q { get; set; }

    /// <summary>« aujourd-hui » or « semaine » (since Monday, Paris time): a shortcut for <see cref="From"/>.</summary>
    [FromQuery(Name = PeriodName)]
    public string? Period { get; set; }

    public const string PeriodName = "periode", Today = "aujourd-hui", ThisWeek = "semaine";

    /// <summary>The first day <see cref="Period"/> stands for, if any.</summary>
    public DateOnly? PeriodStart(DateOnly today) => Period switch
    {
        Today => today,
        ThisWeek => today.AddDays(-(((int)today.DayOfWeek + 6) % 7)),
        _ => null,
    };

    public int Page { get; set; } = 1;

    /// <summary>The address of page <paramref name="page"/> with the same filters.</summary>
    public string Url(int page)
    {
        var values = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values.Add(new(name, value.Trim()));
            }
        }
        Add("auteur", Author);
        Add("type", Type);
        Add("action", Action);
        Add(FromName, From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(ToName, To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("q", Q);
        Add(PeriodName, Period);
        if (page > 1)
        {
            Add("page", page.ToString(CultureInfo.InvariantCulture));
        }
        return "/admin/journal" + QueryString.Create(values).ToUriComponent();
    }
}

/// <param name="Title">The item's title as this revision left it (<see cref="RevisionSummary"/>).</param>
/// <param name="ChangedFields">What this revision changed from the previous one, by field label.</param>
public sealed record JournalRow(DateTime At, string Author, RevisionAction Action, string EntityType, Guid EntityId, string EntityKey, string Title, IReadOnlyList<string> ChangedFields)
{
    public RevisionKinds.RevisionKind? Kind => RevisionKinds.All.FirstOrDefault(k => k.EntityType == EntityType);
}

public sealed record JournalViewModel(JournalFilter Filter, IReadOnlyList<JournalRow> Rows, int Total, int PageCount, IReadOnlyList<string> Authors);

/// <summary>Every revision, newest first, filtered and cut into pages: three queries (authors, count, page).</summary>
public sealed class JournalQuery(PortalDbContext db)
{
    public const int PageSize = 50;

    /// <param name="seesAccounts">
    /// Whether the reader administers accounts: account changes (who was given which role, disabled,
    /// sent a password link) are for administrators only, as the accounts' page is.
    /// </param>
    public async Task<JournalViewModel> GetAsync(JournalFilter filter, bool seesAccounts, CancellationToken cancellationToken)
    {
        var visible = Visible(seesAccounts);
        var authors = await visible
            .Select(r => r.Author).Distinct().OrderBy(a => a)
            .ToListAsync(cancellationToken);

        var revisions = Filtered(visible, filter);
        var total = await revisions.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await revisions
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip((filter.Page - 1) * PageSize)
            .Take(PageSize)
            .Select(r => new
            {
                r.CreatedAt, r.Author, r.Action, r.EntityType, r.EntityId, r.EntityKey, r.Snapshot,
                Previous = db.Revisions.Where(p => p.EntityType == r.EntityType && p.EntityId == r.EntityId && p.Id < r.Id)
                    .OrderByDescending(p => p.Id).Select(p => p.Snapshot).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new JournalViewModel(filter, [.. rows.Select(r => new JournalRow(r.CreatedAt, r.Author, r.Action, r.EntityType, r.EntityId, r.EntityKey,
            RevisionSummary.TitleOf(r.EntityType, r.EntityKey, r.Snapshot), RevisionSummary.ChangedFields(r.EntityType, r.Previous, r.Snapshot)))],
            total, pageCount, authors);
    }

    private IQueryable<Revision> Visible(bool seesAccounts) => seesAccounts
        ? db.Revisions.AsNoTracking()
        : db.Revisions.AsNoTracking().Where(r => r.EntityType != RevisionKinds.AccountEntityType);

    private static IQueryable<Revision> Filtered(IQueryable<Revision> revisions, JournalFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Author))
        {
            var author = filter.Author.Trim();
            revisions = revisions.Where(r => r.Author == author);
        }
        if (RevisionKinds.BySlug(filter.Type) is { } kind)
        {
            revisions = revisions.Where(r => r.EntityType == kind.EntityType);
        }
        if (RevisionActionLabels.FromSlug(filter.Action) is { } action)
        {
            revisions = revisions.Where(r => r.Action == action);
        }
        if ((filter.PeriodStart(ParisTime.Today) ?? filter.From) is { } from)
        {
            var start = ParisTime.StartOfDayUtc(from);
            revisions = revisions.Where(r => r.CreatedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = ParisTime.StartOfDayUtc(to.AddDays(1));
            revisions = revisions.Where(r => r.CreatedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // LIKE ignores the case of ASCII letters on SQLite and with SQL Server's default collation. The snapshot holds
            // the title and every text of the item as the revision left it (written with accents as they are, not escaped).
            var pattern = "%" + filter.Q.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
            revisions = revisions.Where(r => EF.Functions.Like(r.EntityKey, pattern, @"\") || EF.Functions.Like(r.Snapshot, pattern, @"\"));
        }
        return revisions;
    }
}

using System.Collections;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;

/// <summary>One external link of one item: where it is (the form's label) and its address.</summary>
public sealed record ContentLink(ContentKind Kind, Guid ItemId, string ItemTitle, string Field, Uri Url);

/// <summary>
/// Every external (http, https) link of the content that is not in the trash, read from each kind's
/// form description (<see cref="ContentKinds"/>): web address fields (a measure's links, contacts'
/// sites) and the links of markdown fields (bodies, « Pour aller plus loin »), found by Markdig as
/// the page renders them. A field added to a kind is checked without a change here.
/// </summary>
public sealed class ContentLinks(PortalDbContext db)
{
    public async Task<IReadOnlyList<ContentLink>> AllAsync(CancellationToken cancellationToken)
    {
        var links = new List<ContentLink>();
        foreach (var kind in ContentKinds.All.Where(k => k.Fields.Any(HoldsLinks)))
        {
            var items = await ItemSets.Of(db, kind.EntityType).AsNoTracking()
                .Where(i => i.Status != PublicationStatus.Deleted)
                .ToListAsync(cancellationToken);
            foreach (var item in items)
            {
                var title = kind.TitleOf(item);
                foreach (var (field, url) in LinksOf(kind.Fields, item, rowsLabel: null))
                {
                    links.Add(new ContentLink(kind, item.Id, title, field, url));
                }
            }
        }
        return links;
    }

    private static bool HoldsLinks(EditorField field) =>
        field.Kind is FieldKind.WebAddress or FieldKind.Markdown || (field.Kind == FieldKind.Rows && field.Columns.Any(HoldsLinks));

    /// <summary>The links of <paramref name="fields"/> on <paramref name="owner"/> (an item or one row of it), each with where it is.</summary>
    /// <param name="rowsLabel">The rows field <paramref name="owner"/> is a row of (« Contacts »), or null for the item itself.</param>
    private static IEnumerable<(string Field, Uri Url)> LinksOf(IReadOnlyList<EditorField> fields, object owner, string? rowsLabel)
    {
        foreach (var field in fields.Where(HoldsLinks))
        {
            var value = owner.GetType().GetProperty(field.Property)!.GetValue(owner);
            // A row of a title and its address (a measure's « Liens ») is named by its rows field alone.
            var where = rowsLabel is null ? field.Label : fields.Count <= 2 ? rowsLabel : $"{rowsLabel} — {field.Label}";
            switch (field.Kind)
            {
                case FieldKind.WebAddress when value is string address && ExternalAddress(address) is { } url:
                    yield return (where, url);
                    break;
                case FieldKind.Markdown when value is string markdown:
                    foreach (var url in MarkdownRenderer.LinkAddresses(markdown).Select(ExternalAddress).OfType<Uri>())
                    {
                        yield return (where, url);
                    }
                    break;
                case FieldKind.Rows when value is IEnumerable rows:
                    foreach (var row in rows.OfType<object>())
                    {
                        foreach (var link in LinksOf(field.Columns, row, field.Label))
                        {
                            yield return link;
                        }
                    }
                    break;
            }
        }
    }

    /// <summary>An absolute http or https address; anything else (mailto:, tel:, a path of the portal itself) is no external link.</summary>
    public static Uri? ExternalAddress(string? address) =>
        Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && url.Host.Length > 0
            ? url
            : null;
}

using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using YamlDotNet.Serialization.NamingConventions;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>
/// The database's column sizes (the EF model's <c>HasMaxLength</c>, the same for SQLite and SQL
/// Server) for the values of a content file, so that a value too long for its column is reported
/// with its file and line and the item left out, instead of SQL Server refusing the whole import
/// (SQLite would have kept it whole, and the two databases would differ).
/// </summary>
internal static class ColumnSizes
{
    /// <summary>The model alone, from a context that never connects: the same, cached, the portal's contexts use.</summary>
    private static readonly Lazy<IModel> _model = new(() =>
    {
        using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model;
    });

    /// <summary>YAML fields stored under another name; every other one has its entity's property name.</summary>
    private static readonly Dictionary<(Type Yaml, string Field), string> _renamed = new()
    {
        [(typeof(IntentionYaml), nameof(IntentionYaml.Phrase))] = nameof(Entities.Intention.Title),
        [(typeof(SourceDocumentYaml), nameof(SourceDocumentYaml.File))] = nameof(Entities.SourceDocument.FileName),
    };

    /// <summary>
    /// Each text field of <paramref name="data"/> longer than its column: its YAML key, its length
    /// and the column's size. The entity is the YAML class's name without « Yaml » (MeasureYaml: Measure).
    /// </summary>
    public static IEnumerable<(string Key, int Length, int Max)> TooLong(object data)
    {
        var yaml = data.GetType();
        var entity = _model.Value.GetEntityTypes().SingleOrDefault(e => e.ClrType.Name + "Yaml" == yaml.Name && !e.IsOwned());
        if (entity is null)
        {
            yield break;
        }
        foreach (var field in yaml.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
        {
            var column = entity.FindProperty(_renamed.GetValueOrDefault((yaml, field.Name), field.Name));
            if (column is { ClrType: var type } && type == typeof(string) && column.GetMaxLength() is { } max
                && field.GetValue(data) is string value && value.Length > max)
            {
                yield return (UnderscoredNamingConvention.Instance.Apply(field.Name), value.Length, max);
            }
        }
    }

    /// <summary>The size of the slug column of <paramref name="yaml"/>'s entity, for a file named by its slug.</summary>
    public static int? SlugOf(Type yaml) =>
        _model.Value.GetEntityTypes().SingleOrDefault(e => e.ClrType.Name + "Yaml" == yaml.Name && !e.IsOwned())
            ?.FindProperty(nameof(Entities.ContentItem.Slug))?.GetMaxLength();
}

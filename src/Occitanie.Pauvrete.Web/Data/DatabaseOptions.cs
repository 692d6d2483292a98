using System.ComponentModel.DataAnnotations;

namespace Occitanie.Pauvrete.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// <c>Sqlite</c> (default: a file under <c>App_Data/</c>, created and migrated on first start) or
    /// <c>SqlServer</c> (production, see docker-compose.yml). The connection string is
    /// <c>ConnectionStrings:Portal</c>.
    /// </summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

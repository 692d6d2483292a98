using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Occitanie.Pauvrete.Web.Data;

/// <summary>The SQLite flavour of the portal's database; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

/// <summary>The SQL Server flavour of the portal's database; its migrations are in Migrations/SqlServer.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);

/// <summary>
/// Lets <c>dotnet ef</c> build the SQLite context without starting the app (no import, no admin bootstrap).
/// The connection string is never opened to add a migration or write a script.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options);
}

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context with no server at hand.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPortalDbContext>
{
    public SqlServerPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=localhost;Database=OccitaniePauvrete;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}

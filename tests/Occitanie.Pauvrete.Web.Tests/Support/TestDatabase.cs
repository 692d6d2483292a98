using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Import;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>A fresh, migrated SQLite file of its own, deleted at the end of the test.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-db-").FullName;

    public TestDatabase(bool migrate = true)
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "portal.db"), Pooling = false }.ToString();
        if (migrate)
        {
            using var db = Open();
            db.Database.Migrate();
        }
    }

    public string ConnectionString { get; }

    internal SqlitePortalDbContext Open() =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(ConnectionString).Options);

    internal static ContentImporter Importer(PortalDbContext db, string contentPath) =>
        new(db, Options.Create(new ContentOptions { Path = contentPath }), NullLogger<ContentImporter>.Instance);

    /// <summary>Imports <paramref name="contentPath"/> with a context of its own, as a start-up would.</summary>
    internal async Task<ContentImportReport> ImportAsync(string contentPath, bool force = false)
    {
        await using var db = Open();
        return await Importer(db, contentPath).ImportAsync(force);
    }

    public void Dispose()
    {
        // WebApplicationFactory disposes its fixtures both from Dispose and DisposeAsync.
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

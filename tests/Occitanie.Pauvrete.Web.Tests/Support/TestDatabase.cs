using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Import;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>A SQLite file of its own, deleted at the end of the test.</summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>
    /// The repository's content/ migrated, imported and with its bootstrap administrator, made once
    /// per test run by a real start of the portal: every test class copies it instead of paying a
    /// whole import (the suite's main cost when each class started from an empty file).
    /// </summary>
    private static readonly Lazy<TestDatabase> _template = new(StartOnceOnAnEmptyFile);

    private readonly string _folder = Directory.CreateTempSubdirectory("portal-db-").FullName;

    public TestDatabase(bool migrate = true)
    {
        File = Path.Combine(_folder, "portal.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = File, Pooling = false }.ToString();
        if (migrate)
        {
            using var db = Open();
            db.Database.Migrate();
        }
    }

    public string ConnectionString { get; }

    private string File { get; }

    /// <summary>
    /// A copy of the database the portal makes on its first start from the repository's content/,
    /// as a start on an empty file would leave it (the start on the copy then finds nothing to add).
    /// </summary>
    public static TestDatabase CopyOfImportedContent()
    {
        var copy = new TestDatabase(migrate: false);
        System.IO.File.Copy(_template.Value.File, copy.File);
        return copy;
    }

    private static TestDatabase StartOnceOnAnEmptyFile()
    {
        var database = new TestDatabase(migrate: false);
        using (var portal = new PortalFactory { Database = database })
        {
            _ = portal.Services;
        }
        // xunit 2 has no assembly fixture: the file goes when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
        return database;
    }

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

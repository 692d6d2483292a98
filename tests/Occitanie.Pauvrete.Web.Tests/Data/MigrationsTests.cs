using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.CompiledModels.Sqlite;
using Occitanie.Pauvrete.Web.Data.CompiledModels.SqlServer;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Data;

/// <summary>Each provider's checked-in migrations hold the whole model and apply.</summary>
public sealed class MigrationsTests
{
    private static SqlServerPortalDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=localhost;Database=NotOpened;Integrated Security=true;TrustServerCertificate=true")
            .Options);

    [Fact]
    public void The_sqlite_model_has_no_change_that_a_migration_lacks()
    {
        using var database = new TestDatabase(migrate: false);
        using var db = database.Open();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --project src/Occitanie.Pauvrete.Web --context SqlitePortalDbContext --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void The_sql_server_model_has_no_change_that_a_migration_lacks()
    {
        using var db = SqlServer();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --project src/Occitanie.Pauvrete.Web --context SqlServerPortalDbContext --output-dir Data/Migrations/SqlServer");
    }

    [Fact]
    public void The_sqlite_compiled_model_is_the_model_the_code_builds()
    {
        using var database = new TestDatabase(migrate: false);
        using var db = database.Open();

        AssertCompiledModelIsBuiltModel(db, SqlitePortalDbContextModel.Instance, "SqlitePortalDbContext", "Sqlite");
    }

    [Fact]
    public void The_sql_server_compiled_model_is_the_model_the_code_builds()
    {
        using var db = SqlServer();

        AssertCompiledModelIsBuiltModel(db, SqlServerPortalDbContextModel.Instance, "SqlServerPortalDbContext", "SqlServer");
    }

    /// <summary>
    /// The portal runs on the compiled model (generated code under <c>Data/CompiledModels</c>, which
    /// EF Core finds by itself: start-up does not build the model, ~0.4 s of the start). A change to
    /// the entities or their configuration that is not compiled again would run on the old model.
    /// The design-time model is always built from the code: both must describe the same entities,
    /// properties (type, nullability, size, converter), keys, indexes and relations, in the same
    /// tables and columns. (Their annotations differ in kind, not in meaning: the compiled model
    /// keeps only what the runtime reads.)
    /// </summary>
    private static void AssertCompiledModelIsBuiltModel(DbContext db, IModel compiled, string context, string folder)
    {
        var fix = $"Compile the model again: dotnet ef dbcontext optimize --project src/Occitanie.Pauvrete.Web --context {context} --output-dir Data/CompiledModels/{folder} --namespace Occitanie.Pauvrete.Web.Data.CompiledModels.{folder}";
        var built = Shape(db.GetService<IDesignTimeModel>().Model);
        var fromCode = Shape(compiled);

        var differences = built.Except(fromCode).Select(l => "built: " + l).Concat(fromCode.Except(built).Select(l => "compiled: " + l)).Take(10);
        Assert.True(built.SequenceEqual(fromCode), fix + "\n" + string.Join("\n", differences));
    }

    private static List<string> Shape(IReadOnlyModel model) =>
    [
        .. model.ToDebugString(MetadataDebugStringOptions.LongDefault & ~MetadataDebugStringOptions.IncludeAnnotations).Split('\n').Select(l => l.TrimEnd()),
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e =>
            e.GetProperties().Select(p => $"{e.Name}.{p.Name} → {e.GetTableName()}.{p.GetColumnName()} {p.GetValueConverter()?.GetType().Name}")),
    ];

    [Fact]
    public void Each_provider_has_its_own_migrations()
    {
        using var database = new TestDatabase(migrate: false);
        using var sqlite = database.Open();
        using var sqlServer = SqlServer();

        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var sqlServerMigrations = sqlServer.Database.GetMigrations().ToList();

        Assert.NotEmpty(sqliteMigrations);
        Assert.NotEmpty(sqlServerMigrations);
        Assert.Contains("INTEGER", sqlite.GetService<IMigrator>().GenerateScript(), StringComparison.Ordinal);
        Assert.Contains("nvarchar", sqlServer.GetService<IMigrator>().GenerateScript(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_migrations_apply_on_an_empty_file()
    {
        using var database = new TestDatabase(migrate: false);
        await using var db = database.Open();

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Axes.CountAsync());
        Assert.Equal(0, await db.Revisions.CountAsync());
    }

    [Fact]
    public async Task Revisions_written_before_the_entity_version_column_get_it_from_their_snapshot()
    {
        using var database = new TestDatabase(migrate: false);
        await using var db = database.Open();
        var migrations = db.Database.GetMigrations().ToList();
        var added = migrations.FindIndex(m => m.EndsWith("_RevisionEntityVersion", StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(migrations[added - 1]);
        var measure = Guid.NewGuid();
        var account = Guid.NewGuid();
        var version = Guid.NewGuid();
        // As the portal wrote them: Guids upper case in their columns, lower case in the JSON snapshot.
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Revisions" ("EntityType", "EntityId", "EntityKey", "Action", "Snapshot", "Author", "CreatedAt")
            VALUES ('Measure', {0}, 'cantine-a-1-euro', 'Updated', {1}, 'importeur', '2026-03-01 10:00:00'),
                   ('Account', {2}, 'redactrice@occitanie.gouv.fr', 'Created', {3}, 'admin', '2026-03-01 10:00:00')
            """,
            measure.ToString().ToUpperInvariant(), $$"""{"Id":"{{measure}}","Version":"{{version}}","Title":"Cantine à 1 €"}""",
            account.ToString().ToUpperInvariant(), """{"Email":"redactrice@occitanie.gouv.fr","Role":"Rédacteur"}""");

        await db.Database.MigrateAsync();

        Assert.Equal(version, await db.Revisions.Where(r => r.EntityId == measure).Select(r => r.EntityVersion).SingleAsync());
        Assert.Null(await db.Revisions.Where(r => r.EntityId == account).Select(r => r.EntityVersion).SingleAsync());
    }

    [Fact]
    public void Sql_server_migrations_generate_an_idempotent_script()
    {
        using var db = SqlServer();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Measures]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Revisions]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }
}

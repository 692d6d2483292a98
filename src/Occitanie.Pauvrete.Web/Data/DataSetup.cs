using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Data.Import;

namespace Occitanie.Pauvrete.Web.Data;

public static partial class DataSetup
{
    public const string ConnectionStringName = "Portal";

    /// <summary>
    /// The database on the configured provider, the importer, the content vocabularies and the health check (staff accounts: AdminSetup).
    /// Interceptors registered as <see cref="IInterceptor"/> see every query (<see cref="PublishedInterceptor"/>)
    /// and every save (the public pages' cache).
    /// Contexts are pooled (they hold no state of their own): a page no longer builds one per request.
    /// Each provider runs on its compiled model (<c>Data/CompiledModels</c>, decision 0025): start-up
    /// does not build the model from the configuration; <c>MigrationsTests</c> keeps it true to the code.
    /// </summary>
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        builder.Services.AddSingleton<IInterceptor>(PublishedInterceptor.Instance);
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer: set ConnectionStrings:Portal.");
                }
                builder.Services.AddDbContextPool<PortalDbContext, SqlServerPortalDbContext>((services, o) =>
                    o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()).UseModel(CompiledModels.SqlServer.SqlServerPortalDbContextModel.Instance).AddInterceptors(services.GetServices<IInterceptor>()).ConfigureWarnings(SkipPendingModelCheck));
                break;
            default:
                connectionString ??= $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "App_Data", "portal.db")}";
                builder.Services.AddDbContextPool<PortalDbContext, SqlitePortalDbContext>((services, o) =>
                    o.UseSqlite(connectionString).UseModel(CompiledModels.Sqlite.SqlitePortalDbContextModel.Instance).AddInterceptors(services.GetServices<IInterceptor>()).ConfigureWarnings(SkipPendingModelCheck));
                break;
        }

        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .PostConfigure<IHostEnvironment>((o, env) => o.Path = Path.GetFullPath(o.Path, env.ContentRootPath));
        builder.Services.AddScoped<ContentImporter>();
        builder.Services.AddScoped<ContentExporter>();
        // Read once: the vocabularies change with a deployment of content/, like the rest of it.
        builder.Services.AddSingleton(services => ContentVocabulary.Load(services.GetRequiredService<IOptions<ContentOptions>>().Value.Path));

        // Reading a table, not only opening a connection: an SQLite file that is gone or damaged still "connects".
        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database",
            customTestQuery: async (db, cancellationToken) =>
            {
                await db.Revisions.AnyAsync(cancellationToken);
                return true;
            });
        return builder;
    }

    /// <summary>Creates or migrates the database, then adds what it lacks from content/ (when content/ or the build changed) and the bootstrap administrator.</summary>
    /// <summary>
    /// EF Core compares the model with the migrations' snapshot at every Migrate, which cost about
    /// 0.1 s of processor at each start; MigrationsTests makes that comparison for both providers
    /// once per build instead, so the start does not repeat it.
    /// </summary>
    private static void SkipPendingModelCheck(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    public static async Task PreparePortalDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.MigratePortalDatabaseAsync(cancellationToken);
        using var scope = services.CreateScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportIfChangedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bad file is already left out by the reader; this is what no check foresaw (a value
            // the database refuses, say). The import saves in one go, so the database is as it
            // was: the portal starts on it, and its admin stays up to repair what needs it.
            var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataSetup));
            LogImportFailed(logger, e);
        }
        await scope.ServiceProvider.GetRequiredService<AdminAccounts>().BootstrapAsync();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Content import failed at start-up: the portal starts on the database as it was")]
    private static partial void LogImportFailed(ILogger logger, Exception exception);

    public static async Task MigratePortalDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (db.Database.IsSqlite())
        {
            // SQLite creates the file, not its folder.
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder) && file != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }
        }
        await db.Database.MigrateAsync(cancellationToken);
        await PressContactsToRecords.RunAsync(db, cancellationToken);
    }
}

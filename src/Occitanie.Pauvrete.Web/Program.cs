using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Startup;
using Serilog;

// Before the host's logger exists, start-up writes in the host's format (JSON lines in production).
Log.Logger = LoggingSetup.CreateBootstrapLogger();
try
{
    var command = PortalCommands.Parse(args);
    var builder = WebApplication.CreateBuilder(command is null ? args : [.. command.ConfigurationArgs]);
    builder.AddPortalLogging();
    builder.AddPortalData();
    builder.AddPortalAdmin();
    builder.AddPortalWeb();
    builder.AddPortalSecurityHeaders();
    builder.AddPortalSearch();
    builder.AddPortalApi();
    builder.AddPortalStatistics();
    var app = builder.Build();

    if (command is not null)
    {
        return await command.RunAsync(app.Services, Console.Out);
    }
    await app.Services.PreparePortalDatabaseAsync();
    app.UsePortal();
    app.MapPortalApi();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "The portal stopped on an error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;

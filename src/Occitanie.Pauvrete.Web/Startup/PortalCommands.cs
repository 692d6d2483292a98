using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Import;

namespace Occitanie.Pauvrete.Web.Startup;

/// <summary>
/// Operator commands, run instead of the web server when the first argument names one:
/// <c>import-content [--force]</c> and <c>create-admin --email E --password P</c>.
/// </summary>
public sealed class PortalCommands
{
    private const string Usage = """
        Usage:
          dotnet run --project src/Occitanie.Pauvrete.Web                      run the portal
          dotnet run --project src/Occitanie.Pauvrete.Web -- import-content [--force]
              import content/ now; --force also overwrites items staff edited (their version stays in the history)
          dotnet run --project src/Occitanie.Pauvrete.Web -- create-admin --email E --password P
              create an administrator (or give the role to an existing account)
        """;

    private readonly string _name;
    private readonly Dictionary<string, string?> _options;

    private PortalCommands(string name, Dictionary<string, string?> options)
    {
        _name = name;
        _options = options;
    }

    /// <summary>The command named by <paramref name="args"/>, or null to run the web server.</summary>
    public static PortalCommands? Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i]] = hasValue ? args[++i] : null;
        }
        return new PortalCommands(args[0], options);
    }

    /// <returns>The process exit code.</returns>
    public async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        switch (_name)
        {
            case "import-content" when _options.Keys.All(k => k == "--force"):
                await services.MigratePortalDatabaseAsync();
                using (var scope = services.CreateScope())
                {
                    var report = await scope.ServiceProvider.GetRequiredService<ContentImporter>()
                        .ImportAsync(force: _options.ContainsKey("--force"));
                    await output.WriteLineAsync(report.ToString());
                    foreach (var error in report.Errors)
                    {
                        await output.WriteLineAsync(error.ToString());
                    }
                    return report.Errors.Count == 0 ? 0 : 1;
                }
            case "create-admin" when _options.TryGetValue("--email", out var email) && email is not null
                && _options.TryGetValue("--password", out var password) && password is not null
                && _options.Count == 2:
                await services.MigratePortalDatabaseAsync();
                using (var scope = services.CreateScope())
                {
                    var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateAdministratorAsync(email, password);
                    await output.WriteLineAsync(result.Succeeded
                        ? $"Administrator {email} is ready."
                        : $"Administrator {email} not created: {AdminAccounts.Describe(result)}");
                    return result.Succeeded ? 0 : 1;
                }
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }
}

using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Import;

namespace Occitanie.Pauvrete.Web.Startup;

/// <summary>
/// Operator commands, run instead of the web server when the first argument names one:
/// <c>import-content [--force]</c>, <c>export-content FOLDER</c>, <c>create-admin --email E --password P</c> and <c>check-links</c>. Configuration
/// arguments (<c>key=value</c>, <c>--key=value</c>, <c>--key value</c>) are not commands: alone they
/// configure the web server, after a command they configure the command's run.
/// </summary>
public sealed class PortalCommands
{
    private const string ImportContent = "import-content";
    private const string ExportContent = "export-content";
    private const string CreateAdmin = "create-admin";
    private const string CheckLinks = "check-links";
    private const string Force = "--force";
    private const string Email = "--email";
    private const string Password = "--password";

    private const string Usage = """
        Usage:
          dotnet run --project src/Occitanie.Pauvrete.Web [key=value…]           run the portal
          dotnet run --project src/Occitanie.Pauvrete.Web -- import-content [--force] [key=value…]
              import content/ now; --force also overwrites items staff edited (their version stays in the history)
          dotnet run --project src/Occitanie.Pauvrete.Web -- export-content FOLDER [key=value…]
              write the database's published and draft items as content/ files into FOLDER (e.g. content, to review them with git diff)
          dotnet run --project src/Occitanie.Pauvrete.Web -- create-admin --email E --password P [key=value…]
              create an administrator (or give the role to an existing account)
          dotnet run --project src/Occitanie.Pauvrete.Web -- check-links [key=value…]
              check every external link of the content, store the results (« Liens à vérifier » in the admin); exit code 1 when some are broken
          key=value (or --key value): any setting, e.g. Database:Provider=SqlServer or Content:Path=/srv/content
        """;

    /// <summary>Each command's switches that take no value, and its options that take one.</summary>
    private static readonly Dictionary<string, (string[] Switches, string[] Options)> _commands = new(StringComparer.Ordinal)
    {
        [ImportContent] = ([Force], []),
        [ExportContent] = ([], []),
        [CreateAdmin] = ([], [Email, Password]),
        [CheckLinks] = ([], []),
    };

    private readonly string _name;
    private readonly Dictionary<string, string?> _options;

    /// <summary>The one bare word a command takes after its name: export-content's folder.</summary>
    private readonly string? _folder;

    /// <summary>An argument that is neither the command's nor configuration (a typo): the usage is printed.</summary>
    private readonly bool _malformed;

    private PortalCommands(string name, Dictionary<string, string?> options, string? folder, IReadOnlyList<string> configuration, bool malformed)
    {
        _name = name;
        _folder = folder;
        _options = options;
        ConfigurationArgs = configuration;
        _malformed = malformed;
    }

    /// <summary>The arguments that are settings, for the configuration of the command's run.</summary>
    public IReadOnlyList<string> ConfigurationArgs { get; }

    /// <summary>
    /// The command named by <paramref name="args"/>, or null to run the web server. A first argument
    /// that is a bare word names a command; an unknown word is a typo and gets the usage, rather than
    /// starting the web server it did not ask for.
    /// </summary>
    public static PortalCommands? Parse(string[] args)
    {
        if (args.Length == 0 || IsSetting(args[0]) || args[0].StartsWith('-') || args[0].StartsWith('/'))
        {
            return null;
        }
        var (switches, valued) = _commands.GetValueOrDefault(args[0], ([], []));
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var configuration = new List<string>();
        var malformed = !_commands.ContainsKey(args[0]);
        string? folder = null;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            if (switches.Contains(arg))
            {
                options[arg] = null;
            }
            else if (valued.Contains(arg) && hasValue)
            {
                options[arg] = args[++i];
            }
            else if (IsSetting(arg))
            {
                configuration.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && !valued.Contains(arg) && hasValue)
            {
                configuration.Add(arg);
                configuration.Add(args[++i]);
            }
            else if (args[0] == ExportContent && folder is null && !arg.StartsWith('-'))
            {
                folder = arg;
            }
            else
            {
                malformed = true;
            }
        }
        return new PortalCommands(args[0], options, folder, configuration, malformed || (args[0] == ExportContent && folder is null));
    }

    /// <summary><c>key=value</c> or <c>--key=value</c>, as ASP.NET Core's command-line configuration reads them.</summary>
    private static bool IsSetting(string arg) => arg.IndexOf('=', StringComparison.Ordinal) > 0 && !arg.StartsWith('=');

    /// <returns>The process exit code.</returns>
    public async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        switch (_malformed ? "" : _name)
        {
            case ImportContent:
                await services.MigratePortalDatabaseAsync();
                using (var scope = services.CreateScope())
                {
                    var report = await scope.ServiceProvider.GetRequiredService<ContentImporter>()
                        .ImportAsync(force: _options.ContainsKey(Force));
                    await output.WriteLineAsync(report.ToString());
                    foreach (var error in report.Errors)
                    {
                        await output.WriteLineAsync(error.ToString());
                    }
                    return report.Errors.Count == 0 ? 0 : 1;
                }
            case ExportContent:
                await services.MigratePortalDatabaseAsync();
                using (var scope = services.CreateScope())
                {
                    var (written, removed) = await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportToFolderAsync(_folder!);
                    await output.WriteLineAsync($"Content exported to {Path.GetFullPath(_folder!)}: {written} files written, {removed} removed (items in the trash), the others already as the database says.");
                    return 0;
                }
            case CreateAdmin when _options.TryGetValue(Email, out var email) && email is not null
                && _options.TryGetValue(Password, out var password) && password is not null:
                await services.MigratePortalDatabaseAsync();
                using (var scope = services.CreateScope())
                {
                    var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateAdministratorAsync(email, password);
                    await output.WriteLineAsync(result.Succeeded
                        ? $"Administrator {email} is ready."
                        : $"Administrator {email} not created: {AdminAccounts.Describe(result)}");
                    return result.Succeeded ? 0 : 1;
                }
            case CheckLinks:
                await services.MigratePortalDatabaseAsync();
                using (var scope = services.CreateScope())
                {
                    var checker = scope.ServiceProvider.GetRequiredService<LinkChecker>();
                    // The operator asked for it: it runs even while the admin's check is under way.
                    var run = await checker.BeginAsync("ligne de commande", CancellationToken.None, evenIfRunning: true);
                    var results = await checker.CheckAsync(run!.Id, CancellationToken.None);
                    var broken = results.Count(r => LinkChecker.IsBroken(r.Outcome));
                    var redirected = results.Count(r => r.Outcome == Data.Entities.LinkOutcome.Redirected);
                    await output.WriteLineAsync($"{results.Count} links checked: {results.Count - broken - redirected} fine, {redirected} redirected, {broken} broken");
                    foreach (var result in results.Where(r => r.Outcome != Data.Entities.LinkOutcome.Ok).OrderBy(r => LinkChecker.IsBroken(r.Outcome) ? 0 : 1))
                    {
                        var final = result.FinalUrl is null ? "" : $" -> {result.FinalUrl}";
                        await output.WriteLineAsync($"{(LinkChecker.IsBroken(result.Outcome) ? "broken" : "redirected")}: {result.Url}{final} ({LinkOutcomeText.English(result)}) in {result.ItemType} « {result.ItemTitle} », {result.Field}");
                    }
                    return broken == 0 ? 0 : 1;
                }
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }
}

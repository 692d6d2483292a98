using System.Diagnostics;
using System.Text.Json;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>One error of the W3C Nu Html Checker, in the file it was found in.</summary>
public sealed record HtmlError(string File, int Line, int Column, string Message, string Extract);

/// <summary>
/// The W3C Nu Html Checker (npm package vnu-jar, pinned in html-validation/package.json) run on the
/// machine's Java. One JVM checks a whole folder: starting one per page would cost seconds each.
/// </summary>
public static class NuHtmlChecker
{
    public static string Folder { get; } = Path.Combine(Paths.TestProject, "html-validation");

    public static string Jar { get; } = Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private const string HowToInstall =
        "The HTML validity tests need Java 11 or later and vnu.jar: `sudo apt-get install default-jre-headless` and "
        + "`npm ci --prefix tests/Occitanie.Pauvrete.Web.Tests/html-validation` (see README › Test; .ci/run does both).";

    /// <summary>The errors (not the warnings) found in every .html file of <paramref name="folder"/>.</summary>
    public static async Task<IReadOnlyList<HtmlError>> CheckAsync(string folder)
    {
        AssertInstalled();
        var start = new ProcessStartInfo(Java()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // One short run: Java's first-tier compiler only (half the processor of a run that also
        // compiles with C2), whose deeper frames need a larger stack than the default 1 MB for the
        // checker's schema.
        foreach (var argument in new[] { "-XX:TieredStopAtLevel=1", "-Xss16m", "-jar", Jar, "--format", "json", "--errors-only", "--stdout", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        // A guard against a hung JVM, not a timing assertion: the check takes a few seconds.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"vnu.jar did not finish within 3 minutes: {await diagnostics}");
        }
        var json = await output;
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InvalidOperationException($"vnu.jar gave no report (exit code {process.ExitCode}): {await diagnostics}");
        }
        return Parse(json);
    }

    /// <summary>Fails, saying how to install them, when Java or vnu.jar is missing: the check never passes by default.</summary>
    public static void AssertInstalled()
    {
        Assert.True(Java() is not null, $"No `java` on the PATH (nor in JAVA_HOME). {HowToInstall}");
        Assert.True(File.Exists(Jar), $"{Jar} is missing. {HowToInstall}");
    }

    private static string? Java()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home)
        {
            candidates.Add(Path.Combine(home, "bin", "java"));
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        candidates.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, "java")));
        return candidates.FirstOrDefault(File.Exists);
    }

    private static List<HtmlError> Parse(string json)
    {
        using var report = JsonDocument.Parse(json);
        var errors = new List<HtmlError>();
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            // "error" and "non-document-error" (a file it could not read) both fail; "info" holds the warnings.
            if (message.GetProperty("type").GetString() == "info")
            {
                continue;
            }
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            errors.Add(new HtmlError(
                Path.GetFileName(new Uri(url, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(url).LocalPath : url),
                Number(message, "lastLine"),
                Number(message, "firstColumn"),
                message.GetProperty("message").GetString() ?? "",
                message.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""));
        }
        return errors;
    }

    private static int Number(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;
}

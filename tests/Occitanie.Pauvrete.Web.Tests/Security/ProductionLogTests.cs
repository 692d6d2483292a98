using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Occitanie.Pauvrete.Web.Startup;
using Serilog.Events;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Security;

/// <summary>
/// The portal as an operator runs it: the built portal started as its own process with
/// <c>ASPNETCORE_ENVIRONMENT=Production</c> on a loopback port, behind the TLS proxy it trusts
/// (<c>X-Forwarded-Proto</c> from loopback), its console read line by line. Every line is one JSON
/// object from start to stop; a request is one event with its method, path, route, status,
/// duration and trace id; nothing a visitor sends reaches the log raw.
/// </summary>
[StartsEarly("the built portal, started as a process of its own")]
public sealed class ProductionLogTests
{
    private const string RequestEvents = "Serilog.AspNetCore.RequestLoggingMiddleware";

    /// <summary>A path that forges a JSON line after a CR LF, and sends an ESC, a C1 CSI and a line separator to the terminal.</summary>
    private const string HostilePath = "/%0D%0A%7B%22forge%22:true%7D%1B[31mrouge%C2%9B%E2%80%A8fin";

    [Fact]
    public async Task Every_line_the_portal_writes_in_production_is_one_json_object_and_nothing_arrives_raw()
    {
        using var database = TestDatabase.CopyOfImportedContent();
        string output;
        using (var portal = await ProductionPortal.StartAsync(database))
        {
            using var home = await portal.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            using var missing = await portal.GetAsync("/mesures/mesure-inexistante");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            using var hostile = await portal.GetAsync(HostilePath + "?jeton=SECRET-PUBLIC");
            Assert.Equal(HttpStatusCode.NotFound, hostile.StatusCode);

            // A failed sign-in, then the right password: two security events.
            var refused = await portal.SignInAsync(PortalFactory.AdminEmail, "Mauvais-mot-de-passe-1");
            Assert.Null(refused.QuerySelector("form[action='/admin/deconnexion']"));
            var dashboard = await portal.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
            var signOut = dashboard.Forms.Single(f => f.GetAttribute("action") == "/admin/deconnexion");
            // An admin page's query string may hold what should not be logged (a password link's token).
            using var journal = await portal.GetAsync("/admin/journal?q=SECRET-ADMIN", admin: true);
            Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
            using var signedOut = await portal.PostAsync(signOut, []);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

            // Failing again and again: throttled after five, and the login form takes 10 tries a
            // minute from one address, then 429.
            using var login = await portal.GetAsync("/admin/connexion", admin: true);
            var form = new HtmlParser().ParseDocument(await login.Content.ReadAsStringAsync()).Forms.Single(f => f.GetAttribute("action") == "/admin/connexion");
            var tooMany = HttpStatusCode.OK;
            for (var attempt = 0; attempt < 15 && tooMany != HttpStatusCode.TooManyRequests; attempt++)
            {
                using var answer = await portal.PostAsync(form, new() { ["Email"] = PortalFactory.AdminEmail, ["Password"] = "Mauvais-mot-de-passe-2" });
                tooMany = answer.StatusCode;
            }
            Assert.Equal(HttpStatusCode.TooManyRequests, tooMany);

            // The database goes away: an error with its exception, answered 503.
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            File.Move(file, file + ".ailleurs");
            try
            {
                using var unavailable = await portal.GetAsync("/mesures?q=panne");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
            }
            finally
            {
                File.Delete(file);
                File.Move(file + ".ailleurs", file);
            }
            output = await portal.StopAsync();
        }

        var lines = output.Split('\n').Where(l => l.Length > 0).ToList();
        var events = lines.Select(Parse).ToList();
        Assert.All(events, e => Assert.Equal(JsonValueKind.Object, e.ValueKind));
        // No terminal control and no second line made of a visitor's text.
        Assert.DoesNotContain(output, c => c is '\u001b' or '\u009b' or '\u2028' or '\r');
        Assert.DoesNotContain(events, e => e.TryGetProperty("forge", out _));
        Assert.DoesNotContain("SECRET", output, StringComparison.Ordinal);

        // Start-up and shut-down are in it too, at the configured levels: Microsoft.AspNetCore
        // is set to Warning, so none of its Information events (« Request starting… »).
        Assert.Contains(events, e => Text(e, "SourceContext") == "Microsoft.Hosting.Lifetime" && Text(e, "@m")!.StartsWith("Now listening on", StringComparison.Ordinal));
        Assert.Contains(events, e => Text(e, "SourceContext") == "Microsoft.Hosting.Lifetime" && Text(e, "@m")!.StartsWith("Application is shutting down", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => Text(e, "SourceContext")?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true && Text(e, "@l") is null or "Debug" or "Verbose");

        var requests = events.Where(e => Text(e, "SourceContext") == RequestEvents).ToList();
        Assert.All(requests, r =>
        {
            Assert.NotNull(Text(r, "RequestMethod"));
            Assert.StartsWith("/", Text(r, "RequestPath"), StringComparison.Ordinal);
            Assert.True(r.GetProperty("StatusCode").GetInt32() >= 200);
            Assert.True(r.GetProperty("Elapsed").GetDouble() >= 0);
            Assert.Matches("^[0-9a-f]{32}$", Text(r, "@tr"));
        });
        JsonElement Request(string path) => Assert.Single(requests, r => Text(r, "RequestPath") == path);
        // A public page answered 200 is not written by default (Debug: the proxy's access log has it); a 404, the staff area and a 5xx are.
        Assert.DoesNotContain(requests, r => Text(r, "RequestPath") == "/");
        var notFound = Request("/mesures/mesure-inexistante");
        Assert.Equal(404, notFound.GetProperty("StatusCode").GetInt32());
        Assert.Equal("/mesures/{slug}", Text(notFound, "RouteTemplate"));
        Assert.Equal(404, Request("/%0D%0A%7B%22forge%22:true%7D%1B%5B31mrouge%C2%9B%E2%80%A8fin").GetProperty("StatusCode").GetInt32());
        var staffPage = Request("/admin/journal");
        Assert.Equal("/admin/journal", Text(staffPage, "RouteTemplate"));
        Assert.Equal(200, staffPage.GetProperty("StatusCode").GetInt32());
        var error = Request("/mesures");
        Assert.Equal(503, error.GetProperty("StatusCode").GetInt32());
        Assert.Equal("Error", Text(error, "@l"));
        Assert.Contains(events, e => Text(e, "@l") == "Error" && Text(e, "@x")?.Contains("SqliteException", StringComparison.Ordinal) == true);

        // Security events, by their stable ids (Areas/Admin/Accounts/SecurityLog.cs).
        int? EventId(JsonElement e) => e.TryGetProperty("EventId", out var id) && id.ValueKind == JsonValueKind.Object && id.TryGetProperty("Id", out var n) ? n.GetInt32() : null;
        var refusal = events.First(e => EventId(e) == 1002);
        Assert.Equal(PortalFactory.AdminEmail, Text(refusal, "Account"));
        Assert.Equal("wrong-password", Text(refusal, "Reason"));
        Assert.Single(events, e => EventId(e) == 1001);
        Assert.Contains(events, e => EventId(e) == 1003 && Text(e, "Account") == PortalFactory.AdminEmail);
        Assert.Single(events, e => EventId(e) == 1004);
        Assert.Contains(events, e => EventId(e) == 1031 && Text(e, "Path") == "/admin/connexion");
    }

    private static JsonElement Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"Not a JSON line: {line} ({e.Message})");
        }
    }

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// The portal built with the tests, run by <c>dotnet</c> from the project's folder (its
    /// appsettings.json and wwwroot, as the published app finds them in its own), on port 0 of
    /// loopback; its address is read from its own log.
    /// </summary>
    private sealed class ProductionPortal : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();
        private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        private readonly Dictionary<string, string> _cookies = [];

        private ProductionPortal(TestDatabase database)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.Combine(Paths.Repository, "src", "Occitanie.Pauvrete.Web"),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Occitanie.Pauvrete.Web.dll"));
            start.ArgumentList.Add("--urls=http://127.0.0.1:0");
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment.Remove("DOTNET_ENVIRONMENT");
            start.Environment["ConnectionStrings__Portal"] = database.ConnectionString;
            start.Environment["Content__Path"] = Paths.Content;
            // The test process's runtime settings (tests.runsettings, the project's RunSettingsFilePath:
            // its GC, its tiering) are not an operator's: this portal runs on its own runtimeconfig
            // and the runtime's defaults.
            var testProcessSettings = XDocument.Load(Path.Combine(Paths.TestProject, "tests.runsettings"));
            foreach (var variable in testProcessSettings.Descendants("EnvironmentVariables").Elements())
            {
                start.Environment.Remove(variable.Name.LocalName);
            }
            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) => Received(e.Data);
            _process.ErrorDataReceived += (_, e) => Received(e.Data);
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public static async Task<ProductionPortal> StartAsync(TestDatabase database)
        {
            var portal = new ProductionPortal(database);
            try
            {
                var address = await portal._address.Task.WaitAsync(TimeSpan.FromMinutes(2));
                portal._http.BaseAddress = new Uri(address);
                return portal;
            }
            catch
            {
                portal.Dispose();
                throw;
            }
        }

        private void Received(string? line)
        {
            if (line is null)
            {
                return;
            }
            _lines.Enqueue(line);
            if (line.Contains("Now listening on", StringComparison.Ordinal)
                && JsonDocument.Parse(line).RootElement.TryGetProperty("address", out var address))
            {
                _address.TrySetResult(address.GetString()!);
            }
        }

        /// <summary>A GET; <paramref name="admin"/> sends it as through the TLS proxy, with the session's cookies.</summary>
        public Task<HttpResponseMessage> GetAsync(string path, bool admin = false) =>
            SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), admin);

        public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields) =>
            SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) }, admin: true);

        public Task<HttpResponseMessage> PostAsync(IHtmlFormElement form, Dictionary<string, string> values)
        {
            var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is { Length: > 0 } && i.Type != "submit")
                .ToDictionary(i => i.Name!, i => values.GetValueOrDefault(i.Name!, i.Value));
            return PostAsync(form.GetAttribute("action")!, fields);
        }

        /// <summary>Fills and sends the login form; the page that follows (the dashboard once signed in).</summary>
        public async Task<IHtmlDocument> SignInAsync(string email, string password)
        {
            using var login = await GetAsync("/admin/connexion", admin: true);
            var form = (await PageAsync(login)).Forms.Single(f => f.GetAttribute("action") == "/admin/connexion");
            using var answer = await PostAsync(form, new() { ["Email"] = email, ["Password"] = password });
            if (answer.StatusCode != HttpStatusCode.Redirect)
            {
                return await PageAsync(answer);
            }
            using var next = await GetAsync(answer.Headers.Location!.OriginalString, admin: true);
            return await PageAsync(next);
        }

        private static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response) =>
            new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool admin)
        {
            if (admin)
            {
                request.Headers.Add("X-Forwarded-Proto", "https");
                if (_cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
                }
            }
            var response = await _http.SendAsync(request);
            // The staff cookies are Secure: kept by hand, as the proxy's client would send them over TLS.
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = cookie.Split(';', 2)[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }
            request.Dispose();
            return response;
        }

        /// <summary>Stops the portal as a service manager does (SIGTERM) and returns all it wrote.</summary>
        public async Task<string> StopAsync()
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await _process.WaitForExitAsync(patience.Token);
            // Without a timeout, it also waits for the end of the redirected output.
            _process.WaitForExit();
            return string.Join("\n", _lines) + "\n";
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
            _process.Dispose();
            _http.Dispose();
        }
    }

    [Theory]
    [InlineData("/", 200, LogEventLevel.Debug)]
    [InlineData("/mesures", 304, LogEventLevel.Debug)]
    [InlineData("/css/portal.css", 200, LogEventLevel.Debug)]
    [InlineData("/mesures/inexistante", 404, LogEventLevel.Information)]
    [InlineData("/css/absent.css", 404, LogEventLevel.Information)]
    [InlineData("/admin/connexion", 429, LogEventLevel.Information)]
    [InlineData("/admin", 200, LogEventLevel.Information)]
    [InlineData("/admin/journal", 302, LogEventLevel.Information)]
    [InlineData("/mesures", 503, LogEventLevel.Error)]
    [InlineData("/admin", 500, LogEventLevel.Error)]
    public void A_request_is_written_when_it_failed_was_refused_or_was_the_staff_s(string path, int status, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Response.StatusCode = status;

        Assert.Equal(expected, LoggingSetup.RequestLevel(context, exception: null));
    }

    [Fact]
    public void A_request_that_threw_is_an_error_whatever_its_status()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/";
        context.Response.StatusCode = 200;

        Assert.Equal(LogEventLevel.Error, LoggingSetup.RequestLevel(context, new InvalidOperationException("panne")));
    }
}

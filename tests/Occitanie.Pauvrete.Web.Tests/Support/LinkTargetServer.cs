using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The other sites the content links to, for the link checker's tests: Kestrel on a free loopback
/// port, one address per answer (200, 301, 404, 500, no answer, HEAD refused), and what it was asked.
/// Never the internet. <see cref="ClosedPortAddress"/> is an address where nothing listens.
/// </summary>
public sealed class LinkTargetServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<string> _requests = [];
    private int _inFlight;

    private LinkTargetServer(WebApplication app) => _app = app;

    /// <summary>The site's root, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>An address on loopback where nothing listens: the connection is refused.</summary>
    public Uri ClosedPortAddress { get; private set; } = null!;

    /// <summary>The most requests the site had at one moment (the checker asks one site one request at a time).</summary>
    public int MostAtOnce { get; private set; }

    /// <summary>Every request, as « METHOD /path », in the order they came.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public Uri Address(string path) => new(Root, path);

    public static async Task<LinkTargetServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LinkTargetServer(app);
        app.Use(async (context, next) =>
        {
            lock (server._requests)
            {
                server._requests.Add($"{context.Request.Method} {context.Request.Path}");
                server.MostAtOnce = Math.Max(server.MostAtOnce, ++server._inFlight);
            }
            try
            {
                await next(context);
            }
            finally
            {
                lock (server._requests)
                {
                    server._inFlight--;
                }
            }
        });
        app.MapMethods("/page", ["GET", "HEAD"], () => Results.Text("<p>Une page</p>", "text/html"));
        app.MapMethods("/ancienne-adresse", ["GET", "HEAD"], () => Results.Redirect("/page", permanent: true));
        app.MapMethods("/absente", ["GET", "HEAD"], () => Results.NotFound());
        app.MapMethods("/en-panne", ["GET", "HEAD"], () => Results.StatusCode(500));
        // Never answers: the checker's timeout ends the wait.
        app.MapMethods("/muette", ["GET", "HEAD"], async (HttpContext context) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Empty;
        });
        // A server that refuses HEAD, as many do: the page is there for GET.
        app.MapMethods("/sans-head", ["HEAD"], () => Results.StatusCode(405));
        app.MapGet("/sans-head", () => Results.Text("<p>Une page</p>", "text/html"));
        await app.StartAsync();
        server.Root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");
        server.ClosedPortAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        return server;
    }

    /// <summary>A port the system just gave and took back: nothing listens there.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void ForgetRequests()
    {
        lock (_requests)
        {
            _requests.Clear();
            MostAtOnce = 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

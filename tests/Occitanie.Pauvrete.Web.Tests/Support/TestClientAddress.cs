using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The in-memory test server gives every request the same (empty) client address, so the login
/// limiter, which counts per address, would count every test of a class as one client. A test
/// client that sends <see cref="Header"/> is seen from that address instead, as browsers on
/// different machines are: <see cref="StaffBrowser"/> takes a new one for each browser.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    private static int _last;

    /// <summary>A documentation address (RFC 5737) no other test client has.</summary>
    public static string Next()
    {
        var n = Interlocked.Increment(ref _last);
        return new IPAddress([198, 51, (byte)(n >> 8), (byte)n]).ToString();
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address) && IPAddress.TryParse(address, out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}

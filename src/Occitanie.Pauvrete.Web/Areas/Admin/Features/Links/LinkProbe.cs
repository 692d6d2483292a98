using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;

/// <summary>What one address gave: its outcome, the last status and where redirects led.</summary>
public sealed record ProbeResult(LinkOutcome Outcome, int? StatusCode = null, Uri? FinalUrl = null, bool PermanentRedirect = false);

/// <summary>
/// Asks web servers whether addresses still answer, for one run of the checker: HEAD first (no
/// body to download), then GET when HEAD gets an error status (many servers refuse or mishandle
/// HEAD: 405, 501, even 404 or 403); redirects followed one by one, so that each hop is reported and
/// waits its turn at its own host; one request at a time per host (<see cref="_hosts"/>); a timeout
/// per request. Only http and https are followed; internal addresses are refused unless allowed,
/// after name resolution and at connection time, so a name that resolves to one is refused too.
/// </summary>
public sealed class LinkProbe : IDisposable
{
    private const int MaxRedirects = 10;

    private readonly HttpClient _http;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public LinkProbe(LinkCheckOptions options)
    {
        _timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        var allowInternal = options.AllowInternalAddresses;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // The machine's proxy settings would connect to the proxy, not to the address checked.
            UseProxy = false,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowInternal, cancellationToken),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (compatible; OccitaniePauvreteLinkCheck/1.0)");
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
    }

    public async Task<ProbeResult> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        var permanent = false;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            var (status, location, failure) = await RequestAsync(current, cancellationToken);
            var redirectedTo = hop == 0 ? null : current;
            if (failure is { } outcome)
            {
                return new ProbeResult(outcome, FinalUrl: redirectedTo, PermanentRedirect: permanent);
            }
            if (status is >= 300 and < 400 && location is not null)
            {
                if (!Uri.TryCreate(current, location, out var next) || ContentLinks.ExternalAddress(next.AbsoluteUri) is null)
                {
                    return new ProbeResult(LinkOutcome.Unreachable, status, redirectedTo, permanent);
                }
                permanent |= hop == 0 && status is 301 or 308;
                current = next;
                continue;
            }
            return status >= 400
                ? new ProbeResult(LinkOutcome.HttpError, status, redirectedTo, permanent)
                : new ProbeResult(redirectedTo is null ? LinkOutcome.Ok : LinkOutcome.Redirected, status, redirectedTo, permanent);
        }
        return new ProbeResult(LinkOutcome.TooManyRedirects, FinalUrl: current, PermanentRedirect: permanent);
    }

    /// <summary>One hop: HEAD, then GET if HEAD got an error status; the host's turn held meanwhile.</summary>
    private async Task<(int Status, Uri? Location, LinkOutcome? Failure)> RequestAsync(Uri url, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(url.Authority, _ => new SemaphoreSlim(1, 1));
        await host.WaitAsync(cancellationToken);
        try
        {
            var head = await SendAsync(HttpMethod.Head, url, cancellationToken);
            return head.Failure is null && head.Status >= 400 ? await SendAsync(HttpMethod.Get, url, cancellationToken) : head;
        }
        finally
        {
            host.Release();
        }
    }

    private async Task<(int Status, Uri? Location, LinkOutcome? Failure)> SendAsync(HttpMethod method, Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            // Headers only: the body of a GET is never read, the connection is dropped with it.
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, response.Headers.Location, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, null, LinkOutcome.Timeout);
        }
        catch (HttpRequestException e)
        {
            return (0, null, FailureOf(e));
        }
    }

    private static LinkOutcome FailureOf(HttpRequestException e)
    {
        if (e.InnerException is InternalAddressException)
        {
            return LinkOutcome.InternalAddress;
        }
        if (e.HttpRequestError == HttpRequestError.SecureConnectionError || e.InnerException is AuthenticationException)
        {
            return LinkOutcome.SecureConnectionFailed;
        }
        return (e.InnerException as SocketException)?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => LinkOutcome.ConnectionRefused,
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => LinkOutcome.HostNotFound,
            _ when e.HttpRequestError == HttpRequestError.NameResolutionError => LinkOutcome.HostNotFound,
            _ => LinkOutcome.Unreachable,
        };
    }

    /// <summary>Resolves the host, refuses an internal address unless allowed, and connects to the first address that answers.</summary>
    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowInternal, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        if (!allowInternal && addresses.Any(IsInternal))
        {
            throw new InternalAddressException();
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Loopback, private (RFC 1918, unique local), shared (100.64/10), link-local or unspecified: the portal's own network, not the web.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (first & 0xFE) == 0xFC;
        }
        var b = address.GetAddressBytes();
        return b[0] is 0 or 10
            || (b[0] == 172 && b[1] is >= 16 and < 32)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and < 128);
    }

    public void Dispose()
    {
        _http.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }

    /// <summary>Thrown at connection time for an internal address the settings do not allow.</summary>
    private sealed class InternalAddressException() : IOException("The address is on an internal network; the link checker does not visit it.");
}

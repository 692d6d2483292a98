using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// Debian's redis-server (installed by test.sh), started by the test on a free loopback port, in
/// memory only (no snapshot, no append-only file), and stopped with the test. A machine without it
/// fails the test with the command that installs it: the shared cache is never silently untested.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private const string Binary = "/usr/bin/redis-server";

    private readonly Process _process;

    public RedisServer()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: `apt-get install redis-server` (test.sh installs it).");
        }
        Port = FreePort();
        _process = Process.Start(new ProcessStartInfo(Binary)
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Connection = Connect();
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server, as the portal's <c>OutputCache:Redis</c> takes it.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>A client of the server, for the test to look into it.</summary>
    public ConnectionMultiplexer Connection { get; }

    /// <summary>The keys the server holds.</summary>
    public IReadOnlyList<string> Keys() => [.. Connection.GetServer("127.0.0.1", Port).Keys().Select(k => k.ToString())];

    private ConnectionMultiplexer Connect()
    {
        // A few hundred milliseconds at most on a loaded machine; the process is checked on every try.
        for (var attempt = 0; ; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode}");
            }
            try
            {
                return ConnectionMultiplexer.Connect(new ConfigurationOptions { EndPoints = { { "127.0.0.1", Port } }, AllowAdmin = true, ConnectTimeout = 1000 });
            }
            catch (RedisConnectionException) when (attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Connection.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}

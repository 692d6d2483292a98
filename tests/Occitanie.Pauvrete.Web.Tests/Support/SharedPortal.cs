namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// One portal, on a copy of the imported content/, for every test class that only reads it
/// (public pages, the API, anonymous admin pages): they change neither its database nor its
/// settings, so one start serves them all instead of one each. A class that saves, signs in,
/// reads the logs or needs a cold cache takes a <see cref="PortalFactory"/> of its own.
/// xunit 2 has no assembly fixture: the portal stops when the test process ends.
/// </summary>
public sealed class SharedPortal
{
    private static readonly Lazy<PortalFactory> _portal = new(() =>
    {
        var portal = new PortalFactory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => portal.Dispose();
        return portal;
    });

    public PortalFactory Portal { get; } = _portal.Value;
}

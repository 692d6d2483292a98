namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>Which addresses the site links to: web pages only, so no stored value can run script when clicked.</summary>
public static class WebAddress
{
    public static bool IsSafe([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

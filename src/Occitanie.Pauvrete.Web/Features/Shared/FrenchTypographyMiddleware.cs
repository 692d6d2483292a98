using System.Text;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Sets the text of every public HTML page in French typography (<see cref="FrenchTypography"/>)
/// once, as it leaves the application: before the output cache keeps it, so a cached page pays
/// nothing. Files, the API, open data, feeds and the staff area are sent as they are.
/// </summary>
public sealed class FrenchTypographyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.IsStaffArea() || request.Path.StartsWithSegments("/api") || Path.HasExtension(request.Path.Value))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && buffer.Length > 0)
        {
            var html = FrenchTypography.ApplyToHtml(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.ContentLength = null;
            await original.WriteAsync(bytes, context.RequestAborted);
        }
        else
        {
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }
}

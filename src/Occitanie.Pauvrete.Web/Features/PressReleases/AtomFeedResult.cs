using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

/// <summary>A feed written as Atom 1.0 in UTF-8 (the XML declaration and the Content-Type agree).</summary>
public sealed class AtomFeedResult(SyndicationFeed feed) : IActionResult
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        // Written to memory first: XmlWriter is synchronous and the feed is small.
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        var response = context.HttpContext.Response;
        response.ContentType = ContentType;
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, context.HttpContext.RequestAborted);
    }
}

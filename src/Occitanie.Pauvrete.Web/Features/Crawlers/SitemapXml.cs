using System.Globalization;
using System.Text;
using System.Xml;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Crawlers;

/// <summary>The sitemaps.org XML of a list of addresses.</summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="site">What makes each path an absolute address.</param>
    public static byte[] Write(IEnumerable<SitemapUrl> urls, SiteAddress site)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var url in urls)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, site.For(new PathString(url.Path).ToUriComponent()));
                if (url.LastModified is { } changed)
                {
                    // W3C Datetime at the precision of a day, which is all a crawler uses.
                    writer.WriteElementString("lastmod", Namespace, changed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }
}

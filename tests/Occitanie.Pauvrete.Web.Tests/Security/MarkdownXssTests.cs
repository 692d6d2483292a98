using AngleSharp.Html.Parser;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Tests.Security;

/// <summary>
/// The markdown of content files and staff is rendered with raw HTML disabled and then sanitized:
/// classic cross-site scripting payloads come out as harmless text or links of the allowed schemes.
/// </summary>
public sealed class MarkdownXssTests
{
    private static readonly MarkdownRenderer _renderer = new();

    /// <summary>Classic payloads: tags, event handlers, hidden schemes (case, entities, control characters), autolinks, references.</summary>
    public static IReadOnlyList<string> PayloadTexts { get; } =
    [
        "<script>alert(1)</script>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=JaVaScRiPt:alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  JAVASCRIPT:alert(1) \"titre\")",
        "[x](<javascript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;&#x61;vascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](java&#x0A;script:alert(1))",
        "[x](&#x01;javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,alert(1))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "![x](JaVaScRiPt:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x\" onerror=\"alert(1)](https://www.occitanie.gouv.fr/a.png)",
        "[x](https://www.occitanie.gouv.fr/\" onmouseover=\"alert(1))",
        "[<img src=x onerror=alert(1)>](https://www.occitanie.gouv.fr)",
        "<javascript:alert(1)>",
        "<JaVaScRiPt:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
        "| a |\n|---|\n| <script>alert(1)</script> [x](javascript:alert(1)) |",
        "- [x](javascript:alert(1))\n- <img src=x onerror=alert(1)>",
    ];

    public static TheoryData<string> Payloads { get; } = [.. PayloadTexts];

    private static AngleSharp.Dom.IElement Rendered(string markdown)
    {
        using var writer = new StringWriter();
        _renderer.Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{writer}</body></html>").Body!;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_renders_to_nothing_a_browser_would_run(string markdown)
    {
        var body = Rendered(markdown);

        Assert.Empty(Executable.In(body));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_inside_ordinary_text_leaves_the_text_around_it(string markdown)
    {
        var body = Rendered($"Avant le piège.\n\n{markdown}\n\nAprès le piège.");

        Assert.Empty(Executable.In(body));
        Assert.Contains("Avant le piège.", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Après le piège.", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var body = Rendered("<script>alert(1)</script>");

        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("script"));
    }

    [Theory]
    [InlineData("[site](https://www.occitanie.gouv.fr/page)", "https://www.occitanie.gouv.fr/page")]
    [InlineData("[site](http://example.org)", "http://example.org")]
    [InlineData("[écrire](mailto:contact@occitanie.gouv.fr)", "mailto:contact@occitanie.gouv.fr")]
    [InlineData("[appeler](tel:+33561000000)", "tel:+33561000000")]
    [InlineData("[la page](/mesures/cantines-a-tarification-sociale)", "/mesures/cantines-a-tarification-sociale")]
    [InlineData("<https://www.occitanie.gouv.fr>", "https://www.occitanie.gouv.fr")]
    [InlineData("https://www.occitanie.gouv.fr", "https://www.occitanie.gouv.fr")]
    public void Links_of_the_allowed_schemes_and_relative_links_are_kept(string markdown, string href)
    {
        var body = Rendered(markdown);

        Assert.Equal(href, body.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void Images_of_the_allowed_schemes_are_kept()
    {
        var body = Rendered("![carte](https://www.occitanie.gouv.fr/carte.png)");

        Assert.Equal("https://www.occitanie.gouv.fr/carte.png", body.QuerySelector("img")?.GetAttribute("src"));
        Assert.Equal("carte", body.QuerySelector("img")?.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#x6A;avascript:alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">")]
    [InlineData("<a href=\"VBSCRIPT:msgbox(1)\">x</a>")]
    public void The_checker_finds_what_the_same_payload_would_run_as_raw_html(string html)
    {
        var body = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;

        Assert.NotEmpty(Executable.In(body));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("  JaVa\tScRiPt:alert(1)", "javascript")]
    [InlineData("\u0001data:text/html,x", "data")]
    [InlineData("/mesures", null)]
    [InlineData("page#a:b", null)]
    public void The_checker_sees_a_scheme_as_a_browser_does(string url, string? scheme) =>
        Assert.Equal(scheme, Executable.SchemeOf(url));
}

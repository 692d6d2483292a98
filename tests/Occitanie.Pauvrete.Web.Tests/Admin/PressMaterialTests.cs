using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Browser;
using Occitanie.Pauvrete.Web.Tests.Support;
using SkiaSharp;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>
/// Staff attach an image and a PDF to a press release from its edit page; the portal keeps no
/// metadata of the image, lists the PDF with its size, refuses what is not an image or a PDF and
/// what is too large with a message, and two instances on one database serve the same files.
/// The uploads go to the portal on real Kestrel: the server's own request limit (30 Mo) is part of
/// what a 50 Mo file meets.
/// </summary>
public sealed class PressMaterialTests(PressMaterialTests.TwoInstances portals) : IClassFixture<PressMaterialTests.TwoInstances>
{
    // The repository's content has three releases: the first takes the image and the PDF, the second
    // the refused files, the third the file of a release then unpublished.

    /// <summary>Two portals on one SQLite file: the first on Kestrel (where staff upload), the second in memory.</summary>
    public sealed class TwoInstances : IDisposable
    {
        private readonly TestDatabase _database = TestDatabase.CopyOfImportedContent();
        private readonly X509Certificate2 _certificate = BrowserHost.SelfSignedCertificate();

        public TwoInstances()
        {
            First = new PortalFactory { Database = _database };
            First.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
            First.StartServer();
            Address = new Uri(First.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
            Second = new PortalFactory { Database = _database };
        }

        public PortalFactory First { get; }

        public Uri Address { get; }

        public PortalFactory Second { get; }

        /// <summary>A staff member's browser on the first instance, signed in.</summary>
        public async Task<StaffBrowser> SignInAsync()
        {
            var handler = new SocketsHttpHandler
            {
                UseCookies = true,
                CookieContainer = new CookieContainer(),
                AllowAutoRedirect = true,
                // The run's own certificate, and no other.
                SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _certificate.GetCertHashString() },
            };
            var http = new HttpClient(handler) { BaseAddress = Address };
            http.DefaultRequestHeaders.Add(TestClientAddress.Header, TestClientAddress.Next());
            var browser = new StaffBrowser(http);
            await browser.SignInWithAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
            return browser;
        }

        public void Dispose()
        {
            First.Dispose();
            Second.Dispose();
            _database.Dispose();
            _certificate.Dispose();
        }
    }

    /// <summary>Words hidden in the image's EXIF block: they must not reach the public.</summary>
    private const string HiddenDescription = "Prise de vue 43.6045N 1.4440E appareil-secret";

    private static IHtmlFormElement UploadForm(IHtmlDocument page) =>
        page.Forms.Single(f => f.Action.EndsWith("/fichiers", StringComparison.Ordinal));

    private Task<PressRelease> PublishedReleaseAsync(int skip) =>
        portals.First.ReadAsync(db => db.PressReleases.AsNoTracking().Where(r => r.Status == PublicationStatus.Published)
            .OrderBy(r => r.Slug).Skip(skip).FirstAsync());

    private Task<int> FileCountAsync(Guid releaseId) =>
        portals.First.ReadAsync(db => db.MediaFiles.CountAsync(f => f.PressReleaseId == releaseId));

    private static async Task<IHtmlDocument> UploadAsync(StaffBrowser browser, PressRelease release, Dictionary<string, string> texts, byte[] file, string fileName, string declaredType, HttpStatusCode expected)
    {
        var edit = await browser.GetAsync($"/admin/communiques/{release.Id}");
        using var response = await browser.SendWithFileAsync(UploadForm(edit), texts, file, fileName, declaredType);
        Assert.Equal(expected, response.StatusCode);
        return await PortalFactory.ParseAsync(response);
    }

    [Fact]
    public async Task An_image_with_exif_and_a_pdf_uploaded_to_a_release_are_served_without_metadata_and_listed_with_their_size_by_both_instances()
    {
        using var browser = await portals.SignInAsync();
        var release = await PublishedReleaseAsync(0);
        var photo = JpegWithExif(HiddenDescription);
        Assert.Contains(HiddenDescription, Encoding.ASCII.GetString(photo), StringComparison.Ordinal);
        const string AltText = "La préfète de région et les maires signataires devant la préfecture";

        var afterImage = await UploadAsync(browser, release, new() { ["texteAlternatif"] = AltText }, photo, "IMG_2041.jpg", "image/jpeg", HttpStatusCode.OK);
        Assert.Contains("sans les informations cachées", afterImage.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        var pdf = Pdf(240 * 1024);
        var afterPdf = await UploadAsync(browser, release, new() { ["intitule"] = "Dossier de presse" }, pdf, "Dossier de presse 2024.pdf", "application/pdf", HttpStatusCode.OK);
        Assert.Contains("Le document « Dossier-de-presse-2024.pdf » est ajouté", afterPdf.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);

        using var second = portals.Second.CreateClient();
        foreach (var client in new[] { browser.Http, second })
        {
            using var response = await client.GetAsync(new Uri($"/communiques/{release.Slug}", UriKind.Relative));
            var page = await PortalFactory.ParseAsync(response);
            var image = page.QuerySelector($"main img[alt='{AltText}']");
            Assert.NotNull(image);
            var link = page.QuerySelectorAll("main a.fr-link--download").Single();
            Assert.Equal("Dossier de presse PDF, 240 Ko", string.Join(' ', link.TextContent.Split((char[])[' ', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)));

            using var served = await client.GetAsync(new Uri(image.GetAttribute("src")!, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("immutable", served.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            var bytes = await served.Content.ReadAsByteArrayAsync();
            var text = Encoding.ASCII.GetString(bytes);
            Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
            Assert.DoesNotContain("appareil-secret", text, StringComparison.Ordinal);
            using (var decoded = SKBitmap.Decode(bytes))
            {
                Assert.Equal((64, 48), (decoded.Width, decoded.Height));
            }

            using var download = await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task An_html_file_named_png_is_refused_with_a_message_and_the_text_typed_is_kept()
    {
        using var browser = await portals.SignInAsync();
        var release = await PublishedReleaseAsync(1);
        var before = await FileCountAsync(release.Id);
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

        var page = await UploadAsync(browser, release, new() { ["texteAlternatif"] = "Photo de la conférence" }, html, "photo.png", "image/png", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("« photo.png » n'est ni une image JPEG, PNG ou WebP, ni un PDF", page.QuerySelector("#fichier-refuse")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Photo de la conférence", UploadForm(page).Elements.OfType<IHtmlInputElement>().Single(i => i.Name == "texteAlternatif").Value);
        Assert.Equal(before, await FileCountAsync(release.Id));
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_by_the_portal_with_a_message_not_by_the_server()
    {
        using var browser = await portals.SignInAsync();
        var release = await PublishedReleaseAsync(1);
        var before = await FileCountAsync(release.Id);

        var page = await UploadAsync(browser, release, [], Pdf(50 * 1024 * 1024), "rapport-complet.pdf", "application/pdf", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("« rapport-complet.pdf » pèse 50\u00a0Mo : la limite est de 10\u00a0Mo", page.QuerySelector("#fichier-refuse")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await FileCountAsync(release.Id));
    }

    [Fact]
    public async Task An_image_without_its_text_alternative_is_refused()
    {
        using var browser = await portals.SignInAsync();
        var release = await PublishedReleaseAsync(1);
        var before = await FileCountAsync(release.Id);

        var page = await UploadAsync(browser, release, [], JpegWithExif(HiddenDescription), "photo.jpg", "image/jpeg", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Donnez le texte alternatif de l'image", page.QuerySelector("#fichier-refuse")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await FileCountAsync(release.Id));
    }

    [Fact]
    public async Task A_png_keeps_no_text_chunk_and_an_unpublished_release_s_file_is_shown_to_staff_only()
    {
        using var browser = await portals.SignInAsync();
        var release = await PublishedReleaseAsync(2);
        var png = PngWithText("<script>alert(1)</script>");
        await UploadAsync(browser, release, new() { ["texteAlternatif"] = "Logo du Pacte des solidarités" }, png, "logo.png", "image/png", HttpStatusCode.OK);
        var file = await portals.First.ReadAsync(db => db.MediaFiles.AsNoTracking().SingleAsync(f => f.PressReleaseId == release.Id));
        Assert.Equal("image/png", file.ContentType);
        Assert.DoesNotContain("script", Encoding.ASCII.GetString(file.Content), StringComparison.Ordinal);
        var publicUrl = $"/fichiers/{file.Hash}/{file.FileName}";
        using var visitor = portals.Second.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(publicUrl, UriKind.Relative))).StatusCode);

        var edit = await browser.GetAsync($"/admin/communiques/{release.Id}");
        await browser.SubmitAsync(await browser.ConfirmationFormAsync(edit, "/depublier"));

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri(publicUrl, UriKind.Relative))).StatusCode);
        using var staffView = await browser.Http.GetAsync(new Uri($"/admin/fichiers/{file.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, staffView.StatusCode);
        Assert.Equal("image/png", staffView.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A 64 × 48 JPEG made here, with an EXIF block (a description and a GPS latitude) spliced in after its start.</summary>
    internal static byte[] JpegWithExif(string description)
    {
        using var bitmap = new SKBitmap(64, 48);
        bitmap.Erase(new SKColor(0, 85, 164));
        using var encoded = bitmap.PeekPixels().Encode(new SKJpegEncoderOptions(90));
        var jpeg = encoded!.ToArray();

        var text = Encoding.ASCII.GetBytes(description + "\0");
        using var tiff = new MemoryStream();
        using (var w = new BinaryWriter(tiff, Encoding.ASCII, leaveOpen: true))
        {
            const int Ifd0 = 8, GpsIfd = Ifd0 + 2 + (2 * 12) + 4, TextAt = GpsIfd + 2 + 12 + 4;
            w.Write("II"u8);
            w.Write((ushort)42);
            w.Write((uint)Ifd0);
            w.Write((ushort)2);
            w.Write((ushort)0x010E); // ImageDescription, ASCII
            w.Write((ushort)2);
            w.Write((uint)text.Length);
            w.Write((uint)TextAt);
            w.Write((ushort)0x8825); // GPS IFD pointer, LONG
            w.Write((ushort)4);
            w.Write(1u);
            w.Write((uint)GpsIfd);
            w.Write(0u);
            w.Write((ushort)1);
            w.Write((ushort)0x0001); // GPSLatitudeRef "N"
            w.Write((ushort)2);
            w.Write(2u);
            w.Write("N\0\0\0"u8);
            w.Write(0u);
            w.Write(text);
        }
        byte[] payload = [.. "Exif\0\0"u8, .. tiff.ToArray()];
        var length = payload.Length + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A small PNG with a tEXt chunk holding <paramref name="text"/>, inserted before its end.</summary>
    private static byte[] PngWithText(string text)
    {
        using var bitmap = new SKBitmap(32, 32);
        bitmap.Erase(SKColors.White);
        using var encoded = bitmap.PeekPixels().Encode(SKPngEncoderOptions.Default);
        var png = encoded!.ToArray();
        byte[] data = [.. "Comment\0"u8, .. Encoding.ASCII.GetBytes(text)];
        byte[] typeAndData = [.. "tEXt"u8, .. data];
        var crc = Crc32(typeAndData);
        byte[] chunk = [(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length, .. typeAndData,
            (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc];
        var end = png.Length - 12; // the IEND chunk
        return [.. png[..end], .. chunk, .. png[end..]];
    }

    /// <summary>The CRC-32 every PNG chunk ends with (over its type and data).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    /// <summary>A PDF of exactly <paramref name="size"/> bytes: a header, a comment for padding, an end.</summary>
    internal static byte[] Pdf(int size)
    {
        var start = "%PDF-1.4\n%"u8.ToArray();
        var end = "\n%%EOF\n"u8.ToArray();
        var pdf = new byte[size];
        start.CopyTo(pdf, 0);
        pdf.AsSpan(start.Length, size - start.Length - end.Length).Fill((byte)'x');
        end.CopyTo(pdf, size - end.Length);
        return pdf;
    }
}

using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Data.Entities;
using Map = Occitanie.Pauvrete.Web.Data.Import.ContentWriter.Map;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>
/// Writes the database back as content/ files (<c>-- export-content</c>, the admin's zip), in the
/// format <see cref="ContentReader"/> reads, so staff edits can be reviewed and committed (decision
/// 0021). Published and draft items are written (a draft with <c>status: draft</c>); items in the
/// trash are not. A file of the configured content/ that says what the database says is copied as
/// it is, comments and quoting included, so an export shows only what staff changed; the files the
/// database does not hold (README.md, sources/, the vocabularies) are copied too.
/// </summary>
public sealed class ContentExporter(PortalDbContext db, IOptions<ContentOptions> options)
{
    private const string Reference = ContentReader.ReferenceFolder;

    /// <summary>The list files of reference/ the database holds.</summary>
    private static readonly string[] _listFiles =
    [
        "sources.yml", "departements.yml", "metropoles.yml", ContentReader.LocalContactsFile, ContentReader.PressContactsFile,
        "financements.yml", "chiffres-cles.yml", SearchSynonymSeed.FileName,
    ];

    /// <summary>The folders of markdown files the database holds.</summary>
    internal static readonly string[] MarkdownFolders =
    [
        ContentReader.AxesFolder, ContentReader.IntentionsFolder, ContentReader.MeasuresFolder, ContentReader.ConferencesFolder,
        ContentReader.WorkshopsFolder, ContentReader.PressReleasesFolder, ContentReader.WorkingGroupsFolder, ContentReader.PagesFolder,
    ];

    /// <summary>
    /// Every file of the export, by path relative to content/ ("mesures/x.md"), in path order.
    /// <paramref name="keepUnchangedFiles"/> false writes every file the database holds in the
    /// exporter's own layout, even where the configured content/ says the same in another one.
    /// </summary>
    public async Task<SortedDictionary<string, byte[]>> ExportAsync(bool keepUnchangedFiles = true, CancellationToken cancellationToken = default)
    {
        var root = options.Value.Path;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        CopyFilesTheDatabaseDoesNotHold(root, files);
        var existing = keepUnchangedFiles ? ContentReader.Read(root).Set : new ContentSet();

        var sources = await Current(db.SourceDocuments).ToListAsync(cancellationToken);
        WriteList(files, root, keepUnchangedFiles, "sources.yml", existing.SourceDocuments, sources.Select(s => (s.FileName, Render(ToYaml(s)))));
        var departements = await Current(db.Departements).ToListAsync(cancellationToken);
        WriteList(files, root, keepUnchangedFiles, "departements.yml", existing.Departements, departements.Select(d => (d.Code, Render(new DepartementYaml { Code = d.Code, Name = d.Name, Slug = d.Slug }))));
        var metropoles = await Current(db.Metropoles).Include(m => m.Departement).ToListAsync(cancellationToken);
        WriteList(files, root, keepUnchangedFiles, "metropoles.yml", existing.Metropoles, metropoles.Select(m => (m.Slug, Render(new MetropoleYaml { Slug = m.Slug, Name = m.Name, Departement = m.Departement!.Code }))));
        var localContacts = await Current(db.LocalContacts).Include(c => c.Departement).ToListAsync(cancellationToken);
        WriteList(files, root, keepUnchangedFiles, ContentReader.LocalContactsFile, existing.LocalContacts, localContacts.Select(c => (c.Slug, Render(ToYaml(c)))));
        var pressContacts = await Current(db.PressContacts).ToListAsync(cancellationToken);
        WriteList(files, root, keepUnchangedFiles, ContentReader.PressContactsFile, existing.PressContacts, pressContacts.Select(c => (c.Slug, Render(ToYaml(c)))));
        var fundingLines = await Current(db.FundingLines).ToListAsync(cancellationToken);
        WriteList(files, root, keepUnchangedFiles, "financements.yml", existing.FundingLines, fundingLines.Select(f => (f.Slug, Render(ToYaml(f)))));
        var keyFigures = await Current(db.KeyFigures).Include(k => k.Axis).ToListAsync(cancellationToken);
        WriteList(files, root, keepUnchangedFiles, "chiffres-cles.yml", existing.KeyFigures, keyFigures.Select(k => (k.Slug, Render(ToYaml(k)))));
        await WriteSynonymsAsync(files, root, keepUnchangedFiles, cancellationToken);

        var axes = await Current(db.Axes).ToListAsync(cancellationToken);
        WriteMarkdown(files, root, ContentReader.AxesFolder, existing.Axes, axes, a => Render(ToYaml(a)));
        var intentions = await Current(db.Intentions).ToListAsync(cancellationToken);
        WriteMarkdown(files, root, ContentReader.IntentionsFolder, existing.Intentions, intentions, i => Render(ToYaml(i)));
        var measures = await Current(db.Measures).Include(m => m.Axis).Include(m => m.Intentions).ToListAsync(cancellationToken);
        WriteMarkdown(files, root, ContentReader.MeasuresFolder, existing.Measures, measures, m => Render(ToYaml(m)));
        var conferences = await Current(db.Conferences).ToListAsync(cancellationToken);
        WriteMarkdown(files, root, ContentReader.ConferencesFolder, existing.Conferences, conferences, c => Render(ToYaml(c)));
        var workshops = await Current(db.Workshops).Include(w => w.Intention).Include(w => w.Departement).Include(w => w.Conference).Include(w => w.Measures)
            .ToListAsync(cancellationToken);
        WriteMarkdown(files, root, ContentReader.WorkshopsFolder, existing.Workshops, workshops, w => Render(ToYaml(w)));
        var releases = await Current(db.PressReleases).ToListAsync(cancellationToken);
        WriteMarkdown(files, root, ContentReader.PressReleasesFolder, existing.PressReleases, releases, r => Render(ToYaml(r)));
        var groups = await Current(db.WorkingGroups).ToListAsync(cancellationToken);
        WriteMarkdown(files, root, ContentReader.WorkingGroupsFolder, existing.WorkingGroups, groups, g => Render(ToYaml(g)));
        var pages = await Current(db.Pages).ToListAsync(cancellationToken);
        WriteMarkdown(files, root, ContentReader.PagesFolder, existing.Pages, pages, p => Render(ToYaml(p)));
        return files;
    }

    /// <summary>
    /// Writes the export into <paramref name="folder"/> (made if missing): every file of the export,
    /// and, in the folders of markdown items only, removes the files of items the export lacks
    /// (moved to the trash). Nothing else in the folder is touched. Returns the number of files written.
    /// </summary>
    public async Task<(int Written, int Removed)> ExportToFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var files = await ExportAsync(cancellationToken: cancellationToken);
        var written = 0;
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                await File.WriteAllBytesAsync(path, bytes, cancellationToken);
                written++;
            }
        }
        var removed = 0;
        foreach (var markdownFolder in MarkdownFolders.Select(f => Path.Combine(folder, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(markdownFolder, "*.md").ToList())
            {
                if (!files.ContainsKey(Path.GetRelativePath(folder, file).Replace('\\', '/')))
                {
                    File.Delete(file);
                    removed++;
                }
            }
        }
        return (written, removed);
    }

    /// <summary>The export as a zip of a content/ folder (the admin's download).</summary>
    public async Task WriteZipAsync(Stream output, CancellationToken cancellationToken = default)
    {
        var files = await ExportAsync(cancellationToken: cancellationToken);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (relative, bytes) in files)
        {
            var entry = zip.CreateEntry("content/" + relative, CompressionLevel.Optimal);
            await using var stream = await entry.OpenAsync(cancellationToken);
            await stream.WriteAsync(bytes, cancellationToken);
        }
    }

    /// <summary>Published and draft items: the trash stays out of content/.</summary>
    private static IQueryable<T> Current<T>(IQueryable<T> items)
        where T : EditableEntity => items.AsNoTracking().Where(e => e.Status != PublicationStatus.Deleted);

    /// <summary>README.md, the documents of sources/, the vocabularies: what content/ holds beside the items.</summary>
    private static void CopyFilesTheDatabaseDoesNotHold(string root, SortedDictionary<string, byte[]> files)
    {
        if (!Directory.Exists(root))
        {
            return;
        }
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "";
            var held = (MarkdownFolders.Contains(folder) && relative.EndsWith(".md", StringComparison.Ordinal))
                || _listFiles.Any(f => relative == $"{Reference}/{f}");
            if (!held)
            {
                files[relative] = File.ReadAllBytes(path);
            }
        }
    }

    /// <summary>
    /// One markdown file per item: the existing file when it says the same (its YAML and body
    /// written by <see cref="ContentWriter"/> are those of the item), else the item written anew.
    /// </summary>
    private static void WriteMarkdown<TEntity, TYaml>(
        SortedDictionary<string, byte[]> files, string root, string folder, List<ContentDocument<TYaml>> existing, List<TEntity> items, Func<TEntity, Map> render)
        where TEntity : ContentItem
        where TYaml : class
    {
        var byKey = existing.ToDictionary(d => d.Key, StringComparer.Ordinal);
        foreach (var item in items)
        {
            var text = ContentWriter.MarkdownFile(render(item).Node, Body(item.Body));
            var relative = $"{folder}/{item.Slug}.md";
            files[relative] = byKey.TryGetValue(item.Slug, out var document)
                && ContentWriter.MarkdownFile(Render(document.Data).Node, Body(document.Body)) == text
                ? File.ReadAllBytes(Path.Combine(root, relative))
                : Encoding.UTF8.GetBytes(text);
        }
    }

    /// <summary>The body as the reader gives it back: LF line ends, no blank lines around it.</summary>
    private static string Body(string body) => body.ReplaceLineEndings("\n").Trim('\n', ' ');

    /// <summary>
    /// A list file of reference/: the existing file kept whole when every item is as it says, in its
    /// order; else its first comment lines, then each item as the file writes it (with the comment
    /// lines above it) when it says the same, or written anew. Items the file lacks come last, by key.
    /// </summary>
    private static void WriteList<TYaml>(
        SortedDictionary<string, byte[]> files, string root, bool keepUnchangedFiles, string fileName, List<ContentDocument<TYaml>> existing, IEnumerable<(string Key, Map Item)> items)
        where TYaml : class
    {
        var path = Path.Combine(root, Reference, fileName);
        var current = items.ToDictionary(i => i.Key, i => ContentWriter.ListItem(i.Item.Node), StringComparer.Ordinal);
        var chunks = keepUnchangedFiles && File.Exists(path) ? ListChunks.Of(ContentReader.ReadText(path)) : new ListChunks("", []);
        var order = existing.Select(d => d.Key).Where(current.ContainsKey).Concat(current.Keys.Order(StringComparer.Ordinal)).Distinct().ToList();
        var said = existing.ToDictionary(d => d.Key, d => ContentWriter.ListItem(Render(d.Data).Node), StringComparer.Ordinal);

        var text = new StringBuilder(chunks.Header);
        // The file's items are its documents one for one only when none was left out by the reader.
        var aligned = chunks.Items.Count == existing.Count;
        var allKept = aligned && existing.Count == current.Count;
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var index = existing.FindIndex(d => d.Key == key);
            var kept = aligned && index >= 0 && said[key] == current[key];
            allKept &= kept && index == i;
            text.Append(kept ? chunks.Items[index] : current[key]);
        }
        if (order.Count == 0)
        {
            text.Append("[]\n");
        }
        files[$"{Reference}/{fileName}"] = allKept && keepUnchangedFiles && File.Exists(path)
            ? File.ReadAllBytes(path)
            : Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>reference/synonymes.yml: the search's synonyms as staff left them (the admin's list is the one that counts).</summary>
    private async Task WriteSynonymsAsync(SortedDictionary<string, byte[]> files, string root, bool keepUnchangedFiles, CancellationToken cancellationToken)
    {
        var groups = (await db.SearchSynonyms.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Words).ToListAsync(cancellationToken))
            .Select(words => words.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList())
            .ToList();
        var path = Path.Combine(root, Reference, SearchSynonymSeed.FileName);
        if (keepUnchangedFiles && File.Exists(path))
        {
            try
            {
                var said = YamlText.Parse(ContentReader.ReadText(path), 1).Deserialize<List<List<string>>>()
                    .Select(g => g.Select(w => w.Trim()).Where(w => w.Length > 0).ToList()).Where(g => g.Count > 1).ToList();
                if (said.Count == groups.Count && said.Zip(groups).All(p => p.First.SequenceEqual(p.Second, StringComparer.Ordinal)))
                {
                    files[$"{Reference}/{SearchSynonymSeed.FileName}"] = File.ReadAllBytes(path);
                    return;
                }
            }
            catch (ContentFormatException)
            {
                // A file the import could not read either: written anew from the database.
            }
        }
        var text = new StringBuilder();
        foreach (var group in groups)
        {
            var sequence = new YamlDotNet.RepresentationModel.YamlSequenceNode(group.Select(w => new YamlDotNet.RepresentationModel.YamlScalarNode(w)))
            {
                Style = YamlDotNet.Core.Events.SequenceStyle.Flow,
            };
            text.Append(ContentWriter.ListItem(sequence));
        }
        files[$"{Reference}/{SearchSynonymSeed.FileName}"] = Encoding.UTF8.GetBytes(groups.Count == 0 ? "[]\n" : text.ToString());
    }

    /// <summary>A list file cut at its items: the lines before the first, then each item with the comment lines above it.</summary>
    private sealed record ListChunks(string Header, List<string> Items)
    {
        public static ListChunks Of(string text)
        {
            var lines = text.Split('\n');
            var header = new StringBuilder();
            var items = new List<string>();
            var pending = new StringBuilder();
            StringBuilder? item = null;
            foreach (var line in lines.Take(lines.Length - (text.EndsWith('\n') ? 1 : 0)))
            {
                if (line.StartsWith("- ", StringComparison.Ordinal) || line == "-")
                {
                    if (item is not null)
                    {
                        items.Add(item.ToString());
                    }
                    item = new StringBuilder().Append(pending).Append(line).Append('\n');
                    pending.Clear();
                }
                else if (line.StartsWith('#') || line.Length == 0)
                {
                    // A comment belongs to the item under it.
                    (item is null ? header : pending).Append(line).Append('\n');
                }
                else if (item is not null)
                {
                    item.Append(pending).Append(line).Append('\n');
                    pending.Clear();
                }
                else if (line != "[]")
                {
                    header.Append(line).Append('\n');
                }
            }
            if (item is not null)
            {
                items.Add(item.Append(pending).ToString());
            }
            return new ListChunks(header.ToString(), items);
        }
    }

    // What each kind writes, in the order of its keys (content/README.md).

    private static Map Render(object data) => data switch
    {
        SourceDocumentYaml s => new Map().Text("file", s.File).Text("title", s.Title).Word("date", s.Date).Text("emitter", s.Emitter),
        DepartementYaml d => new Map().Text("code", d.Code).Text("name", d.Name).Word("slug", d.Slug),
        MetropoleYaml m => new Map().Word("slug", m.Slug).Text("name", m.Name).Text("departement", m.Departement),
        LocalContactYaml c => new Map().Word("slug", c.Slug).Word("status", Draft(c.Status)).Text("service", c.Service).Text("departement", c.Departement)
            .Text("name", c.Name).Text("role", c.Role).Text("phone", c.Phone).Text("email", c.Email).Text("url", c.Url)
            .Text("address", c.Address).Text("note", c.Note).Records("sources", c.Sources, Source),
        PressContactYaml c => new Map().Word("slug", c.Slug).Word("status", Draft(c.Status)).Text("name", c.Name).Text("role", c.Role)
            .Text("phone", c.Phone).Text("mobile", c.Mobile).Text("email", c.Email).Text("url", c.Url).Text("note", c.Note),
        FundingLineYaml f => new Map().Word("slug", f.Slug).Number("year", f.Year).Text("label", f.Label).Number("amount", f.Amount)
            .Number("order", f.Order).Records("sources", f.Sources, Source),
        KeyFigureYaml k => new Map().Word("slug", k.Slug).Text("label", k.Label).Number("value", k.Value).Text("unit", k.Unit)
            .Number("year", k.Year).Word("axis", k.Axis).Number("order", k.Order).Records("sources", k.Sources, Source),
        AxisYaml a => End(new Map().Word("status", Draft(a.Status)).Number("number", a.Number).Text("title", a.Title).Text("summary", a.Summary), a),
        IntentionYaml i => End(new Map().Word("status", Draft(i.Status)).Number("order", i.Order).Text("phrase", i.Phrase).Texts("aliases", i.Aliases, evenEmpty: true)
            .Text("summary", i.Summary), i),
        MeasureYaml m => End(new Map().Word("status", Draft(m.Status)).Text("title", m.Title).Word("axis", m.Axis).Words("intentions", Sorted(m.Intentions), evenEmpty: true)
            .Texts("publics", m.Publics, evenEmpty: true).Texts("porteurs", m.Porteurs, evenEmpty: true).Texts("applicants", m.Applicants).Word("help_kind", m.HelpKind)
            .Text("territory", m.Territory).Text("summary", m.Summary).Text("funding", m.Funding).Number("funding_amount", m.FundingAmount)
            .Text("funding_unit", m.FundingUnit).Text("funding_period", m.FundingPeriod).Word("application_deadline", m.ApplicationDeadline)
            .Flag("permanent", m.Permanent)
            .Record("funding_rule", m.FundingRule, r => new Map().Word("kind", r.Kind).Text("quantity", r.Quantity).Number("share", r.Share)
                .Number("years", r.Years).Number("cap", r.Cap).Text("conditions", r.Conditions))
            .Text("funding_details", m.FundingDetails).Text("how_to_apply", m.HowToApply)
            .Records("contacts", m.Contacts, Contact).Records("links", m.Links, l => new Map().Text("title", l.Title).Text("url", l.Url)), m),
        ConferenceYaml c => End(new Map().Word("status", Draft(c.Status)).Text("title", c.Title).Word("date", c.Date).Word("end_date", c.EndDate)
            .Word("date_precision", c.DatePrecision is "day" ? null : c.DatePrecision).Text("place", c.Place).Text("format", c.Format)
            .Text("summary", c.Summary).Records("programme", c.Programme, p => new Map().Text("time", p.Time).Text("label", p.Label).Text("track", p.Track)), c),
        WorkshopYaml w => End(new Map().Word("status", Draft(w.Status)).Word("kind", w.Kind).Text("number", w.Number).Number("order", w.Order).Text("title", w.Title)
            .Word("intention", w.Intention).Text("place", w.Place).Text("commune", w.Commune).Text("departement", w.Departement)
            .Word("conference", w.Conference).Words("measures", Sorted(w.Measures)).Text("summary", w.Summary)
            .Records("speakers", w.Speakers, s => new Map().Text("name", s.Name).Text("role", s.Role).Word("kind", s.Kind))
            .Text("further_reading", w.FurtherReading), w),
        PressReleaseYaml r => End(new Map().Word("status", Draft(r.Status)).Text("title", r.Title).Word("date", r.Date).Text("place", r.Place)
            .Text("emitter", r.Emitter).Text("lead", r.Lead).Text("summary", r.Summary), r, m => m.Words("press_contacts", r.PressContacts)),
        WorkingGroupYaml g => End(new Map().Word("status", Draft(g.Status)).Text("title", g.Title).Number("order", g.Order).Text("summary", g.Summary), g),
        PageYaml p => End(new Map().Word("status", Draft(p.Status)).Text("title", p.Title).Text("summary", p.Summary), p),
        _ => throw new ArgumentException($"No content format for {data.GetType().Name}.", nameof(data)),
    };

    /// <summary>The keys every markdown file ends with: the editors' note, then the sources.</summary>
    private static Map End(Map map, ContentYaml data, Func<Map, Map>? beforeSources = null)
    {
        map.Text("editor_note", data.EditorNote);
        return (beforeSources?.Invoke(map) ?? map).Records("sources", data.Sources, Source);
    }

    /// <summary>Only a draft says its status: published is what an absent key means.</summary>
    private static string? Draft(string? status) => status == "draft" ? status : null;

    private static Map Source(SourceYaml s) => new Map().Text("document", s.Document).Text("location", s.Location);

    private static Map Contact(ContactYaml c) => new Map().Text("name", c.Name).Text("role", c.Role).Text("service", c.Service).Text("phone", c.Phone)
        .Text("mobile", c.Mobile).Text("email", c.Email).Text("url", c.Url).Text("note", c.Note);

    /// <summary>Links between items have no order in the database: written in key order.</summary>
    private static List<string>? Sorted(List<string>? keys) => keys?.Order(StringComparer.Ordinal).ToList();

    // From the database to the format: the reverse of ContentImporter's Apply methods.

    private static string? Status(PublicationStatus status) => status == PublicationStatus.Draft ? "draft" : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static List<T>? Listed<T>(IEnumerable<T> items) => items.ToList() is { Count: > 0 } list ? list : null;

    private static List<SourceYaml>? Sources(List<SourceReference> sources) =>
        Listed(sources.Select(s => new SourceYaml { Document = s.Document, Location = s.Location }));

    private static T Content<T>(T yaml, ContentItem item)
        where T : ContentYaml
    {
        yaml.Status = Status(item.Status);
        yaml.Summary = item.Summary;
        yaml.EditorNote = item.EditorNote;
        yaml.Sources = Sources(item.Sources);
        return yaml;
    }

    private static SourceDocumentYaml ToYaml(SourceDocument s) => new() { File = s.FileName, Title = s.Title, Date = Date(s.Date), Emitter = s.Emitter };

    private static LocalContactYaml ToYaml(LocalContact c) => new()
    {
        Slug = c.Slug, Status = Status(c.Status), Service = c.Service, Departement = c.Departement!.Code, Name = c.Name, Role = c.Role,
        Phone = c.Phone, Email = c.Email, Url = c.Url, Address = c.Address, Note = c.Note, Sources = Sources(c.Sources),
    };

    private static PressContactYaml ToYaml(PressContact c) => new()
    {
        Slug = c.Slug, Status = Status(c.Status), Name = c.Name, Role = c.Role, Phone = c.Phone, Mobile = c.Mobile, Email = c.Email, Url = c.Url, Note = c.Note,
    };

    private static FundingLineYaml ToYaml(FundingLine f) => new()
    {
        Slug = f.Slug, Year = f.Year, Label = f.Label, Amount = f.Amount, Order = f.Order, Sources = Sources(f.Sources),
    };

    private static KeyFigureYaml ToYaml(KeyFigure k) => new()
    {
        Slug = k.Slug, Label = k.Label, Value = k.Value, Unit = k.Unit, Year = k.Year, Axis = k.Axis?.Slug, Order = k.Order, Sources = Sources(k.Sources),
    };

    private static AxisYaml ToYaml(Axis a) => Content(new AxisYaml { Number = a.Number, Title = a.Title }, a);

    private static IntentionYaml ToYaml(Intention i) => Content(new IntentionYaml { Order = i.Order, Phrase = i.Title, Aliases = [.. i.Aliases] }, i);

    private static MeasureYaml ToYaml(Measure m) => Content(new MeasureYaml
    {
        Title = m.Title,
        Axis = m.Axis!.Slug,
        // Every measure file writes these three, even empty (content/README.md).
        Intentions = [.. m.Intentions.Select(i => i.Slug)],
        Publics = [.. m.Publics],
        Porteurs = [.. m.Porteurs],
        Applicants = Listed(m.Applicants),
        HelpKind = m.HelpKind is { } kind ? ContentValues.Word(kind) : null,
        Funding = m.Funding,
        FundingAmount = m.FundingAmount,
        FundingUnit = m.FundingUnit,
        FundingPeriod = m.FundingPeriod,
        FundingRule = m.FundingRule is { } rule
            ? new FundingRuleYaml
            {
                Kind = ContentValues.Word(rule),
                Quantity = m.FundingRuleQuantity,
                Share = m.FundingRuleShare,
                Years = m.FundingRuleYears,
                Cap = m.FundingRuleCap,
                Conditions = m.FundingRuleConditions,
            }
            : null,
        ApplicationDeadline = Date(m.ApplicationDeadline),
        Permanent = m.IsPermanent ? true : null,
        Territory = m.Territory,
        FundingDetails = m.FundingDetails,
        HowToApply = m.HowToApply,
        Contacts = Listed(m.Contacts.Select(c => new ContactYaml
        {
            Name = c.Name, Role = c.Role, Phone = c.Phone, Mobile = c.Mobile, Email = c.Email, Url = c.Url, Note = c.Note, Service = c.Service,
        })),
        Links = Listed(m.Links.Select(l => new LinkYaml { Title = l.Title, Url = l.Url })),
    }, m);

    private static ConferenceYaml ToYaml(Conference c) => Content(new ConferenceYaml
    {
        Title = c.Title,
        Date = Date(c.Date),
        EndDate = Date(c.EndDate),
        DatePrecision = c.DatePrecision switch { DatePrecision.Month => "month", DatePrecision.Year => "year", _ => null },
        Place = c.Place,
        Format = c.Format,
        Programme = Listed(c.Programme.Select(p => new ProgrammeLineYaml { Time = p.Time, Label = p.Label, Track = p.Track })),
    }, c);

    private static WorkshopYaml ToYaml(Workshop w) => Content(new WorkshopYaml
    {
        Kind = ContentValues.Word(w.Kind),
        Number = w.Number,
        Order = w.Order,
        Title = w.Title,
        Intention = w.Intention!.Slug,
        Place = w.Place,
        Commune = w.Commune,
        Departement = w.Departement?.Code,
        Conference = w.Conference?.Slug,
        Measures = Listed(w.Measures.Select(m => m.Slug)),
        Speakers = Listed(w.Speakers.Select(s => new SpeakerYaml { Name = s.Name, Role = s.Role, Kind = ContentValues.Word(s.Kind) })),
        FurtherReading = w.FurtherReading,
    }, w);

    private static PressReleaseYaml ToYaml(PressRelease r) => Content(new PressReleaseYaml
    {
        Title = r.Title,
        Date = Date(r.Date),
        Place = r.Place,
        Emitter = r.Emitter,
        Lead = r.Lead,
        PressContacts = Listed(r.PressContacts.Select(c => c.Contact)),
    }, r);

    private static WorkingGroupYaml ToYaml(WorkingGroup g) => Content(new WorkingGroupYaml { Title = g.Title, Order = g.Order }, g);

    private static PageYaml ToYaml(Page p) => Content(new PageYaml { Title = p.Title }, p);
}

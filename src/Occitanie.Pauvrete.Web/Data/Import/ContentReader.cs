using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>
/// Reads content/ (format in content/README.md) into a <see cref="ContentSet"/>. A file or list item
/// that is malformed, incomplete or points at something unknown is left out and reported with its
/// file and line; everything else is kept, so one bad file never stops the portal.
/// </summary>
internal sealed partial class ContentReader
{
    public const string AxesFolder = "axes";
    public const string IntentionsFolder = "intentions";
    public const string MeasuresFolder = "mesures";
    public const string WorkshopsFolder = "ateliers";
    public const string ConferencesFolder = "conferences";
    public const string PressReleasesFolder = "communiques";
    public const string WorkingGroupsFolder = "groupes-de-travail";
    public const string PagesFolder = "pages";
    public const string ReferenceFolder = "reference";
    public const string LocalContactsFile = "contacts-locaux.yml";
    public const string PressContactsFile = "contacts-presse.yml";

    /// <summary>Bytes a content file may hold: thirty times the largest one.</summary>
    public const int MaxFileBytes = 256 * 1024;

    private static readonly MarkdownPipeline _frontMatterPipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private readonly string _root;
    private readonly string _displayRoot;
    private readonly ContentSet _set = new();
    private readonly List<ContentError> _errors = [];

    private ContentReader(string root)
    {
        _root = Path.GetFullPath(root);
        _displayRoot = Path.GetFileName(_root.TrimEnd(Path.DirectorySeparatorChar));
    }

    public static ContentReadResult Read(string root)
    {
        var reader = new ContentReader(root);
        reader.ReadAll();
        return new ContentReadResult(reader._set, reader._errors);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^(?:2A|2B|[0-9]{2,3})$")]
    private static partial Regex InseeCodePattern();

    // Dependency order: a kind is read after the kinds it points at, so references can be checked.
    private void ReadAll()
    {
        ReadList<SourceDocumentYaml>("sources.yml", s => s.File, ValidateSourceDocument, _set.SourceDocuments);
        ReadList<DepartementYaml>("departements.yml", d => d.Code, ValidateDepartement, _set.Departements);
        ReadList<MetropoleYaml>("metropoles.yml", m => m.Slug, ValidateMetropole, _set.Metropoles);
        _set.Vocabulary = ContentVocabulary.Read(_root, _displayRoot, _errors);
        ReadList<LocalContactYaml>(LocalContactsFile, c => c.Slug, ValidateLocalContact, _set.LocalContacts);
        ReadList<PressContactYaml>(PressContactsFile, c => c.Slug, ValidatePressContact, _set.PressContacts);
        ReadFolder<AxisYaml>(AxesFolder, ValidateAxis, _set.Axes);
        ReadFolder<IntentionYaml>(IntentionsFolder, ValidateIntention, _set.Intentions);
        ReadFolder<MeasureYaml>(MeasuresFolder, ValidateMeasure, _set.Measures);
        ReadFolder<ConferenceYaml>(ConferencesFolder, ValidateConference, _set.Conferences);
        ReadFolder<WorkshopYaml>(WorkshopsFolder, ValidateWorkshop, _set.Workshops);
        ReadFolder<PressReleaseYaml>(PressReleasesFolder, ValidatePressRelease, _set.PressReleases);
        ReadFolder<WorkingGroupYaml>(WorkingGroupsFolder, ValidateWorkingGroup, _set.WorkingGroups);
        ReadFolder<PageYaml>(PagesFolder, ValidatePage, _set.Pages);
        ReadList<FundingLineYaml>("financements.yml", f => f.Slug, ValidateFundingLine, _set.FundingLines);
        ReadList<KeyFigureYaml>("chiffres-cles.yml", k => k.Slug, ValidateKeyFigure, _set.KeyFigures);
    }

    private void ReadFolder<T>(string folder, Action<ContentDocument<T>, Check> validate, List<ContentDocument<T>> into)
        where T : class
    {
        var directory = Path.Combine(_root, folder);
        if (!Directory.Exists(directory))
        {
            return;
        }
        if (new DirectoryInfo(directory).LinkTarget is not null)
        {
            _errors.Add(new ContentError($"{_displayRoot}/{folder}", 1, "the folder is a symbolic link, which content/ does not follow: put the files themselves in it"));
            return;
        }
        foreach (var path in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            var file = $"{_displayRoot}/{folder}/{Path.GetFileName(path)}";
            var slug = Path.GetFileNameWithoutExtension(path);
            try
            {
                if (!SlugPattern().IsMatch(slug))
                {
                    throw new ContentFormatException(1, $"the file name '{slug}' is not a slug: lower-case ASCII letters, digits and single hyphens");
                }
                if (ColumnSizes.SlugOf(typeof(T)) is { } maxSlug && slug.Length > maxSlug)
                {
                    throw new ContentFormatException(1, $"the file name has {slug.Length} characters before '.md', more than the {maxSlug} of an address in the database");
                }
                var text = ReadText(path);
                var (yaml, body) = SplitFrontMatter(text);
                var document = new ContentDocument<T>(file, slug, yaml.Deserialize<T>(), body, yaml);
                Keep(document, validate, into, "");
            }
            catch (ContentFormatException e)
            {
                _errors.Add(new ContentError(file, e.Line, e.Message));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever else a file does (unreadable, or a case no check foresaw), it is that
                // file left out and reported, never the import stopped: the portal must start.
                _errors.Add(new ContentError(file, 1, $"the file could not be read: {e.Message}"));
            }
        }
    }

    private void ReadList<T>(string fileName, Func<T, string?> key, Action<ContentDocument<T>, Check> validate, List<ContentDocument<T>> into)
        where T : class
    {
        var path = Path.Combine(_root, ReferenceFolder, fileName);
        if (!File.Exists(path))
        {
            return;
        }
        var file = $"{_displayRoot}/{ReferenceFolder}/{fileName}";
        try
        {
            var yaml = YamlText.Parse(ReadText(path), 1);
            var items = yaml.Deserialize<List<T>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var itemKey = key(items[i]);
                var document = new ContentDocument<T>(file, itemKey ?? "", items[i], "", yaml);
                if (itemKey is not null && !seen.Add(itemKey))
                {
                    _errors.Add(new ContentError(file, yaml.LineOf($"[{i}]"), $"'{itemKey}' appears twice"));
                    continue;
                }
                Keep(document, validate, into, $"[{i}].");
            }
        }
        catch (ContentFormatException e)
        {
            _errors.Add(new ContentError(file, e.Line, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _errors.Add(new ContentError(file, 1, $"the file could not be read: {e.Message}"));
        }
    }

    /// <summary>
    /// A content file's text, LF line ends. A symbolic link is refused (content/ holds the files it
    /// publishes, not pointers to elsewhere on the server), and so is a file over <see cref="MaxFileBytes"/>.
    /// </summary>
    internal static string ReadText(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw new ContentFormatException(1, "the file is a symbolic link, which content/ does not follow: put the file itself here");
        }
        if (info.Length > MaxFileBytes)
        {
            throw new ContentFormatException(1, $"the file holds {info.Length} bytes, {MaxFileBytes} at most");
        }
        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    private void Keep<T>(ContentDocument<T> document, Action<ContentDocument<T>, Check> validate, List<ContentDocument<T>> into, string pathPrefix)
        where T : class
    {
        var check = new Check(document.File, document.Yaml, pathPrefix, _errors, _set.Vocabulary);
        validate(document, check);
        if (!check.Failed)
        {
            // Once the values are known good: a wrong value is reported once, for what is wrong with it.
            check.Lengths(document.Data);
        }
        if (!check.Failed)
        {
            into.Add(document);
        }
    }

    private static (YamlText Yaml, string Body) SplitFrontMatter(string text)
    {
        // Markdig reads the whole file to find the front matter: the shapes that make it fail or
        // crawl are refused first (the body's length is checked below, on the body alone).
        if (MarkdownLimits.Scan(text, maxLength: MaxFileBytes) is { } shape)
        {
            throw new ContentFormatException(1, $"the file cannot be shown: {MarkdownLimits.EnglishReason(shape)}");
        }
        var markdown = Markdown.Parse(text, _frontMatterPipeline);
        if (markdown.FirstOrDefault() is not YamlFrontMatterBlock frontMatter || frontMatter.Line != 0)
        {
            throw new ContentFormatException(1, "the file must start with a YAML front matter between two '---' lines");
        }
        var yaml = YamlText.Parse(frontMatter.Lines.ToString(), frontMatter.Line + 2);
        var body = frontMatter.Span.End + 1 < text.Length ? text[(frontMatter.Span.End + 1)..] : "";
        if (MarkdownRenderer.Check(body) is { } problem)
        {
            var bodyLine = text.AsSpan(0, frontMatter.Span.End + 1).Count('\n') + 2;
            throw new ContentFormatException(bodyLine, $"the text after the front matter cannot be shown: {MarkdownLimits.EnglishReason(problem)}");
        }
        return (yaml, body.Trim('\n', ' '));
    }

    private static HashSet<string> Keys<T>(List<ContentDocument<T>> documents)
        where T : class => documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);

    private static void CheckContent(ContentYaml data, Check check, bool sourcesRequired, HashSet<string> sourceFiles)
    {
        check.Status(data.Status);
        check.Sources(data.Sources, sourcesRequired, sourceFiles);
        check.Markdown(data.EditorNote, "editor_note");
    }

    private void ValidateSourceDocument(ContentDocument<SourceDocumentYaml> document, Check check)
    {
        check.Required(document.Data.File, "file");
        check.Required(document.Data.Title, "title");
        check.Date(document.Data.Date, "date", required: false);
    }

    private void ValidateDepartement(ContentDocument<DepartementYaml> document, Check check)
    {
        check.Required(document.Data.Code, "code");
        check.Required(document.Data.Name, "name");
        check.Slug(document.Data.Slug, "slug");
        if (document.Data.Code is { } code && !InseeCodePattern().IsMatch(code))
        {
            check.Fail("code", $"'{code}' is not an INSEE département code (write it quoted: \"09\")");
        }
    }

    private void ValidateMetropole(ContentDocument<MetropoleYaml> document, Check check)
    {
        check.Slug(document.Data.Slug, "slug");
        check.Required(document.Data.Name, "name");
        check.Required(document.Data.Departement, "departement");
        check.Reference(document.Data.Departement, Keys(_set.Departements), "departement", "département");
    }

    private void ValidateLocalContact(ContentDocument<LocalContactYaml> document, Check check)
    {
        var data = document.Data;
        check.Status(data.Status);
        check.Slug(data.Slug, "slug");
        check.Required(data.Name, "name");
        check.Required(data.Service, "service");
        data.Service = check.Term(data.Service, VocabularyList.Services, "service");
        check.Required(data.Departement, "departement");
        check.Reference(data.Departement, Keys(_set.Departements), "departement", "département");
        check.Url(data.Url, "url");
        check.Sources(data.Sources, required: true, Keys(_set.SourceDocuments));
        if (!check.Failed && _set.LocalContacts.Any(c => c.Data.Service == data.Service && c.Data.Departement == data.Departement))
        {
            check.Fail("service", $"the {data.Service} of département {data.Departement} already has a contact: one per service and département");
        }
    }

    private static void ValidatePressContact(ContentDocument<PressContactYaml> document, Check check)
    {
        var data = document.Data;
        check.Status(data.Status);
        check.Slug(data.Slug, "slug");
        check.Required(data.Name, "name");
        check.Url(data.Url, "url");
    }

    private void ValidateAxis(ContentDocument<AxisYaml> document, Check check)
    {
        CheckContent(document.Data, check, sourcesRequired: true, Keys(_set.SourceDocuments));
        check.Required(document.Data.Title, "title");
        if (document.Data.Number is not (>= 1 and <= 6))
        {
            check.Fail("number", "'number' must be 1 to 6");
        }
        else if (_set.Axes.Any(a => a.Data.Number == document.Data.Number))
        {
            check.Fail("number", $"axis number {document.Data.Number} is already used");
        }
    }

    private void ValidateIntention(ContentDocument<IntentionYaml> document, Check check)
    {
        CheckContent(document.Data, check, sourcesRequired: true, Keys(_set.SourceDocuments));
        check.Required(document.Data.Phrase, "phrase");
        check.Required(document.Data.Order, "order");
        if (document.Data.Phrase is { } phrase && !phrase.StartsWith("Je souhaite", StringComparison.Ordinal))
        {
            check.Fail("phrase", "an intention's phrase starts with « Je souhaite »");
        }
    }

    private void ValidateMeasure(ContentDocument<MeasureYaml> document, Check check)
    {
        var data = document.Data;
        CheckContent(data, check, sourcesRequired: true, Keys(_set.SourceDocuments));
        check.Required(data.Title, "title");
        check.Required(data.Axis, "axis");
        check.Reference(data.Axis, Keys(_set.Axes), "axis", "axis");
        check.References(data.Intentions, Keys(_set.Intentions), "intentions", "intention");
        data.Publics = check.Terms(data.Publics, VocabularyList.Publics, "publics");
        data.Porteurs = check.Terms(data.Porteurs, VocabularyList.Porteurs, "porteurs");
        data.Applicants = check.Terms(data.Applicants, VocabularyList.Applicants, "applicants");
        if (data.HelpKind is not null && ContentValues.HelpKind(data.HelpKind) is null)
        {
            check.Fail("help_kind", $"'help_kind' is structure-a-demultiplier, dispositif-vers-lequel-orienter or aide-financiere, not '{data.HelpKind}'");
        }
        if (check.Date(data.ApplicationDeadline, "application_deadline", required: false) is not null && data.Permanent == true)
        {
            check.Fail("permanent", "a measure with an 'application_deadline' is not 'permanent'");
        }
        if (data.FundingRule is { } rule)
        {
            var kind = ContentValues.FundingRuleKind(rule.Kind);
            if (kind is null)
            {
                check.Fail("funding_rule.kind", $"'funding_rule.kind' is par-unite or part-des-depenses, not '{rule.Kind}'");
            }
            // The admin's check (FundingRule.Problems), named by the file's keys.
            foreach (var (property, message) in FundingRule.Problems(kind, data.FundingAmount, rule.Quantity, rule.Share, rule.Years, rule.Cap))
            {
                check.Fail(property == nameof(Measure.FundingAmount) ? "funding_amount" : $"funding_rule.{property.Replace("FundingRule", "", StringComparison.Ordinal).ToLowerInvariant()}", message);
            }
            if (rule.Quantity?.Length > 200 || rule.Conditions?.Length > 1000)
            {
                check.Fail("funding_rule", "'funding_rule.quantity' holds 200 characters at most, 'funding_rule.conditions' 1000");
            }
        }
        check.Contacts(data.Contacts, "contacts");
        check.Markdown(data.FundingDetails, "funding_details");
        check.Markdown(data.HowToApply, "how_to_apply");
        for (var i = 0; i < (data.Links?.Count ?? 0); i++)
        {
            check.Required(data.Links![i].Title, $"links[{i}].title");
            check.Url(data.Links[i].Url, $"links[{i}].url");
        }
    }

    private void ValidateConference(ContentDocument<ConferenceYaml> document, Check check)
    {
        var data = document.Data;
        CheckContent(data, check, sourcesRequired: true, Keys(_set.SourceDocuments));
        check.Required(data.Title, "title");
        check.Required(data.Place, "place");
        check.Date(data.Date, "date", required: true);
        check.Date(data.EndDate, "end_date", required: false);
        if (ContentValues.DatePrecision(data.DatePrecision) is null)
        {
            check.Fail("date_precision", $"'date_precision' is day, month or year, not '{data.DatePrecision}'");
        }
        for (var i = 0; i < (data.Programme?.Count ?? 0); i++)
        {
            check.Required(data.Programme![i].Time, $"programme[{i}].time");
            check.Required(data.Programme[i].Label, $"programme[{i}].label");
        }
    }

    private void ValidateWorkshop(ContentDocument<WorkshopYaml> document, Check check)
    {
        var data = document.Data;
        CheckContent(data, check, sourcesRequired: true, Keys(_set.SourceDocuments));
        check.Required(data.Title, "title");
        check.Required(data.Place, "place");
        check.Required(data.Order, "order");
        var kind = check.WorkshopKind(data.Kind, "kind");
        if (kind is Entities.WorkshopKind.Atelier or Entities.WorkshopKind.TableRonde)
        {
            check.Required(data.Number, "number");
        }
        if (kind is not null && data.Number is not null
            && _set.Workshops.Any(w => w.Data.Kind == data.Kind && w.Data.Number == data.Number))
        {
            check.Fail("number", $"{data.Kind} number {data.Number} is already used");
        }
        check.Required(data.Intention, "intention");
        check.Reference(data.Intention, Keys(_set.Intentions), "intention", "intention");
        check.Reference(data.Departement, Keys(_set.Departements), "departement", "département");
        check.Reference(data.Conference, Keys(_set.Conferences), "conference", "conference");
        check.References(data.Measures, Keys(_set.Measures), "measures", "measure");
        check.Markdown(data.FurtherReading, "further_reading");
        for (var i = 0; i < (data.Speakers?.Count ?? 0); i++)
        {
            check.Required(data.Speakers![i].Name, $"speakers[{i}].name");
            check.SpeakerKind(data.Speakers[i].Kind, $"speakers[{i}].kind");
        }
    }

    private void ValidatePressRelease(ContentDocument<PressReleaseYaml> document, Check check)
    {
        var data = document.Data;
        CheckContent(data, check, sourcesRequired: true, Keys(_set.SourceDocuments));
        check.Required(data.Title, "title");
        check.Date(data.Date, "date", required: true);
        check.Required(data.Place, "place");
        check.Required(data.Emitter, "emitter");
        check.References(data.PressContacts, Keys(_set.PressContacts), "press_contacts", $"press contact (of {ReferenceFolder}/{PressContactsFile})");
    }

    private void ValidateWorkingGroup(ContentDocument<WorkingGroupYaml> document, Check check)
    {
        CheckContent(document.Data, check, sourcesRequired: true, Keys(_set.SourceDocuments));
        check.Required(document.Data.Title, "title");
        check.Required(document.Data.Order, "order");
    }

    private void ValidatePage(ContentDocument<PageYaml> document, Check check)
    {
        CheckContent(document.Data, check, sourcesRequired: false, Keys(_set.SourceDocuments));
        check.Required(document.Data.Title, "title");
    }

    private void ValidateFundingLine(ContentDocument<FundingLineYaml> document, Check check)
    {
        check.Slug(document.Data.Slug, "slug");
        check.Required(document.Data.Label, "label");
        check.Required(document.Data.Year, "year");
        check.Required(document.Data.Amount, "amount");
        check.Sources(document.Data.Sources, required: true, Keys(_set.SourceDocuments));
    }

    private void ValidateKeyFigure(ContentDocument<KeyFigureYaml> document, Check check)
    {
        check.Slug(document.Data.Slug, "slug");
        check.Required(document.Data.Label, "label");
        check.Required(document.Data.Value, "value");
        check.Reference(document.Data.Axis, Keys(_set.Axes), "axis", "axis");
        check.Sources(document.Data.Sources, required: true, Keys(_set.SourceDocuments));
    }

    /// <summary>Collects the errors of one file or list item, each at the line of the key at fault.</summary>
    private sealed class Check(string file, YamlText yaml, string pathPrefix, List<ContentError> errors, ContentVocabulary vocabulary)
    {
        public bool Failed { get; private set; }

        public void Fail(string path, string message)
        {
            errors.Add(new ContentError(file, yaml.LineOf(pathPrefix + path), message));
            Failed = true;
        }

        /// <summary>Each text no longer than its column in the database (<see cref="ColumnSizes"/>).</summary>
        public void Lengths(object data)
        {
            foreach (var (key, length, max) in ColumnSizes.TooLong(data))
            {
                Fail(key, $"'{key}' has {length} characters, more than the {max} its column in the database holds");
            }
        }

        public void Required(string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(key, $"'{key}' is required");
            }
        }

        /// <summary>A markdown value the site can show (<see cref="MarkdownRenderer.Check"/>).</summary>
        public void Markdown(string? value, string key)
        {
            if (MarkdownRenderer.Check(value) is { } problem)
            {
                Fail(key, $"'{key}' cannot be shown: {MarkdownLimits.EnglishReason(problem)}");
            }
        }

        public void Required<TValue>(TValue? value, string key)
            where TValue : struct
        {
            if (value is null)
            {
                Fail(key, $"'{key}' is required");
            }
        }

        public void Slug(string? value, string key)
        {
            Required(value, key);
            if (value is not null && !SlugPattern().IsMatch(value))
            {
                Fail(key, $"'{value}' is not a slug: lower-case ASCII letters, digits and single hyphens");
            }
        }

        public void Reference(string? value, HashSet<string> known, string key, string what)
        {
            if (value is not null && !known.Contains(value))
            {
                Fail(key, $"unknown {what} '{value}'");
            }
        }

        public void References(List<string>? values, HashSet<string> known, string key, string what)
        {
            for (var i = 0; i < (values?.Count ?? 0); i++)
            {
                Reference(values![i], known, $"{key}[{i}]", what);
            }
        }

        public DateOnly? Date(string? value, string key, bool required)
        {
            if (value is null)
            {
                if (required)
                {
                    Fail(key, $"'{key}' is required");
                }
                return null;
            }
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            Fail(key, $"'{value}' is not a date written yyyy-mm-dd");
            return null;
        }

        public void Url(string? value, string key)
        {
            if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                Fail(key, $"'{value}' is not an http(s) address");
            }
        }

        public void Status(string? value)
        {
            if (value is not null and not "published" and not "draft")
            {
                Fail("status", $"'status' is 'published' or 'draft', not '{value}'");
            }
        }

        public void Sources(List<SourceYaml>? sources, bool required, HashSet<string> known)
        {
            if (required && (sources is null || sources.Count == 0))
            {
                Fail("sources", "'sources' is required: say which document (and page) this comes from");
            }
            for (var i = 0; i < (sources?.Count ?? 0); i++)
            {
                Required(sources![i].Document, $"sources[{i}].document");
                Reference(sources[i].Document, known, $"sources[{i}].document", "source document");
            }
        }

        public void Contacts(List<ContactYaml>? contacts, string key)
        {
            for (var i = 0; i < (contacts?.Count ?? 0); i++)
            {
                Required(contacts![i].Name, $"{key}[{i}].name");
                Url(contacts[i].Url, $"{key}[{i}].url");
                contacts[i].Service = Term(contacts[i].Service, VocabularyList.Services, $"{key}[{i}].service");
            }
        }

        /// <summary>The label of <paramref name="value"/> in a vocabulary (null stays null); a word the vocabulary lacks is an error.</summary>
        public string? Term(string? value, VocabularyList list, string key)
        {
            if (value is null)
            {
                return null;
            }
            var label = vocabulary.Label(list, value);
            if (label is null)
            {
                Fail(key, $"'{value}' is not in the '{ContentVocabulary.Key(list)}' of {ReferenceFolder}/{ContentVocabulary.FileName}: write one of its labels or aliases, or add it there");
            }
            return label;
        }

        /// <summary>The labels of <paramref name="values"/>, each once, in their order.</summary>
        public List<string>? Terms(List<string>? values, VocabularyList list, string key)
        {
            if (values is null)
            {
                return null;
            }
            var labels = new List<string>();
            for (var i = 0; i < values.Count; i++)
            {
                if (Term(values[i] ?? "", list, $"{key}[{i}]") is { } label && !labels.Contains(label, StringComparer.Ordinal))
                {
                    labels.Add(label);
                }
            }
            return labels;
        }

        public Entities.WorkshopKind? WorkshopKind(string? value, string key)
        {
            var kind = ContentValues.WorkshopKind(value);
            if (kind is null)
            {
                Fail(key, $"'{key}' is atelier, table-ronde or atelier-partenaire, not '{value}'");
            }
            return kind;
        }

        public void SpeakerKind(string? value, string key)
        {
            if (ContentValues.SpeakerKind(value) is null)
            {
                Fail(key, $"'{key}' is animateur, intervenant or participant, not '{value}'");
            }
        }
    }
}

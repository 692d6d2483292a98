using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>
/// Brings content/ into the database. Adds what the database lacks; refreshes an item whose file
/// changed if nobody edited it since its import; never touches an item staff edited, unless
/// <c>force</c> is set (their version stays in its revisions). Idempotent: a second run changes nothing.
/// </summary>
public sealed partial class ContentImporter(PortalDbContext db, IOptions<ContentOptions> options, ILogger<ContentImporter> logger)
{
    /// <summary>The author of every change the importer saves; any other author is staff.</summary>
    public const string Author = "import";

    /// <summary>
    /// The start-up import: runs <see cref="ImportAsync"/> only when content/ or the portal's build
    /// changed since the last one (a new build may read a field the previous one ignored), so a
    /// restart on an up-to-date database reads no content. Null when it had nothing to do.
    /// </summary>
    public async Task<ContentImportReport?> ImportIfChangedAsync(CancellationToken cancellationToken = default)
    {
        var fingerprint = FingerprintOf(options.Value.Path);
        var stamp = await db.ContentStamps.SingleAsync(cancellationToken);
        if (stamp.ImportedFingerprint == fingerprint)
        {
            LogUpToDate(logger, options.Value.Path);
            return null;
        }
        var report = await ImportAsync(force: false, cancellationToken);
        stamp.ImportedFingerprint = fingerprint;
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>SHA-256 of every file under <paramref name="path"/> (relative name and bytes, in name order) and of the portal's build.</summary>
    public static string FingerprintOf(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ContentImporter).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Select(f => (Full: f, Relative: Path.GetRelativePath(path, f).Replace('\\', '/')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(file.Relative + "\n"));
                hash.AppendData(File.ReadAllBytes(file.Full));
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public async Task<ContentImportReport> ImportAsync(bool force, CancellationToken cancellationToken = default)
    {
        var path = options.Value.Path;
        var (set, errors) = ContentReader.Read(path);
        var report = new ContentImportReport { Read = set.Count };
        report.Errors.AddRange(errors);
        foreach (var error in errors)
        {
            LogSkipped(logger, error.ToString());
        }

        var run = new Run(db, force, report);
        await run.Import(set.SourceDocuments, db.SourceDocuments, ApplySourceDocument, cancellationToken);
        var departements = await run.Import(set.Departements, db.Departements, ApplyDepartement, cancellationToken);
        await run.Import(set.Metropoles, db.Metropoles, (d, m) => ApplyMetropole(d, m, departements), cancellationToken);
        await run.Import(set.LocalContacts, db.LocalContacts, (d, c) => ApplyLocalContact(d, c, departements), cancellationToken);
        await run.Import(set.PressContacts, db.PressContacts, ApplyPressContact, cancellationToken);
        var axes = await run.Import(set.Axes, db.Axes, ApplyAxis, cancellationToken);
        var intentions = await run.Import(set.Intentions, db.Intentions, ApplyIntention, cancellationToken);
        var measures = await run.Import(set.Measures, db.Measures.Include(m => m.Intentions), (d, m) => ApplyMeasure(d, m, axes, intentions), cancellationToken);
        var conferences = await run.Import(set.Conferences, db.Conferences, ApplyConference, cancellationToken);
        await run.Import(set.Workshops, db.Workshops.Include(w => w.Measures), (d, w) => ApplyWorkshop(d, w, intentions, departements, conferences, measures), cancellationToken);
        await run.Import(set.PressReleases, db.PressReleases, ApplyPressRelease, cancellationToken);
        await run.Import(set.WorkingGroups, db.WorkingGroups, ApplyWorkingGroup, cancellationToken);
        await run.Import(set.Pages, db.Pages, ApplyPage, cancellationToken);
        await run.Import(set.FundingLines, db.FundingLines, ApplyFundingLine, cancellationToken);
        await run.Import(set.KeyFigures, db.KeyFigures, (d, k) => ApplyKeyFigure(d, k, axes), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SearchSynonymSeed.SeedAsync(db, path, report, cancellationToken);

        foreach (var kept in report.KeptStaffEdits)
        {
            LogKept(logger, kept);
        }
        foreach (var overwritten in report.OverwrittenStaffEdits)
        {
            LogOverwritten(logger, overwritten);
        }
        LogImported(logger, path, report);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content import skipped: {ContentPath} and the portal are as at the last import")]
    private static partial void LogUpToDate(ILogger logger, string contentPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content skipped: {ContentError}")]
    private static partial void LogSkipped(ILogger logger, string contentError);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content kept as staff edited it: {ContentItem}")]
    private static partial void LogKept(ILogger logger, string contentItem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff edit overwritten by a forced import (kept in its revisions): {ContentItem}")]
    private static partial void LogOverwritten(ILogger logger, string contentItem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content import from {ContentPath}: {ContentImportReport}")]
    private static partial void LogImported(ILogger logger, string contentPath, ContentImportReport contentImportReport);

    /// <summary>One import: decides, item by item, whether to add, refresh, keep or overwrite.</summary>
    private sealed class Run(PortalDbContext db, bool force, ContentImportReport report)
    {
        /// <returns>Every item of the kind, in the database or just added, by key, to resolve references.</returns>
        public async Task<Dictionary<string, TEntity>> Import<TEntity, TYaml>(
            List<ContentDocument<TYaml>> documents,
            IQueryable<TEntity> stored,
            Action<ContentDocument<TYaml>, TEntity> apply,
            CancellationToken cancellationToken)
            where TEntity : EditableEntity, new()
            where TYaml : class
        {
            var byKey = (await stored.ToListAsync(cancellationToken)).ToDictionary(e => e.Key, StringComparer.Ordinal);
            foreach (var document in documents)
            {
                var name = $"{typeof(TEntity).Name} '{document.Key}' ({document.File})";
                if (!byKey.TryGetValue(document.Key, out var entity))
                {
                    entity = new TEntity();
                    Apply(document, entity, apply);
                    db.Add(entity);
                    byKey[document.Key] = entity;
                    report.Added.Add(name);
                }
                else if (entity.UpdatedBy != Author)
                {
                    if (force)
                    {
                        Apply(document, entity, apply);
                        report.OverwrittenStaffEdits.Add($"{name}, edited by {entity.UpdatedBy}");
                    }
                    else
                    {
                        report.KeptStaffEdits.Add($"{name}, edited by {entity.UpdatedBy}");
                    }
                }
                else if (entity.ImportHash == document.Hash)
                {
                    report.Unchanged++;
                }
                else
                {
                    Apply(document, entity, apply);
                    report.Refreshed.Add(name);
                }
            }
            return byKey;
        }

        private static void Apply<TEntity, TYaml>(ContentDocument<TYaml> document, TEntity entity, Action<ContentDocument<TYaml>, TEntity> apply)
            where TEntity : EditableEntity
            where TYaml : class
        {
            apply(document, entity);
            entity.ImportHash = document.Hash;
            entity.UpdatedBy = Author;
        }
    }

    private static void ApplyContent<TYaml>(ContentDocument<TYaml> document, ContentItem item, string title)
        where TYaml : ContentYaml
    {
        item.Slug = document.Key;
        item.Title = title;
        item.Summary = document.Data.Summary;
        item.Body = document.Body;
        item.EditorNote = document.Data.EditorNote;
        item.Status = ContentValues.Status(document.Data.Status);
        item.Sources = Sources(document.Data.Sources);
    }

    private static List<SourceReference> Sources(List<SourceYaml>? sources) =>
        sources?.Select(s => new SourceReference { Document = s.Document!, Location = s.Location }).ToList() ?? [];

    private static List<Contact> Contacts(List<ContactYaml>? contacts) =>
        contacts?.Select(c => new Contact
        {
            Name = c.Name!,
            Role = c.Role,
            Phone = c.Phone,
            Mobile = c.Mobile,
            Email = c.Email,
            Url = c.Url,
            Note = c.Note,
            Service = c.Service,
        }).ToList() ?? [];

    private static DateOnly? Date(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void ApplySourceDocument(ContentDocument<SourceDocumentYaml> document, SourceDocument source)
    {
        source.FileName = document.Data.File!;
        source.Title = document.Data.Title!;
        source.Date = Date(document.Data.Date);
        source.Emitter = document.Data.Emitter;
    }

    private static void ApplyDepartement(ContentDocument<DepartementYaml> document, Departement departement)
    {
        departement.Code = document.Data.Code!;
        departement.Name = document.Data.Name!;
        departement.Slug = document.Data.Slug!;
    }

    private static void ApplyMetropole(ContentDocument<MetropoleYaml> document, Metropole metropole, Dictionary<string, Departement> departements)
    {
        metropole.Slug = document.Data.Slug!;
        metropole.Name = document.Data.Name!;
        metropole.Departement = departements[document.Data.Departement!];
    }

    private static void ApplyLocalContact(ContentDocument<LocalContactYaml> document, LocalContact contact, Dictionary<string, Departement> departements)
    {
        var data = document.Data;
        contact.Slug = data.Slug!;
        contact.Status = ContentValues.Status(data.Status);
        contact.Service = data.Service!;
        contact.Departement = departements[data.Departement!];
        contact.DepartementId = contact.Departement.Id;
        contact.Name = data.Name!;
        contact.Role = data.Role;
        contact.Phone = data.Phone;
        contact.Email = data.Email;
        contact.Url = data.Url;
        contact.Address = data.Address;
        contact.Note = data.Note;
        contact.Sources = Sources(data.Sources);
    }

    private static void ApplyPressContact(ContentDocument<PressContactYaml> document, PressContact contact)
    {
        var data = document.Data;
        contact.Slug = data.Slug!;
        contact.Status = ContentValues.Status(data.Status);
        contact.Name = data.Name!;
        contact.Role = data.Role;
        contact.Phone = data.Phone;
        contact.Mobile = data.Mobile;
        contact.Email = data.Email;
        contact.Url = data.Url;
        contact.Note = data.Note;
    }

    private static void ApplyAxis(ContentDocument<AxisYaml> document, Axis axis)
    {
        ApplyContent(document, axis, document.Data.Title!);
        axis.Number = document.Data.Number!.Value;
    }

    private static void ApplyIntention(ContentDocument<IntentionYaml> document, Intention intention)
    {
        ApplyContent(document, intention, document.Data.Phrase!);
        intention.Order = document.Data.Order!.Value;
        intention.Aliases = document.Data.Aliases ?? [];
    }

    private static void ApplyMeasure(ContentDocument<MeasureYaml> document, Measure measure, Dictionary<string, Axis> axes, Dictionary<string, Intention> intentions)
    {
        var data = document.Data;
        ApplyContent(document, measure, data.Title!);
        measure.Axis = axes[data.Axis!];
        Replace(measure.Intentions, (data.Intentions ?? []).Select(i => intentions[i]));
        measure.Publics = data.Publics ?? [];
        measure.Porteurs = data.Porteurs ?? [];
        measure.Applicants = data.Applicants ?? [];
        measure.HelpKind = ContentValues.HelpKind(data.HelpKind);
        measure.Funding = data.Funding;
        measure.FundingAmount = data.FundingAmount;
        measure.FundingUnit = data.FundingUnit;
        measure.FundingPeriod = data.FundingPeriod;
        measure.ApplicationDeadline = Date(data.ApplicationDeadline);
        measure.IsPermanent = data.Permanent ?? false;
        measure.Territory = data.Territory;
        measure.FundingDetails = data.FundingDetails;
        measure.FundingRule = ContentValues.FundingRuleKind(data.FundingRule?.Kind);
        measure.FundingRuleQuantity = data.FundingRule?.Quantity;
        measure.FundingRuleShare = data.FundingRule?.Share;
        measure.FundingRuleYears = data.FundingRule?.Years;
        measure.FundingRuleCap = data.FundingRule?.Cap;
        measure.FundingRuleConditions = data.FundingRule?.Conditions;
        measure.HowToApply = data.HowToApply;
        measure.Contacts = Contacts(data.Contacts);
        measure.Links = data.Links?.Select(l => new Link { Title = l.Title!, Url = l.Url }).ToList() ?? [];
    }

    private static void ApplyConference(ContentDocument<ConferenceYaml> document, Conference conference)
    {
        var data = document.Data;
        ApplyContent(document, conference, data.Title!);
        conference.Date = Date(data.Date)!.Value;
        conference.EndDate = Date(data.EndDate);
        conference.DatePrecision = ContentValues.DatePrecision(data.DatePrecision)!.Value;
        conference.Place = data.Place!;
        conference.Format = data.Format;
        conference.Programme = data.Programme?.Select(p => new ProgrammeLine { Time = p.Time!, Label = p.Label!, Track = p.Track }).ToList() ?? [];
    }

    private static void ApplyWorkshop(
        ContentDocument<WorkshopYaml> document,
        Workshop workshop,
        Dictionary<string, Intention> intentions,
        Dictionary<string, Departement> departements,
        Dictionary<string, Conference> conferences,
        Dictionary<string, Measure> measures)
    {
        var data = document.Data;
        ApplyContent(document, workshop, data.Title!);
        workshop.Kind = ContentValues.WorkshopKind(data.Kind)!.Value;
        workshop.Number = data.Number;
        workshop.Order = data.Order!.Value;
        workshop.Intention = intentions[data.Intention!];
        workshop.Place = data.Place!;
        workshop.Commune = data.Commune;
        workshop.Departement = data.Departement is null ? null : departements[data.Departement];
        workshop.DepartementId = workshop.Departement?.Id;
        workshop.Conference = data.Conference is null ? null : conferences[data.Conference];
        workshop.ConferenceId = workshop.Conference?.Id;
        workshop.FurtherReading = data.FurtherReading;
        workshop.Speakers = data.Speakers?.Select(s => new Speaker
        {
            Name = s.Name!,
            Role = s.Role,
            Kind = ContentValues.SpeakerKind(s.Kind)!.Value,
        }).ToList() ?? [];
        Replace(workshop.Measures, (data.Measures ?? []).Select(m => measures[m]));
    }

    private static void ApplyPressRelease(ContentDocument<PressReleaseYaml> document, PressRelease release)
    {
        var data = document.Data;
        ApplyContent(document, release, data.Title!);
        release.Date = Date(data.Date)!.Value;
        release.Place = data.Place!;
        release.Emitter = data.Emitter!;
        release.Lead = data.Lead;
        release.PressContacts = data.PressContacts?.Select(c => new PressContactReference { Contact = c }).ToList() ?? [];
    }

    private static void ApplyWorkingGroup(ContentDocument<WorkingGroupYaml> document, WorkingGroup group)
    {
        ApplyContent(document, group, document.Data.Title!);
        group.Order = document.Data.Order!.Value;
    }

    private static void ApplyPage(ContentDocument<PageYaml> document, Page page) =>
        ApplyContent(document, page, document.Data.Title!);

    private static void ApplyFundingLine(ContentDocument<FundingLineYaml> document, FundingLine line)
    {
        var data = document.Data;
        line.Slug = data.Slug!;
        line.Year = data.Year!.Value;
        line.Label = data.Label!;
        line.Amount = data.Amount!.Value;
        line.Order = data.Order ?? 0;
        line.Sources = Sources(data.Sources);
    }

    private static void ApplyKeyFigure(ContentDocument<KeyFigureYaml> document, KeyFigure figure, Dictionary<string, Axis> axes)
    {
        var data = document.Data;
        figure.Slug = data.Slug!;
        figure.Label = data.Label!;
        figure.Value = data.Value!.Value;
        figure.Unit = data.Unit;
        figure.Year = data.Year;
        figure.Axis = data.Axis is null ? null : axes[data.Axis];
        figure.AxisId = figure.Axis?.Id;
        figure.Order = data.Order ?? 0;
        figure.Sources = Sources(data.Sources);
    }

    /// <summary>Makes a many-to-many collection hold exactly these items, touching only what differs.</summary>
    private static void Replace<T>(List<T> current, IEnumerable<T> wanted)
    {
        var target = wanted.Distinct().ToList();
        current.RemoveAll(item => !target.Contains(item));
        current.AddRange(target.Where(item => !current.Contains(item)));
    }
}

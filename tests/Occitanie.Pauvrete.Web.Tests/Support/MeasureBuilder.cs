using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// A published measure built field by field for a test, with only what the test gives it (every
/// other field absent, as the sources often leave it), saved in the portal's database under the
/// first axis. Each test names its own slug, so tests of one class can share a portal.
/// </summary>
public sealed class MeasureBuilder(string slug)
{
    public const string Editor = "redactrice@occitanie.gouv.fr";

    /// <summary>The guide of 7 July 2021, as content/reference/sources.yml names its file.</summary>
    public const string Guide = "003_07d57dd302962500.txt";

    /// <summary>The release of 24 May 2024.</summary>
    public const string Release2024 = "001_7454b66a309b5619.txt";

    private readonly Measure _measure = new()
    {
        Slug = slug,
        Title = "Mesure d'essai " + slug,
        Status = PublicationStatus.Published,
    };

    public string Slug => slug;

    public string Path => "/mesures/" + slug;

    public MeasureBuilder Titled(string title, string? summary = null)
    {
        _measure.Title = title;
        _measure.Summary = summary;
        return this;
    }

    public MeasureBuilder WithBody(string body)
    {
        _measure.Body = body;
        return this;
    }

    public MeasureBuilder Funding(string? line, decimal? amount = null, string? unit = null, string? period = null, string? details = null)
    {
        _measure.Funding = line;
        _measure.FundingAmount = amount;
        _measure.FundingUnit = unit;
        _measure.FundingPeriod = period;
        _measure.FundingDetails = details;
        return this;
    }

    public MeasureBuilder Applicants(params string[] applicants)
    {
        _measure.Applicants = [.. applicants];
        return this;
    }

    public MeasureBuilder Publics(params string[] publics)
    {
        _measure.Publics = [.. publics];
        return this;
    }

    public MeasureBuilder Porteurs(params string[] porteurs)
    {
        _measure.Porteurs = [.. porteurs];
        return this;
    }

    public MeasureBuilder HowToApply(string markdown)
    {
        _measure.HowToApply = markdown;
        return this;
    }

    public MeasureBuilder Kind(HelpKind kind)
    {
        _measure.HelpKind = kind;
        return this;
    }

    public MeasureBuilder Territory(string territory)
    {
        _measure.Territory = territory;
        return this;
    }

    public MeasureBuilder Deadline(DateOnly deadline)
    {
        _measure.ApplicationDeadline = deadline;
        return this;
    }

    public MeasureBuilder Permanent()
    {
        _measure.IsPermanent = true;
        return this;
    }

    public MeasureBuilder Contact(string name, string? phone = null, string? email = null, string? service = null)
    {
        _measure.Contacts.Add(new Contact { Name = name, Phone = phone, Email = email, Service = service });
        return this;
    }

    public MeasureBuilder Link(string title, string? url = null)
    {
        _measure.Links.Add(new Link { Title = title, Url = url });
        return this;
    }

    public MeasureBuilder Note(string editorNote)
    {
        _measure.EditorNote = editorNote;
        return this;
    }

    public MeasureBuilder Source(string document, string? location = null)
    {
        _measure.Sources.Add(new SourceReference { Document = document, Location = location });
        return this;
    }

    public MeasureBuilder Verified(DateOnly on, string by = Editor)
    {
        _measure.VerifiedOn = on;
        _measure.VerifiedBy = by;
        return this;
    }

    /// <summary>Saves the measure, under the first axis, as staff would.</summary>
    public async Task<MeasureBuilder> SaveAsync(PortalFactory portal)
    {
        await portal.ReadAsync(async db =>
        {
            _measure.Id = Guid.NewGuid();
            _measure.AxisId = await db.Axes.OrderBy(a => a.Number).Select(a => a.Id).FirstAsync();
            _measure.UpdatedBy = Editor;
            db.Measures.Add(_measure);
            return await db.SaveChangesAsync();
        });
        return this;
    }

    /// <summary>Saves a departmental office's contact (<see cref="LocalContact"/>) for <paramref name="service"/> in the département <paramref name="code"/>.</summary>
    public static Task SaveLocalContactAsync(PortalFactory portal, string service, string code, Action<LocalContact> fill) =>
        portal.ReadAsync(async db =>
        {
            var contact = new LocalContact
            {
                Id = Guid.NewGuid(),
                Slug = $"{service.ToLowerInvariant()}-{code}",
                Service = service,
                DepartementId = await db.Departements.Where(d => d.Code == code).Select(d => d.Id).SingleAsync(),
                UpdatedBy = Editor,
            };
            fill(contact);
            db.LocalContacts.Add(contact);
            return await db.SaveChangesAsync();
        });
}

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>One item read from content/: its key, what its YAML says, its markdown body and where it is.</summary>
internal sealed class ContentDocument<T>(string file, string key, T data, string body, YamlText yaml)
    where T : class
{
    /// <summary>Path shown in errors ("content/mesures/x.md").</summary>
    public string File { get; } = file;

    /// <summary>Slug, INSEE code or file name: what other items and the database know it by.</summary>
    public string Key { get; } = key;

    public T Data { get; } = data;

    public string Body { get; } = body;

    public YamlText Yaml { get; } = yaml;

    /// <summary>
    /// Changes whenever the YAML or the body says something else. Computed when first asked, after
    /// validation: vocabulary values are then labels, so a relabelled term refreshes its items too.
    /// </summary>
    public string Hash => _hash ??= YamlText.Hash(new { data = Data, body = Body });

    private string? _hash;
}

/// <summary>Everything valid that was read from content/, in the order it must be imported.</summary>
internal sealed class ContentSet
{
    public List<ContentDocument<SourceDocumentYaml>> SourceDocuments { get; } = [];

    public List<ContentDocument<DepartementYaml>> Departements { get; } = [];

    public List<ContentDocument<MetropoleYaml>> Metropoles { get; } = [];

    /// <summary>reference/vocabulaires.yml: not imported, it checks and labels the values of the other items.</summary>
    public ContentVocabulary Vocabulary { get; set; } = ContentVocabulary.Empty;

    public List<ContentDocument<LocalContactYaml>> LocalContacts { get; } = [];

    public List<ContentDocument<PressContactYaml>> PressContacts { get; } = [];

    public List<ContentDocument<AxisYaml>> Axes { get; } = [];

    public List<ContentDocument<IntentionYaml>> Intentions { get; } = [];

    public List<ContentDocument<MeasureYaml>> Measures { get; } = [];

    public List<ContentDocument<ConferenceYaml>> Conferences { get; } = [];

    public List<ContentDocument<WorkshopYaml>> Workshops { get; } = [];

    public List<ContentDocument<PressReleaseYaml>> PressReleases { get; } = [];

    public List<ContentDocument<WorkingGroupYaml>> WorkingGroups { get; } = [];

    public List<ContentDocument<PageYaml>> Pages { get; } = [];

    public List<ContentDocument<FundingLineYaml>> FundingLines { get; } = [];

    public List<ContentDocument<KeyFigureYaml>> KeyFigures { get; } = [];

    public int Count =>
        SourceDocuments.Count + Departements.Count + Metropoles.Count + LocalContacts.Count + PressContacts.Count + Axes.Count + Intentions.Count
        + Measures.Count + Conferences.Count + Workshops.Count + PressReleases.Count + WorkingGroups.Count
        + Pages.Count + FundingLines.Count + KeyFigures.Count;
}

/// <summary>What reading content/ gave: the valid items and an error for every file or item that is not.</summary>
internal sealed record ContentReadResult(ContentSet Set, IReadOnlyList<ContentError> Errors);

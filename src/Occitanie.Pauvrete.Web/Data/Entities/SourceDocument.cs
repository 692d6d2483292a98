namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A document the portal's facts come from.</summary>
public class SourceDocument : EditableEntity
{
    /// <summary>File name in the sources folder, or the name of a public reference ("insee-cog").</summary>
    public string FileName { get; set; } = "";

    public string Title { get; set; } = "";

    public DateOnly? Date { get; set; }

    public string? Emitter { get; set; }

    public override string Key => FileName;
}

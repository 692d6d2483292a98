namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>What is wrong with a content file, and where: "content/mesures/x.md:12: unknown axis 'y'".</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown while reading one file; the reader turns it into a <see cref="ContentError"/> and skips the file.</summary>
internal sealed class ContentFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

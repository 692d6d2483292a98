using System.Text.Json;
using System.Security.Cryptography;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>
/// A piece of YAML from a content file, with the file line of every key so that errors can point
/// at them: "axis" → 4, "speakers[2].kind" → 17, "[3].code" → 12 for a list file.
/// </summary>
internal sealed class YamlText
{
    private static readonly IDeserializer _deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Lists and mappings inside one another: content files use four at most.</summary>
    public const int MaxDepth = 16;

    private readonly Dictionary<string, int> _lines = [];

    private YamlText(string text, int firstLine)
    {
        Text = text;
        FirstLine = firstLine;
    }

    public string Text { get; }

    /// <summary>File line (1-based) of the YAML's first line.</summary>
    public int FirstLine { get; }

    /// <summary>Parses the YAML; a syntax error is thrown with its file line.</summary>
    public static YamlText Parse(string text, int firstLine)
    {
        var yaml = new YamlText(text, firstLine);
        var stream = new YamlStream();
        try
        {
            yaml.RefuseHostileShapes();
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw yaml.Error(e);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way when the text ends inside an open [ or {.
            var lastLine = firstLine + text.TrimEnd('\n').Split('\n').Length - 1;
            throw new ContentFormatException(lastLine, "the YAML ends inside an unclosed '[', '{' or quote");
        }
        if (stream.Documents.Count > 0)
        {
            yaml.Index(stream.Documents[0].RootNode, "");
        }
        return yaml;
    }

    /// <summary>
    /// Reads the YAML's events once, without building anything, and refuses what would make the
    /// next steps blow up: an anchor or an alias (« billion laughs »: 633 bytes of aliases grew
    /// past 3 GB once expanded; content files never need them), and nesting deeper than
    /// <see cref="MaxDepth"/> (building the document recurses once per level, and the scanner
    /// slows down with the square of the depth). It stops at the first such event.
    /// </summary>
    private void RefuseHostileShapes()
    {
        var parser = new Parser(new StringReader(Text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var line = FirstLine + (int)parser.Current!.Start.Line - 1;
            switch (parser.Current)
            {
                case AnchorAlias:
                    throw new ContentFormatException(line, "YAML aliases (*name) are not allowed in content files: write the value out");
                case NodeEvent { Anchor.IsEmpty: false }:
                    throw new ContentFormatException(line, "YAML anchors (&name) are not allowed in content files: write the value out");
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    throw new ContentFormatException(line, $"the YAML nests lists and mappings more than {MaxDepth} levels deep");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    /// <summary>Maps the YAML to <typeparamref name="T"/>; an unknown key or a wrong type is thrown with its file line.</summary>
    public T Deserialize<T>()
    {
        try
        {
            return _deserializer.Deserialize<T>(Text)
                ?? throw new ContentFormatException(FirstLine, "the YAML is empty");
        }
        catch (YamlException e)
        {
            throw Error(e);
        }
    }

    /// <summary>File line of a key path, or of its nearest parent that exists.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }
            var cut = path.LastIndexOfAny(['.', '[']);
            if (cut <= 0)
            {
                return FirstLine;
            }
            path = path[..cut];
        }
    }

    /// <summary>A stable fingerprint of what an item says, to tell whether its file changed since import.</summary>
    public static string Hash(object value) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType())));

    private ContentFormatException Error(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which the file:line already says.
        var message = e.InnerException is { } inner && e.Message.StartsWith('(') ? inner.Message : e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0)
        {
            message = message[(cut + 3)..];
        }
        return new ContentFormatException(FirstLine + (int)e.Start.Line - 1, message);
    }

    private void Index(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var child = path.Length == 0 ? key.ToString() : $"{path}.{key}";
                    _lines[child] = FirstLine + (int)key.Start.Line - 1;
                    Index(value, child);
                }
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var child = $"{path}[{i}]";
                    _lines[child] = FirstLine + (int)sequence.Children[i].Start.Line - 1;
                    Index(sequence.Children[i], child);
                }
                break;
        }
    }
}

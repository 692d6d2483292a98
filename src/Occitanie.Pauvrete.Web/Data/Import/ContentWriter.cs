using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>
/// Writes the YAML of content/ files the way the repository's files are written (content/README.md):
/// keys in a fixed order per kind, absent values left out, texts in double quotes, markdown as a
/// literal block, lists of references in brackets, lists of records one key per line. The reader
/// (<see cref="ContentReader"/>) reads back exactly what was written: that is the export's rule
/// (decision 0021), tested by exporting, importing into an empty database and exporting again.
/// </summary>
internal static class ContentWriter
{
    /// <summary>A markdown file: front matter, a blank line, the body, one line end.</summary>
    public static string MarkdownFile(YamlMappingNode frontMatter, string body) =>
        $"---\n{Yaml(frontMatter)}---\n" + (body.Length == 0 ? "" : $"\n{body}\n");

    /// <summary>A list file's item, as its own "- key: value" lines.</summary>
    public static string ListItem(YamlNode item) => Yaml(new YamlSequenceNode(item));

    /// <summary>The YAML text of one node, LF line ends, no document markers, lines as long as they are.</summary>
    public static string Yaml(YamlNode node)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n"));
        new YamlStream(new YamlDocument(node)).Save(emitter, assignAnchors: false);
        var yaml = text.ToString().ReplaceLineEndings("\n");
        return yaml.EndsWith("...\n", StringComparison.Ordinal) ? yaml[..^4] : yaml;
    }

    /// <summary>A mapping that leaves out the keys given no value, in the order they are added.</summary>
    public sealed class Map
    {
        public YamlMappingNode Node { get; } = new();

        /// <summary>Text, in double quotes; a text of several lines (markdown) as a literal block.</summary>
        public Map Text(string key, string? value)
        {
            if (value is not null)
            {
                Node.Add(key, Quoted(value));
            }
            return this;
        }

        /// <summary>A word of the format (slug, kind, date): written as is when YAML allows.</summary>
        public Map Word(string key, string? value)
        {
            if (value is not null)
            {
                Node.Add(key, new YamlScalarNode(value) { Style = ScalarStyle.Plain });
            }
            return this;
        }

        public Map Number(string key, decimal? value) =>
            Word(key, value?.ToString("0.############################", CultureInfo.InvariantCulture));

        public Map Number(string key, int? value) => Word(key, value?.ToString(CultureInfo.InvariantCulture));

        /// <summary>Only when true: false is what an absent key means.</summary>
        public Map Flag(string key, bool? value) => value == true ? Word(key, "true") : this;

        /// <summary>References (slugs) in brackets, on one line; none: left out, or <c>[]</c> for the lists every file of a kind writes.</summary>
        public Map Words(string key, IEnumerable<string>? values, bool evenEmpty = false) =>
            Sequence(key, values, s => new YamlScalarNode(s) { Style = ScalarStyle.Plain }, evenEmpty);

        /// <summary>Texts in brackets, on one line; none: left out, or <c>[]</c> for the lists every file of a kind writes.</summary>
        public Map Texts(string key, IEnumerable<string>? values, bool evenEmpty = false) => Sequence(key, values, Quoted, evenEmpty);

        /// <summary>One record under a key, one key per line, indented; none: left out.</summary>
        public Map Record<T>(string key, T? value, Func<T, Map> record)
            where T : class
        {
            if (value is not null)
            {
                Node.Add(key, record(value).Node);
            }
            return this;
        }

        /// <summary>Records, one key per line; none: left out.</summary>
        public Map Records<T>(string key, IEnumerable<T>? values, Func<T, Map> record)
        {
            var items = values?.Select(v => (YamlNode)record(v).Node).ToList() ?? [];
            if (items.Count > 0)
            {
                Node.Add(key, new YamlSequenceNode(items) { Style = SequenceStyle.Block });
            }
            return this;
        }

        private Map Sequence(string key, IEnumerable<string>? values, Func<string, YamlScalarNode> scalar, bool evenEmpty)
        {
            var items = values?.Select(v => (YamlNode)scalar(v)).ToList() ?? [];
            if (items.Count > 0 || evenEmpty)
            {
                Node.Add(key, new YamlSequenceNode(items) { Style = SequenceStyle.Flow });
            }
            return this;
        }

        private static YamlScalarNode Quoted(string value) =>
            new(value) { Style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted };
    }
}

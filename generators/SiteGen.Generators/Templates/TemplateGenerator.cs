using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Templates;

namespace SiteGen.Generators.Templates
{
    /// <summary>
    /// Checks the report's templates (<c>templates/**/*.sbn-html</c>) against the view records they render, so a
    /// template that does not parse, or uses a value its view does not have, fails the build at its line and column,
    /// like a front-matter mistake; and, when none does, writes them as C# (<see cref="CompiledTemplateSource"/>).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TemplateGenerator : IIncrementalGenerator
    {
        public const string TemplatesRootProperty = "build_property.SiteGenTemplatesRoot";

        private const string Category = "SiteGen.Templates";
        private const string Layout = TemplateRules.LayoutName;
        private const string PartialsFolder = TemplateRules.PartialsFolder;

        public static class TrackingNames
        {
            public const string Template = nameof(Template);
            public const string Views = nameof(Views);
        }

        private static readonly DiagnosticDescriptor Invalid = new(
            TemplateRules.InvalidId, "Template does not parse or is missing", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor Failed = new(
            TemplateRules.FailedId, "Template uses a value that does not exist", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor Interpreted = new(
            TemplateRules.InterpretedId, "Template rendered by the interpreter", "{0}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[] { Invalid, Failed, Interpreted };

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var root = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) =>
                    options.GlobalOptions.TryGetValue(TemplatesRootProperty, out var value) && value.Trim().Length > 0 ? value.Trim() : null);

            var templates = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(TemplateRules.Extension, StringComparison.OrdinalIgnoreCase))
                .Combine(root)
                .Select(static (pair, cancellationToken) => TemplateSource.Of(pair.Left.Path, pair.Right, pair.Left.GetText(cancellationToken)?.ToString()))
                .WithTrackingName(TrackingNames.Template)
                .Collect();

            var views = context.CompilationProvider
                .Select(static (compilation, _) => ViewCatalogue.Read(compilation))
                .WithTrackingName(TrackingNames.Views);

            context.RegisterSourceOutput(templates.Combine(views), static (output, input) =>
            {
                var result = Compile(input.Left, input.Right);
                foreach (var diagnostic in result.Diagnostics)
                {
                    output.ReportDiagnostic(diagnostic);
                }

                if (result.Source != null)
                {
                    output.AddSource(SourceName, result.Source);
                }
            });
        }

        internal const string SourceName = "CompiledTemplates.g.cs";

        /// <summary>
        /// The problems of the templates (those below the templates folder; the others are null) against <paramref name="views"/>, and, when there
        /// are none, the C# of those that compile (null when the layout does not, since every page is written inside it).
        /// </summary>
        internal static (IReadOnlyList<Diagnostic> Diagnostics, string? Source) Compile(ImmutableArray<TemplateSource?> sources, ViewCatalogue views)
        {
            var diagnostics = new List<Diagnostic>();
            var templates = sources.Where(s => s != null).Select(s => s!).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            if (views.IsEmpty || templates.Count == 0)
            {
                return (diagnostics, null);
            }

            var parsed = new Dictionary<string, ScriptPage>(StringComparer.Ordinal);
            foreach (var source in templates)
            {
                var template = Template.Parse(source.Text, source.Path);
                var error = template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error);
                if (error != null)
                {
                    diagnostics.Add(Diagnostic.Create(Invalid, TemplateProblem.LocationOf(error.Span), TemplateRules.NotParsed(error.Message)));
                }
                else if (template.Page != null)
                {
                    parsed[source.Name] = template.Page;
                }
            }

            var partials = parsed.Where(p => p.Key.StartsWith(PartialsFolder, StringComparison.Ordinal))
                .ToDictionary(p => p.Key.Substring(PartialsFolder.Length), p => p.Value, StringComparer.Ordinal);
            var compiler = new TemplateCompiler(views, partials);
            var compiled = new CompiledTemplateSource(templates);
            var information = new List<Diagnostic>();
            foreach (var template in views.ViewOfTemplate.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                if (parsed.TryGetValue(template.Key, out var page))
                {
                    var isLayout = template.Key == Layout;
                    var code = compiler.Compile(page, template.Value, isLayout, out var included);
                    if (code != null)
                    {
                        compiled.Add(template.Key, template.Value, code, included.Select(p => PartialsFolder + p));
                    }
                    else if (compiler.Interpreted is { } construct)
                    {
                        information.Add(Diagnostic.Create(Interpreted, TemplateProblem.LocationOf(construct.Span),
                            TemplateRules.Interpreted(template.Key + TemplateRules.Extension, construct.ToString() ?? string.Empty)));
                    }
                    else if (isLayout)
                    {
                        information.Add(Diagnostic.Create(Interpreted, TemplateProblem.LocationOf(page.Span), TemplateRules.LayoutNotCompiled));
                    }
                }
                else if (!templates.Any(t => t.Name == template.Key))
                {
                    diagnostics.Add(Diagnostic.Create(Invalid, Location.None, template.Key == Layout
                        ? TemplateRules.NoLayout
                        : TemplateRules.NoPageTemplate(template.Key.Substring(template.Key.IndexOf('/') + 1))));
                }
            }

            foreach (var problem in compiler.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Start.Offset))
            {
                diagnostics.Add(Diagnostic.Create(problem.Id == TemplateRules.InvalidId ? Invalid : Failed, problem.Location, problem.Message));
            }

            return diagnostics.Count == 0 ? (information, compiled.Source()) : (diagnostics, null);
        }
    }
}

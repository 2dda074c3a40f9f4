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
    /// like a front-matter mistake. It generates no code.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TemplateGenerator : IIncrementalGenerator
    {
        public const string TemplatesRootProperty = "build_property.SiteGenTemplatesRoot";

        private const string Category = "SiteGen.Templates";
        private const string Layout = "layout";
        private const string PartialsFolder = "partials/";

        public static class TrackingNames
        {
            public const string Template = nameof(Template);
            public const string Views = nameof(Views);
        }

        private static readonly DiagnosticDescriptor Invalid = new(
            TemplateRules.InvalidId, "Template does not parse or is missing", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor Failed = new(
            TemplateRules.FailedId, "Template uses a value that does not exist", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[] { Invalid, Failed };

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
                .Select(static (compilation, _) => ViewCatalog.Read(compilation))
                .WithTrackingName(TrackingNames.Views);

            context.RegisterSourceOutput(templates.Combine(views).Combine(root), static (output, input) =>
            {
                foreach (var diagnostic in Check(input.Left.Left, input.Left.Right, input.Right))
                {
                    output.ReportDiagnostic(diagnostic);
                }
            });
        }

        /// <summary>The problems of the templates below <paramref name="root"/> against <paramref name="views"/>.</summary>
        internal static IEnumerable<Diagnostic> Check(ImmutableArray<TemplateSource?> sources, ViewCatalog views, string? root)
        {
            var templates = sources.Where(s => s != null).Select(s => s!).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            if (root == null || views.IsEmpty || templates.Count == 0)
            {
                yield break;
            }

            var parsed = new Dictionary<string, ScriptPage>(StringComparer.Ordinal);
            foreach (var source in templates)
            {
                var template = Template.Parse(source.Text, source.Path);
                var error = template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error);
                if (error != null)
                {
                    yield return Diagnostic.Create(Invalid, new TemplateProblem(TemplateRules.InvalidId, error.Span, string.Empty).Location, TemplateRules.NotParsed(error.Message));
                }
                else if (template.Page != null)
                {
                    parsed[source.Name] = template.Page;
                }
            }

            var partials = parsed.Where(p => p.Key.StartsWith(PartialsFolder, StringComparison.Ordinal))
                .ToDictionary(p => p.Key.Substring(PartialsFolder.Length), p => p.Value, StringComparer.Ordinal);
            var checker = new TemplateChecker(views, partials);
            foreach (var template in views.ViewOfTemplate.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                if (parsed.TryGetValue(template.Key, out var page))
                {
                    if (template.Key == Layout)
                    {
                        checker.Check(page, template.Value, "content");
                    }
                    else
                    {
                        checker.Check(page, template.Value);
                    }
                }
                else if (!templates.Any(t => t.Name == template.Key))
                {
                    yield return Diagnostic.Create(Invalid, Location.None, template.Key == Layout
                        ? TemplateRules.NoLayout
                        : TemplateRules.NoPageTemplate(template.Key.Substring(template.Key.IndexOf('/') + 1)));
                }
            }

            foreach (var problem in checker.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Start.Offset))
            {
                yield return Diagnostic.Create(problem.Id == TemplateRules.InvalidId ? Invalid : Failed, problem.Location, problem.Message);
            }
        }
    }
}

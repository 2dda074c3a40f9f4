using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Templates;

namespace SiteGen.Render;

/// <summary>A template used a name its view does not have.</summary>
internal sealed class TemplateValueException(SourceSpan span, string name, string viewName, string? closest, string? why = null)
    : ScriptRuntimeException(span, why != null ? TemplateRules.NoMembers(name, why) : TemplateRules.UnknownValue(name, viewName, closest))
{
}

using Scriban.Parsing;
using Scriban.Syntax;

namespace SiteGen.Render;

/// <summary>A template used a name its view does not have.</summary>
internal sealed class TemplateValueException(SourceSpan span, string name, string viewName, string? closest, string? why = null)
    : ScriptRuntimeException(span, why != null
        ? $"'{name}' is not a value here: {why}"
        : $"'{name}' is not a value of {viewName}" + (closest != null ? $"; did you mean '{closest}'?" : string.Empty))
{
}

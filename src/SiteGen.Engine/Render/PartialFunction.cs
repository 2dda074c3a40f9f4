using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Templates;

namespace SiteGen.Render;

/// <summary>
/// <c>{{ include 'person-list' people: mentioned_with }}</c>: writes the partial <c>partials/person-list.sbn-html</c>
/// into the page, with each named argument a value of its own inside the partial. Unlike Scriban's own include, the
/// partial is not made into a string first (which the page would then encode as a value).
/// </summary>
internal sealed class PartialFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(span, TemplateRules.PartialNameNeeded);
        }

        var site = (HtmlTemplateContext)context;
        var partial = site.Partial(name) ?? throw new ScriptRuntimeException(span, TemplateRules.NoPartial(name));
        site.WritePartial(partial, callerContext);
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "partial_name") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => -1;
}

using System.Globalization;
using System.Reflection;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Buffers;
using SiteGen.Markdown;
using SiteGen.Model.Views;
using SiteGen.Validation;
using SiteGen.Html;

namespace SiteGen.Render;

/// <summary>
/// How SiteGen runs a Scriban template: every value an expression writes is HTML-encoded, except HTML the engine made
/// itself (<see cref="Utf8Html"/>: rendered Markdown, charts), which is written as it is; a name that is not a value
/// of the view is an error naming the closest one; templates reach the view records' properties and nothing else of
/// .NET; partials are written into the page, not made into strings. One per thread: a context is not thread-safe.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>The name under which the layout writes the page.</summary>
    public const string ContentName = "content";

    /// <summary>The built-in objects a member was taken from (<see cref="SiteGen.Templates.TemplateRules.NotAllowed"/>), by their names.</summary>
    private static readonly Dictionary<ScriptObject, string> RemovedFrom = new(ReferenceEqualityComparer.Instance);

    private static readonly ScriptObject Builtins = CreateBuiltins();

    private readonly Func<string, Template?> _partials;
    private readonly ScriptObject _layoutValues = new();
    private readonly ScriptObject _pageValues = new();
    private readonly List<ScriptObject> _partialValues = [];
    private int _partialDepth;
    private PageOutput? _output;
    private (Template Template, object View)? _page;
    private Type _viewType = typeof(LayoutView);

    public HtmlTemplateContext(Func<string, Template?> partials)
        : base(Builtins)
    {
        _partials = partials;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        LoopLimit = TemplateSet.IterationLimit;
        RecursiveLimit = TemplateSet.PartialDepthLimit;
        LimitToString = 0;
        MemberRenamer = StandardMemberRenamer.Default;
        MemberFilter = IsViewMember;
        TryGetMember = UnknownMember;
        TryGetVariable = UnknownVariable;
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <summary>Renders <paramref name="page"/> with its view inside <paramref name="layout"/> into <paramref name="buffer"/>.</summary>
    public void Render(Template layout, LayoutView layoutView, Template page, object pageView, Utf8TextBuffer buffer)
    {
        if (_output?.Page != buffer)
        {
            _output = new PageOutput(buffer);
        }

        SetValues(_layoutValues, layoutView);
        _layoutValues.SetValue(ContentName, PageSlot.Instance, true);
        _page = (page, pageView);
        _viewType = typeof(LayoutView);
        PushOutput(_output);
        PushGlobal(_layoutValues);
        try
        {
            layout.Render(this);
            if (_page != null)
            {
                throw new ScriptRuntimeException(layout.Page!.Span, $"the layout never writes the page: put {{{{ {ContentName} }}}} where it goes");
            }
        }
        finally
        {
            PopGlobal();
            PopOutput();
        }
    }

    /// <summary>The partial of that name, for <see cref="PartialFunction"/>.</summary>
    public Template? Partial(string name) => _partials(name);

    /// <summary>
    /// Writes <paramref name="partial"/> into the page, each named argument of the call a value of the partial above
    /// the page's own, which it also sees. The sets of values are one per depth of partials, kept between pages.
    /// </summary>
    public void WritePartial(Template partial, ScriptNode? callerContext)
    {
        if (_partialValues.Count <= _partialDepth)
        {
            _partialValues.Add(new ScriptObject());
        }

        var values = _partialValues[_partialDepth++];
        values.Clear();
        EnterRecursive(callerContext);
        try
        {
            foreach (var argument in (callerContext as ScriptFunctionCall)?.Arguments.OfType<ScriptNamedArgument>() ?? [])
            {
                if (argument.Name?.Name is { } name && argument.Value != null)
                {
                    values.SetValue(name, argument.Value.Evaluate(this), readOnly: true);
                }
            }

            PushGlobal(values);
            try
            {
                partial.Render(this);
            }
            finally
            {
                PopGlobal();
            }
        }
        finally
        {
            ExitRecursive(callerContext);
            _partialDepth--;
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var page = _output!.Page;
        switch (textAsObject)
        {
            case null:
                break;
            case Utf8Html html:
                page.WriteUtf8(html.Bytes);
                break;
            case string text:
                HtmlText.Encode(text, page);
                break;
            case PageSlot:
                WritePage(span);
                break;
            default:
                HtmlText.Encode(ObjectToString(textAsObject) ?? string.Empty, page);
                break;
        }

        return this;
    }

    /// <summary>The page, in place of the layout's <c>{{ content }}</c>, with its own view's values and not the layout's.</summary>
    private void WritePage(SourceSpan span)
    {
        if (_page is not { } page)
        {
            throw new ScriptRuntimeException(span, $"the page is written once, by the layout's {{{{ {ContentName} }}}}");
        }

        _page = null;
        var layoutValues = PopGlobal();
        SetValues(_pageValues, page.View);
        _viewType = page.View.GetType();
        PushGlobal(_pageValues);
        try
        {
            page.Template.Render(this);
        }
        finally
        {
            PopGlobal();
            PushGlobal(layoutValues);
            _viewType = typeof(LayoutView);
        }
    }

    /// <summary>A view's values, in Scriban's names: the properties are looked up once per view type, not once per page.</summary>
    private static void SetValues(ScriptObject values, object view)
    {
        values.Clear();
        foreach (var (name, property) in Properties(view.GetType()))
        {
            values.SetValue(name, property.GetValue(view), readOnly: true);
        }
    }

    private static (string Name, PropertyInfo Property)[] Properties(Type view) =>
        ViewProperties.GetOrAdd(view, type => [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsViewMember).Select(p => (StandardMemberRenamer.Rename(p.Name), p))]);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> ViewProperties = new();

    /// <summary>Templates see the properties of the view records, and no other member of any .NET type.</summary>
    private static bool IsViewMember(MemberInfo member) =>
        member is PropertyInfo { GetMethod.IsPublic: true } && member.DeclaringType?.Namespace == typeof(LayoutView).Namespace;

    private bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        var known = ViewMembers(_viewType);
        throw new TemplateValueException(span, variable.Name, _viewType.Name, Closest.To(variable.Name, known));
    }

    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (target is ScriptObject builtin && RemovedFrom.TryGetValue(builtin, out var owner) && SiteGen.Templates.TemplateRules.IsNotAllowed(owner, member))
        {
            throw new ScriptRuntimeException(span, SiteGen.Templates.TemplateRules.NotAllowedHere(owner + "." + member));
        }

        var type = target.GetType();
        var known = ViewMembers(type);
        if (known.Count == 0)
        {
            throw new TemplateValueException(span, member, type.Name, closest: null, DescribeValue(target));
        }

        throw new TemplateValueException(span, member, type.Name, Closest.To(member, known));
    }

    private static string DescribeValue(object value) => value switch
    {
        string => "text",
        System.Collections.IEnumerable => SiteGen.Templates.TemplateRules.ListDescription,
        _ when value.GetType().IsPrimitive => "number",
        _ => value.GetType().Name,
    };

    /// <summary>The names a view record offers templates, as Scriban spells them.</summary>
    private static IReadOnlyList<string> ViewMembers(Type view) => [.. Properties(view).Select(p => p.Name)];

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        foreach (var name in SiteGen.Templates.TemplateRules.NotAllowed)
        {
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (builtins[name[..dot]] is ScriptObject owner && owner.Remove(name[(dot + 1)..]))
            {
                RemovedFrom[owner] = name[..dot];
            }
        }

        // Scriban's include renders a partial into a string, which would then be encoded as a value; include_join the same.
        builtins.Remove("include");
        builtins.Remove("include_join");
        builtins.SetValue("include", new PartialFunction(), true);
        // Every value is encoded when it is written: html.escape, which Scriban's templates use for that, gives the value
        // as it is, so it is encoded once.
        builtins.Remove("html");
        var html = new ScriptObject();
        html.Import("escape", new Func<object?, object?>(value => value));
        builtins.SetValue("html", html, true);
        return builtins;
    }

    /// <summary>What the layout's <c>{{ content }}</c> is: the page, rendered when it is written.</summary>
    private sealed class PageSlot
    {
        public static readonly PageSlot Instance = new();
    }
}

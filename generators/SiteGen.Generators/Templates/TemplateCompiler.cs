using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Scriban.Functions;
using Scriban.Syntax;
using SiteGen.Generators.Emit;
using SiteGen.Validation;
using SiteGen.Templates;

namespace SiteGen.Generators.Templates
{
    /// <summary>
    /// Reads a parsed template the way the site's renderer runs it, knowing the type of every value: the layout sees
    /// <c>LayoutView</c> and <c>content</c>, a page its view record, a partial its caller's values, loop variables and
    /// named arguments. A name that is not a value there, a member a value does not have, a <c>for</c> over something
    /// that is not a list and an <c>include</c> of a partial that does not exist are problems at their line and column.
    /// What it cannot know (what a function or pipe gives) is not checked; the renderer still checks it on each page.
    /// </summary>
    /// <remarks>
    /// The same reading writes the template as C# when asked (<see cref="Compile"/>): literal text as UTF-8, each value
    /// written by its type, conditions as Scriban decides them, loops over typed lists, partials written in place with
    /// their arguments as locals. A construct outside that (a function, a pipe, an assignment, a value that is not text,
    /// a number, a flag or engine-made HTML written as it is) leaves the template to the renderer's interpreter.
    /// </remarks>
    internal sealed class TemplateCompiler
    {
        private const string Writer = "w";
        private const string Page = "page";

        /// <summary>Scriban's built-in objects (<c>string</c>, <c>array</c>, <c>html</c>…) and SiteGen's <c>include</c>, as the renderer offers them.</summary>
        private static readonly HashSet<string> Builtins = new(new BuiltinFunctions().GetMembers().Where(name => name != "include_join").Concat(new[] { "include" }), StringComparer.Ordinal);

        private readonly ViewCatalogue _views;
        private readonly IReadOnlyDictionary<string, ScriptPage> _partials;
        private readonly HashSet<TemplateProblem> _problems = new();
        private readonly HashSet<string> _partialsChecked = new(StringComparer.Ordinal);
        private readonly Stack<string> _including = new();

        private SourceWriter? _code;
        private bool _compilable;
        private int _depth;
        private int _locals;
        private int _contents;
        private HashSet<string> _read = new(StringComparer.Ordinal);

        public TemplateCompiler(ViewCatalogue views, IReadOnlyDictionary<string, ScriptPage> partials)
        {
            _views = views;
            _partials = partials;
        }

        public IEnumerable<TemplateProblem> Problems => _problems;

        /// <summary>After <see cref="Compile"/> gave null: the construct that is not compiled (null for a layout that does not write the page once, at its top level).</summary>
        public ScriptNode? Interpreted { get; private set; }

        /// <summary>
        /// Checks the template and writes it as the body of a method whose view is <c>v</c> and writer <c>w</c>; null if
        /// it uses what is not compiled. <paramref name="partials"/> gets the partials it writes in place.
        /// </summary>
        public string? Compile(ScriptPage template, string view, bool isLayout, out IReadOnlyCollection<string> partials)
        {
            _code = new SourceWriter();
            _compilable = true;
            Interpreted = null;
            _depth = 0;
            _locals = 0;
            _contents = 0;
            _read = new HashSet<string>(StringComparer.Ordinal);
            Statement(template.Body, ScopeOf(view, isLayout));
            partials = _read;
            var code = _code.ToString();
            _code = null;
            return _compilable && (!isLayout || _contents == 1) ? code : null;
        }

        private Scope ScopeOf(string view, bool isLayout)
        {
            var globals = new Dictionary<string, Typed>(StringComparer.Ordinal);
            foreach (var member in _views.Members.TryGetValue(view, out var members) ? members : default)
            {
                globals[member.Name] = new Typed(member.Type, "v." + member.Property);
            }

            if (isLayout)
            {
                globals["content"] = new Typed(TemplateType.Any, null);
            }

            return new Scope(view, globals, new List<KeyValuePair<string, Typed>>(), isLayout);
        }

        private void Statement(ScriptNode? node, Scope scope)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptRawStatement raw:
                    var text = raw.Text.ToString();
                    if (text.Length > 0)
                    {
                        Emit(Writer + ".Literal(" + SymbolDisplay.FormatLiteral(text, quote: true) + "u8);");
                    }

                    return;
                case ScriptBlockStatement block:
                    foreach (var statement in block.Statements)
                    {
                        Statement(statement, scope);
                    }

                    return;
                case ScriptExpressionStatement expression:
                    Write(expression.Expression, scope);
                    return;
                case ScriptIfStatement conditional:
                    If(conditional, scope);
                    return;
                case ScriptElseStatement otherwise:
                    Statement(otherwise.Body, scope);
                    return;
                case ScriptForStatement loop:
                    For(loop, scope);
                    return;
                case ScriptEscapeStatement:
                case ScriptNopStatement:
                case ScriptEndStatement:
                    // {{ and }} themselves, empty statements and the end of a block: nothing is written.
                    return;
                default:
                    Unsupported(node);
                    Children(node, scope);
                    return;
            }
        }

        /// <summary>An expression on its own writes its value (nothing when it is null).</summary>
        private void Write(ScriptExpression? expression, Scope scope)
        {
            if (expression is ScriptVariable { Name: "content" } && IsLayoutContent(scope))
            {
                // The page is written once: a layout that writes it inside a condition or a loop is left to the renderer, which checks that at run time.
                if (_depth > 0)
                {
                    Unsupported(expression);
                }

                _contents++;
                Emit("WritePage(" + Page + ", " + Writer + ");");
                return;
            }

            if (expression is ScriptFunctionCall call && call.Target is ScriptVariable { Name: "include" })
            {
                Include(call, scope);
                return;
            }

            var value = TypeOf(expression, scope);
            var method = value.Type.Kind switch
            {
                TemplateTypeKind.Text => "Text",
                TemplateTypeKind.Number => "Number",
                TemplateTypeKind.Bool => "Bool",
                TemplateTypeKind.Html => "Html",
                _ => null,
            };

            if (method == null || value.Code == null)
            {
                Unsupported(expression);
                return;
            }

            Emit(Writer + "." + method + "(" + value.Code + ");");
        }

        private static bool IsLayoutContent(Scope scope) =>
            scope.IsLayout && scope.Locals.All(l => l.Key != "content") && scope.Globals.TryGetValue("content", out var content) && content.Type.Kind == TemplateTypeKind.Any && content.Code == null;

        private void If(ScriptIfStatement conditional, Scope scope)
        {
            var condition = Condition(conditional.Condition, scope);
            Emit("if (" + (condition ?? "false") + ")");
            Block(conditional.Then, scope);
            if (conditional.Else != null)
            {
                Emit("else");
                Block(conditional.Else, scope);
            }
        }

        private void Block(ScriptNode? node, Scope scope)
        {
            _code?.Open();
            _depth++;
            Statement(node, scope);
            _depth--;
            _code?.Close();
        }

        private void For(ScriptForStatement loop, Scope scope)
        {
            var list = TypeOf(loop.Iterator, scope);
            var element = list.Type.Kind switch
            {
                TemplateTypeKind.List => list.Type.Element!,
                TemplateTypeKind.Text => TemplateType.Text,
                TemplateTypeKind.Any => TemplateType.Any,
                _ => Report(TemplateRules.FailedId, loop.Iterator, TemplateRules.NotAList(loop.Iterator?.ToString() ?? string.Empty, list.Type.Name)).Type,
            };

            if (list.Type.Kind != TemplateTypeKind.List || list.Code == null || loop.NamedArguments is { Count: > 0 })
            {
                Unsupported(loop.Iterator);
            }

            foreach (var argument in loop.NamedArguments ?? Enumerable.Empty<ScriptNamedArgument>())
            {
                TypeOf(argument.Value, scope);
            }

            var n = "l" + (++_locals).ToString(CultureInfo.InvariantCulture);
            var name = (loop.Variable as ScriptVariable)?.Name;
            scope.Locals.Add(new KeyValuePair<string, Typed>("for", new Typed(TemplateType.Loop, n)));
            if (name != null)
            {
                scope.Locals.Add(new KeyValuePair<string, Typed>(name, new Typed(element, n)));
            }

            // Scriban goes through a null list without its else, and knows the last item by looking one ahead.
            _code?.Open();
            Emit("var " + n + "list = " + (list.Code ?? "default(object)") + ";");
            _code?.Open("if (" + n + "list != null)");
            var hasElse = loop.Else != null;
            if (hasElse)
            {
                Emit("var " + n + "any = false;");
            }

            _code?.Open("using (var " + n + "e = " + n + "list.GetEnumerator())");
            Emit("var " + n + "i = 0;");
            Emit("var " + n + "more = " + n + "e.MoveNext();");
            _code?.Open("while (" + n + "more)");
            if (hasElse)
            {
                Emit(n + "any = true;");
            }

            Emit("var " + n + " = " + n + "e.Current;");
            Emit(n + "more = " + n + "e.MoveNext();");
            Emit("var " + n + "last = !" + n + "more;");
            _depth++;
            Statement(loop.Body, scope);
            _depth--;
            Emit(n + "i++;");
            _code?.Close();
            _code?.Close();
            scope.Locals.RemoveRange(scope.Locals.Count - (name != null ? 2 : 1), name != null ? 2 : 1);
            if (hasElse)
            {
                Emit("if (!" + n + "any)");
                Block(loop.Else, scope);
            }

            _code?.Close();
            _code?.Close();
        }

        private string? Condition(ScriptExpression? expression, Scope scope)
        {
            var value = TypeOf(expression, scope);
            return value.Code == null ? Unsupported<string>(expression) : Truthy(value);
        }

        private static string Truthy(Typed value) => "global::SiteGen.Render.Compiled.Truth.Of(" + value.Code + ")";

        private Typed TypeOf(ScriptNode? node, Scope scope)
        {
            switch (node)
            {
                case null:
                    return new Typed(TemplateType.Any, null);
                case ScriptLiteral literal:
                    return literal.Value switch
                    {
                        string text => new Typed(TemplateType.Text, SymbolDisplay.FormatLiteral(text, quote: true)),
                        bool flag => new Typed(TemplateType.Bool, flag ? "true" : "false"),
                        int number => new Typed(TemplateType.Number, number.ToString(CultureInfo.InvariantCulture)),
                        null => new Typed(TemplateType.Any, null),
                        _ => new Typed(TemplateType.Number, null),
                    };
                case ScriptVariable variable:
                    return Variable(variable, scope);
                case ScriptMemberExpression { Target: ScriptVariable owner, Member: { } name } member
                    when TemplateRules.IsNotAllowed(owner.Name, name.Name) && Builtins.Contains(owner.Name) && !Declared(owner.Name, scope):
                    Unsupported(member);
                    return Report(TemplateRules.FailedId, name, TemplateRules.NotAllowedHere(owner.Name + "." + name.Name));
                case ScriptMemberExpression { Member: { } name } member:
                    return Member(TypeOf(member.Target, scope), member.Target, name);
                case ScriptFunctionCall call when call.Target is ScriptVariable { Name: "include" }:
                    Include(call, scope);
                    return new Typed(TemplateType.Any, null);
                case ScriptAssignExpression assign:
                    var assigned = TypeOf(assign.Value, scope);
                    if (assign.Target is ScriptVariableGlobal target)
                    {
                        scope.Globals[target.Name] = new Typed(assigned.Type, null);
                    }
                    else
                    {
                        TypeOf(assign.Target, scope);
                    }

                    return new Typed(TemplateType.Any, null);
                case ScriptNestedExpression nested:
                    var inner = TypeOf(nested.Expression, scope);
                    return new Typed(inner.Type, inner.Code == null ? null : "(" + inner.Code + ")");
                case ScriptUnaryExpression unary:
                    var operand = TypeOf(unary.Right, scope);
                    return unary.Operator == ScriptUnaryOperator.Not
                        ? new Typed(TemplateType.Bool, operand.Code == null ? null : "!" + Truthy(operand))
                        : new Typed(TemplateType.Any, null);
                case ScriptBinaryExpression binary:
                    return Binary(binary, scope);
                case ScriptIndexerExpression indexer:
                    var indexed = TypeOf(indexer.Target, scope);
                    var index = TypeOf(indexer.Index, scope);
                    return indexed.Type.Kind == TemplateTypeKind.List
                        ? new Typed(indexed.Type.Element!, indexed.Code == null || index.Type.Kind != TemplateTypeKind.Number || index.Code == null ? null
                            : "global::SiteGen.Render.Compiled.ListItem.At(" + indexed.Code + " ?? throw NullValue(" + SymbolDisplay.FormatLiteral(indexer.Target?.ToString() ?? string.Empty, quote: true)
                              + ", " + SymbolDisplay.FormatLiteral(indexer.ToString() ?? string.Empty, quote: true) + ", " + Place(indexer) + "), " + index.Code + ")")
                        : new Typed(TemplateType.Any, null);
                default:
                    Children(node, scope);
                    return new Typed(TemplateType.Any, null);
            }
        }

        /// <summary>Whether the template gives <paramref name="name"/> a value of its own (a loop variable, an assignment, a view's member), hiding a built-in.</summary>
        private static bool Declared(string name, Scope scope) =>
            scope.Locals.Any(l => l.Key == name) || scope.Globals.ContainsKey(name);

        private Typed Binary(ScriptBinaryExpression binary, Scope scope)
        {
            var left = TypeOf(binary.Left, scope);
            var right = TypeOf(binary.Right, scope);
            var sameKind = left.Type.Kind == right.Type.Kind && left.Type.Kind is TemplateTypeKind.Text or TemplateTypeKind.Number or TemplateTypeKind.Bool;
            string? op = binary.Operator switch
            {
                ScriptBinaryOperator.CompareEqual when sameKind => "==",
                ScriptBinaryOperator.CompareNotEqual when sameKind => "!=",
                ScriptBinaryOperator.CompareLess when sameKind && left.Type.Kind == TemplateTypeKind.Number => "<",
                ScriptBinaryOperator.CompareGreater when sameKind && left.Type.Kind == TemplateTypeKind.Number => ">",
                ScriptBinaryOperator.CompareLessOrEqual when sameKind && left.Type.Kind == TemplateTypeKind.Number => "<=",
                ScriptBinaryOperator.CompareGreaterOrEqual when sameKind && left.Type.Kind == TemplateTypeKind.Number => ">=",
                _ => null,
            };

            if (op != null && left.Code != null && right.Code != null)
            {
                return new Typed(TemplateType.Bool, "(" + left.Code + " " + op + " " + right.Code + ")");
            }

            if (binary.Operator is ScriptBinaryOperator.And or ScriptBinaryOperator.Or && left.Code != null && right.Code != null)
            {
                return new Typed(TemplateType.Bool, "(" + Truthy(left) + (binary.Operator == ScriptBinaryOperator.And ? " && " : " || ") + Truthy(right) + ")");
            }

            return new Typed(binary.Operator is ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual or ScriptBinaryOperator.CompareLess
                or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareLessOrEqual or ScriptBinaryOperator.CompareGreaterOrEqual
                ? TemplateType.Bool
                : TemplateType.Any, null);
        }

        private Typed Variable(ScriptVariable variable, Scope scope)
        {
            for (var i = scope.Locals.Count - 1; i >= 0; i--)
            {
                if (scope.Locals[i].Key == variable.Name)
                {
                    return scope.Locals[i].Value;
                }
            }

            if (scope.Globals.TryGetValue(variable.Name, out var global))
            {
                return global;
            }

            if (Builtins.Contains(variable.Name))
            {
                return new Typed(TemplateType.Any, null);
            }

            var members = _views.Members.TryGetValue(scope.View, out var all) ? all.Select(m => m.Name) : Enumerable.Empty<string>();
            return Report(TemplateRules.FailedId, variable, TemplateRules.UnknownValue(variable.Name, scope.View, Closest.To(variable.Name, members)));
        }

        private Typed Member(Typed target, ScriptExpression? targetNode, ScriptVariable member)
        {
            var name = member.Name;
            var checkedTarget = target.Code == null ? null
                : "(" + target.Code + " ?? throw NullValue(" + SymbolDisplay.FormatLiteral(targetNode?.ToString() ?? string.Empty, quote: true) + ", "
                  + SymbolDisplay.FormatLiteral((targetNode?.ToString() ?? string.Empty) + "." + name, quote: true) + ", "
                  + Place(member) + "))";
            switch (target.Type.Kind)
            {
                case TemplateTypeKind.Any:
                    return new Typed(TemplateType.Any, null);
                case TemplateTypeKind.View:
                    var members = _views.Members.TryGetValue(target.Type.Name, out var all) ? all : default;
                    var found = members.IsDefault ? null : members.FirstOrDefault(m => m.Name == name);
                    return found != null
                        ? new Typed(found.Type, checkedTarget == null ? null : checkedTarget + "." + found.Property)
                        : Report(TemplateRules.FailedId, member, TemplateRules.UnknownValue(name, target.Type.Name, Closest.To(name, members.IsDefault ? Enumerable.Empty<string>() : members.Select(m => m.Name))));
                case TemplateTypeKind.Loop:
                    // The parser itself refuses a member of for that Scriban does not have.
                    var n = target.Code;
                    return name switch
                    {
                        "index" => new Typed(TemplateType.Number, n + "i"),
                        "first" => new Typed(TemplateType.Bool, "(" + n + "i == 0)"),
                        "last" => new Typed(TemplateType.Bool, n + "last"),
                        "even" => new Typed(TemplateType.Bool, "(" + n + "i % 2 == 0)"),
                        "odd" => new Typed(TemplateType.Bool, "(" + n + "i % 2 == 1)"),
                        "changed" => new Typed(TemplateType.Bool, null),
                        _ => new Typed(TemplateType.Number, null),
                    };
                case TemplateTypeKind.List when name == "size":
                    return new Typed(TemplateType.Number, checkedTarget == null ? null : "global::System.Linq.Enumerable.Count(" + checkedTarget + ")");
                case TemplateTypeKind.Text when name == "size":
                    return new Typed(TemplateType.Number, checkedTarget == null ? null : checkedTarget + ".Length");
                default:
                    return Report(TemplateRules.FailedId, member, TemplateRules.NoMembers(name, target.Type.Name));
            }
        }

        /// <summary>
        /// <c>include 'name' a: x</c>: the partial is checked with its caller's values and loop variables and its named
        /// arguments (once for each different set of their types), and, when compiling, written in place.
        /// </summary>
        private void Include(ScriptFunctionCall call, Scope scope)
        {
            var arguments = call.Arguments;
            if (arguments.Count == 0 || arguments[0] is not ScriptLiteral { Value: string name })
            {
                Report(TemplateRules.FailedId, call, TemplateRules.PartialNameNeeded);
                Unsupported(call);
                return;
            }

            var globals = new Dictionary<string, Typed>(scope.Globals, StringComparer.Ordinal);
            var values = new List<KeyValuePair<string, string>>();
            foreach (var argument in arguments.OfType<ScriptNamedArgument>())
            {
                var value = TypeOf(argument.Value, scope);
                if (argument.Name?.Name is { } argumentName)
                {
                    var local = "p" + (++_locals).ToString(CultureInfo.InvariantCulture);
                    globals[argumentName] = new Typed(value.Type, value.Code == null ? null : local);
                    if (value.Code == null)
                    {
                        Unsupported(argument);
                    }
                    else
                    {
                        values.Add(new KeyValuePair<string, string>(local, value.Code));
                    }
                }
            }

            if (arguments.Skip(1).Any(a => a is not ScriptNamedArgument))
            {
                Unsupported(call);
            }

            if (!_partials.TryGetValue(name, out var partial))
            {
                Report(TemplateRules.FailedId, arguments[0], TemplateRules.NoPartial(name) + Suggestion(name));
                Unsupported(call);
                return;
            }

            var inner = new Scope(scope.View, globals, new List<KeyValuePair<string, Typed>>(scope.Locals), scope.IsLayout);
            if (_including.Contains(name))
            {
                Unsupported(call);
                return;
            }

            var key = name + "|" + scope.View + "|" + string.Join(";", globals.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ":" + g.Value.Type))
                + "|" + string.Join(";", inner.Locals.Select(l => l.Key + ":" + l.Value.Type));
            if (!_partialsChecked.Add(key) && _code == null)
            {
                return;
            }

            _read.Add(name);
            _code?.Open();
            foreach (var value in values)
            {
                Emit("var " + value.Key + " = " + value.Value + ";");
            }

            _including.Push(name);
            _depth++;
            Statement(partial.Body, inner);
            _depth--;
            _including.Pop();
            _code?.Close();
        }

        /// <summary>The file, line and column of <paramref name="node"/>, as C# arguments.</summary>
        private static string Place(ScriptNode node) =>
            SymbolDisplay.FormatLiteral(node.Span.FileName ?? string.Empty, quote: true) + ", "
            + (node.Span.Start.Line + 1).ToString(CultureInfo.InvariantCulture) + ", " + (node.Span.Start.Column + 1).ToString(CultureInfo.InvariantCulture);

        private string Suggestion(string name) => Closest.To(name, _partials.Keys) is { } closest ? "; did you mean '" + closest + "'?" : string.Empty;

        private void Children(ScriptNode node, Scope scope)
        {
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                var child = node.GetChildren(i);
                if (child is ScriptStatement)
                {
                    Statement(child, scope);
                }
                else
                {
                    TypeOf(child, scope);
                }
            }
        }

        private void Emit(string line)
        {
            _code?.Line(line);
        }

        /// <summary>The template is left to the interpreter; the first construct that made it so is kept to say why.</summary>
        private void Unsupported(ScriptNode? at)
        {
            if (_compilable && _code != null)
            {
                Interpreted = at;
            }

            _compilable = false;
        }

        private T? Unsupported<T>(ScriptNode? at)
            where T : class
        {
            Unsupported(at);
            return null;
        }

        private Typed Report(string id, ScriptNode? at, string message)
        {
            if (at != null)
            {
                _problems.Add(new TemplateProblem(id, at.Span, message));
            }

            _compilable = false;
            return new Typed(TemplateType.Any, null);
        }

        /// <summary>A value as the template sees it, or a name's value: its type, and the C# that reads it (null where it is not compiled).</summary>
        private readonly struct Typed
        {
            public Typed(TemplateType type, string? code)
            {
                Type = type;
                Code = code;
            }

            public TemplateType Type { get; }

            public string? Code { get; }
        }

        /// <summary>The values a template sees where it stands: its view's name for messages, the values by name, the loop variables innermost last.</summary>
        private sealed class Scope
        {
            public Scope(string view, Dictionary<string, Typed> globals, List<KeyValuePair<string, Typed>> locals, bool isLayout)
            {
                View = view;
                Globals = globals;
                Locals = locals;
                IsLayout = isLayout;
            }

            public string View { get; }

            public Dictionary<string, Typed> Globals { get; }

            public List<KeyValuePair<string, Typed>> Locals { get; }

            public bool IsLayout { get; }
        }
    }
}

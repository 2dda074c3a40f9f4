using System;
using System.Collections.Generic;
using System.Linq;
using Scriban.Functions;
using Scriban.Syntax;
using SiteGen.Schema.Validation;
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
    internal sealed class TemplateChecker
    {
        /// <summary>Scriban's built-in objects (<c>string</c>, <c>array</c>, <c>html</c>…) and SiteGen's <c>include</c>, as the renderer offers them.</summary>
        private static readonly HashSet<string> Builtins = new(new BuiltinFunctions().GetMembers().Where(name => name != "include_join").Concat(new[] { "include" }), StringComparer.Ordinal);

        private readonly ViewCatalog _views;
        private readonly IReadOnlyDictionary<string, ScriptPage> _partials;
        private readonly HashSet<TemplateProblem> _problems = new();
        private readonly HashSet<string> _partialsChecked = new(StringComparer.Ordinal);
        private readonly Stack<string> _including = new();

        public TemplateChecker(ViewCatalog views, IReadOnlyDictionary<string, ScriptPage> partials)
        {
            _views = views;
            _partials = partials;
        }

        public IEnumerable<TemplateProblem> Problems => _problems;

        /// <summary>Checks a template that renders <paramref name="view"/>; the layout also has <paramref name="extra"/> (its <c>content</c>).</summary>
        public void Check(ScriptPage template, string view, params string[] extra)
        {
            var globals = new Dictionary<string, TemplateType>(StringComparer.Ordinal);
            foreach (var member in _views.Members.TryGetValue(view, out var members) ? members : default)
            {
                globals[member.Key] = member.Value;
            }

            foreach (var name in extra)
            {
                globals[name] = TemplateType.Any;
            }

            Statement(template.Body, new Scope(view, globals, new List<KeyValuePair<string, TemplateType>>()));
        }

        private void Statement(ScriptNode? node, Scope scope)
        {
            switch (node)
            {
                case null:
                case ScriptRawStatement:
                    return;
                case ScriptBlockStatement block:
                    foreach (var statement in block.Statements)
                    {
                        Statement(statement, scope);
                    }

                    return;
                case ScriptExpressionStatement expression:
                    TypeOf(expression.Expression, scope);
                    return;
                case ScriptIfStatement conditional:
                    TypeOf(conditional.Condition, scope);
                    Statement(conditional.Then, scope);
                    Statement(conditional.Else, scope);
                    return;
                case ScriptElseStatement otherwise:
                    Statement(otherwise.Body, scope);
                    return;
                case ScriptForStatement loop:
                    For(loop, scope);
                    return;
                default:
                    Children(node, scope);
                    return;
            }
        }

        private void For(ScriptForStatement loop, Scope scope)
        {
            var list = TypeOf(loop.Iterator, scope);
            var element = list.Kind switch
            {
                TemplateTypeKind.List => list.Element!,
                TemplateTypeKind.Text => TemplateType.Text,
                TemplateTypeKind.Any => TemplateType.Any,
                _ => Report(TemplateRules.FailedId, loop.Iterator, TemplateRules.NotAList(loop.Iterator?.ToString() ?? string.Empty, Describe(list))),
            };

            foreach (var argument in loop.NamedArguments ?? Enumerable.Empty<ScriptNamedArgument>())
            {
                TypeOf(argument.Value, scope);
            }

            var name = (loop.Variable as ScriptVariable)?.Name;
            scope.Locals.Add(new KeyValuePair<string, TemplateType>("for", TemplateType.Loop));
            if (name != null)
            {
                scope.Locals.Add(new KeyValuePair<string, TemplateType>(name, element));
            }

            Statement(loop.Body, scope);
            scope.Locals.RemoveRange(scope.Locals.Count - (name != null ? 2 : 1), name != null ? 2 : 1);
            Statement(loop.Else, scope);
        }

        private TemplateType TypeOf(ScriptNode? node, Scope scope)
        {
            switch (node)
            {
                case null:
                    return TemplateType.Any;
                case ScriptLiteral literal:
                    return literal.Value switch
                    {
                        string => TemplateType.Text,
                        bool => TemplateType.Bool,
                        null => TemplateType.Any,
                        _ => TemplateType.Number,
                    };
                case ScriptVariable variable:
                    return Variable(variable, scope);
                case ScriptMemberExpression { Member: { } name } member:
                    return Member(TypeOf(member.Target, scope), name);
                case ScriptFunctionCall call when call.Target is ScriptVariable { Name: "include" }:
                    Include(call, scope);
                    return TemplateType.Any;
                case ScriptAssignExpression assign:
                    var assigned = TypeOf(assign.Value, scope);
                    if (assign.Target is ScriptVariableGlobal target)
                    {
                        scope.Globals[target.Name] = assigned;
                    }
                    else
                    {
                        TypeOf(assign.Target, scope);
                    }

                    return TemplateType.Any;
                case ScriptNestedExpression nested:
                    return TypeOf(nested.Expression, scope);
                case ScriptUnaryExpression unary:
                    TypeOf(unary.Right, scope);
                    return unary.Operator == ScriptUnaryOperator.Not ? TemplateType.Bool : TemplateType.Any;
                case ScriptIndexerExpression indexer:
                    var indexed = TypeOf(indexer.Target, scope);
                    TypeOf(indexer.Index, scope);
                    return indexed.Kind == TemplateTypeKind.List ? indexed.Element! : TemplateType.Any;
                default:
                    Children(node, scope);
                    return TemplateType.Any;
            }
        }

        private TemplateType Variable(ScriptVariable variable, Scope scope)
        {
            for (var i = scope.Locals.Count - 1; i >= 0; i--)
            {
                if (scope.Locals[i].Key == variable.Name)
                {
                    return scope.Locals[i].Value;
                }
            }

            if (scope.Globals.TryGetValue(variable.Name, out var type))
            {
                return type;
            }

            if (Builtins.Contains(variable.Name))
            {
                return TemplateType.Any;
            }

            var members = _views.Members.TryGetValue(scope.View, out var all) ? all.Select(m => m.Key) : Enumerable.Empty<string>();
            return Report(TemplateRules.FailedId, variable, TemplateRules.UnknownValue(variable.Name, scope.View, Closest.To(variable.Name, members)));
        }

        private TemplateType Member(TemplateType target, ScriptVariable member)
        {
            var name = member.Name;
            switch (target.Kind)
            {
                case TemplateTypeKind.Any:
                    return TemplateType.Any;
                case TemplateTypeKind.View:
                    var members = _views.Members.TryGetValue(target.Name, out var all) ? all : default;
                    foreach (var candidate in members.IsDefault ? Enumerable.Empty<KeyValuePair<string, TemplateType>>() : members)
                    {
                        if (candidate.Key == name)
                        {
                            return candidate.Value;
                        }
                    }

                    return Report(TemplateRules.FailedId, member, TemplateRules.UnknownValue(name, target.Name, Closest.To(name, members.IsDefault ? Enumerable.Empty<string>() : members.Select(m => m.Key))));
                case TemplateTypeKind.Loop:
                    // The parser itself refuses a member of for that Scriban does not have.
                    return name is "first" or "last" or "even" or "odd" or "changed" ? TemplateType.Bool : TemplateType.Number;
                case TemplateTypeKind.List:
                case TemplateTypeKind.Text:
                    return name == "size" ? TemplateType.Number : Report(TemplateRules.FailedId, member, TemplateRules.NoMembers(name, Describe(target)));
                default:
                    return Report(TemplateRules.FailedId, member, TemplateRules.NoMembers(name, Describe(target)));
            }
        }

        /// <summary>
        /// <c>include 'name' a: x</c>: the partial is checked with its caller's values and loop variables and its named
        /// arguments, once for each different set of their types.
        /// </summary>
        private void Include(ScriptFunctionCall call, Scope scope)
        {
            var arguments = call.Arguments;
            if (arguments.Count == 0 || arguments[0] is not ScriptLiteral { Value: string name })
            {
                Report(TemplateRules.FailedId, call, TemplateRules.PartialNameNeeded);
                return;
            }

            var globals = new Dictionary<string, TemplateType>(scope.Globals, StringComparer.Ordinal);
            foreach (var argument in arguments.OfType<ScriptNamedArgument>())
            {
                var type = TypeOf(argument.Value, scope);
                if (argument.Name?.Name is { } argumentName)
                {
                    globals[argumentName] = type;
                }
            }

            if (!_partials.TryGetValue(name, out var partial))
            {
                Report(TemplateRules.FailedId, arguments[0], TemplateRules.NoPartial(name) + Suggestion(name));
                return;
            }

            var inner = new Scope(scope.View, globals, new List<KeyValuePair<string, TemplateType>>(scope.Locals));
            var key = name + "|" + scope.View + "|" + string.Join(";", globals.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ":" + g.Value))
                + "|" + string.Join(";", inner.Locals.Select(l => l.Key + ":" + l.Value));
            if (_including.Contains(name) || !_partialsChecked.Add(key))
            {
                return;
            }

            _including.Push(name);
            Statement(partial.Body, inner);
            _including.Pop();
        }

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

        private TemplateType Report(string id, ScriptNode? at, string message)
        {
            if (at != null)
            {
                _problems.Add(new TemplateProblem(id, at.Span, message));
            }

            return TemplateType.Any;
        }

        private static string Describe(TemplateType type) => type.Name;

        /// <summary>The values a template sees where it stands: its view's name for messages, the values by name, the loop variables innermost last.</summary>
        private sealed class Scope
        {
            public Scope(string view, Dictionary<string, TemplateType> globals, List<KeyValuePair<string, TemplateType>> locals)
            {
                View = view;
                Globals = globals;
                Locals = locals;
            }

            public string View { get; }

            public Dictionary<string, TemplateType> Globals { get; }

            public List<KeyValuePair<string, TemplateType>> Locals { get; }
        }
    }
}

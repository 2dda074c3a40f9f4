namespace SiteGen.Templates
{
    /// <summary>
    /// What a template mistake is called and said, the same whether the compiler finds it in a template or the site's
    /// renderer meets it while rendering a page.
    /// </summary>
    internal static class TemplateRules
    {
        /// <summary>Scriban's extension for HTML templates, which editors with Scriban support recognise.</summary>
        public const string Extension = ".sbn-html";

        /// <summary>The names templates go by, their path in <c>templates/</c> without the extension: the layout, <c>pages/article</c>, <c>partials/pager</c>.</summary>
        public const string LayoutName = "layout";
        public const string PagesFolder = "pages/";
        public const string PartialsFolder = "partials/";

        /// <summary>A template that does not parse, or one the site needs that is missing.</summary>
        public const string InvalidId = "SG0201";

        /// <summary>A template that uses a value, member or partial that does not exist, or fails while rendering.</summary>
        public const string FailedId = "SG0202";

        /// <summary>A template the compiler leaves to the interpreter (information, not a mistake).</summary>
        public const string InterpretedId = "SG0203";

        public static string Interpreted(string template, string construct) =>
            template + " is rendered by the interpreter: '" + construct + "' is not compiled (functions, pipes, assignments and values other than text, numbers, flags and engine-made HTML are not)";

        public const string LayoutNotCompiled = "the layout is rendered by the interpreter, and so is every page: it must write {{ content }} once, outside any if or for, to be compiled";

        /// <summary>How a list is described where a template asks it for a member.</summary>
        public const string ListDescription = "list (use .size, or a for loop)";

        public static string NotParsed(string parserMessage) => "the template does not parse: " + parserMessage;

        public static string UnknownValue(string name, string owner, string? closest) =>
            "'" + name + "' is not a value of " + owner + (closest != null ? "; did you mean '" + closest + "'?" : string.Empty);

        public static string NoMembers(string name, string description) =>
            "'" + name + "' is not a value here: a " + description + " has no members";

        public static string NoPartial(string name) => "there is no partial '" + name + "': add partials/" + name + Extension;

        public const string PartialNameNeeded = "include needs the name of a partial in quotes: include 'person-list' people: people";

        public static string NotAList(string expression, string description) =>
            "'" + expression + "' is a " + description + ", not a list: a for loop needs a list";

        public static string NoPageTemplate(string page) =>
            "there is no template for '" + page + "' pages; add pages/" + page + Extension;

        public const string Stopped = "the page was stopped here, unfinished: it took longer to render than the preview waits; a loop here may run far more often than it should";

        /// <summary>
        /// Scriban's built-ins a template may not use: the clock gives another site on every build, and text run as a
        /// template escapes every check made of the templates.
        /// </summary>
        public static readonly string[] NotAllowed = { "date.now", "object.eval", "object.eval_template" };

        /// <summary>Whether <c>owner.member</c> is one of <see cref="NotAllowed"/>.</summary>
        public static bool IsNotAllowed(string owner, string member) => System.Array.IndexOf(NotAllowed, owner + "." + member) >= 0;

        public static string NotAllowedHere(string name) =>
            name + " is not available in SiteGen templates: " + (name == "date.now"
                ? "a build must give the same site every time; show a date the content gives (an article's date)"
                : "text run as a template escapes the checks made of the templates; write what it would write in the template itself");

        public const string NoLayout = "the layout template is missing; templates/ must hold layout" + Extension + ", pages/*" + Extension + " and partials/*" + Extension;
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SiteGen.Schema;

namespace SiteGen.Generators
{
    /// <summary>The compiler's descriptors of the content rules (<see cref="ContentRules"/>), one per stable id.</summary>
    public static class Diagnostics
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> ByIdTable = ContentRules.All.ToDictionary(
            rule => rule.Id,
            rule => new DiagnosticDescriptor(rule.Id, rule.Title, rule.Format, rule.Category,
                rule.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, isEnabledByDefault: true));

        public static IReadOnlyCollection<DiagnosticDescriptor> All => ByIdTable.Values;

        public static DiagnosticDescriptor ById(string id) => ByIdTable[id];
    }
}

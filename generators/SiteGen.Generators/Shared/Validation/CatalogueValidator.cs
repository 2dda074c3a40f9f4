using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SiteGen.Schema;

namespace SiteGen.Validation
{
    /// <summary>The checks that need every entry at once: unique slugs per collection and references that resolve.</summary>
    internal static class CatalogueValidator
    {
        public static List<DiagnosticInfo> Validate(ImmutableArray<EntryIndex> entries, CatalogueSpec catalogue)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var ordered = entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
            var keysByFolder = ordered
                .GroupBy(e => e.Folder, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new HashSet<string>(g.Select(e => e.Key), StringComparer.Ordinal), StringComparer.Ordinal);

            foreach (var folder in ordered.GroupBy(e => e.Folder, StringComparer.Ordinal))
            {
                var firstByIdentity = new Dictionary<string, EntryIndex>(StringComparer.OrdinalIgnoreCase);
                foreach (var entry in folder)
                {
                    if (firstByIdentity.TryGetValue(entry.Identity, out var first))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(ContentRules.DuplicateSlug, entry.Path, entry.IdentitySpot, entry.IdentityField, entry.Identity, first.Path));
                    }
                    else
                    {
                        firstByIdentity.Add(entry.Identity, entry);
                    }
                }
            }

            foreach (var entry in ordered)
            {
                foreach (var reference in entry.References)
                {
                    keysByFolder.TryGetValue(reference.TargetFolder, out var keys);
                    if (keys != null && keys.Contains(reference.TargetKey))
                    {
                        continue;
                    }

                    var collection = catalogue.Collections.First(c => c.Folder == reference.TargetFolder);
                    var closest = keys == null ? null : Closest.To(reference.TargetKey, keys);
                    var advice = closest != null
                        ? "did you mean '" + closest + "'?"
                        : "add " + reference.TargetFolder + "/" + reference.TargetKey + ".md or correct the name";
                    diagnostics.Add(DiagnosticInfo.Create(ContentRules.UnknownReference, entry.Path, reference.Spot,
                        reference.Field, collection.RecordDisplayName, reference.TargetKey, reference.TargetFolder + "/" + reference.TargetKey + ".md", advice));
                }
            }

            return diagnostics;
        }
    }
}

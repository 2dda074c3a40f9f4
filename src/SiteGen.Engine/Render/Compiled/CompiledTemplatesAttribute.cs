namespace SiteGen.Render.Compiled;

/// <summary>Names, in a report's assembly, the class its compile made of the templates (<see cref="CompiledTemplates"/>).</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CompiledTemplatesAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

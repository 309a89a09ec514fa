using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// What trees added to or removed from a compilation could change about name binding elsewhere: the type, delegate
/// and namespace names they declare, and whether they hold a global using or an extern alias (either can change what
/// any name binds to).
/// </summary>
internal sealed class TreeChanges
{
    public static readonly TreeChanges None = new(new HashSet<string>(StringComparer.Ordinal), rebindsAnyName: false);

    private const string AttributeSuffix = "Attribute";

    private readonly HashSet<string> _declaredNames;

    private TreeChanges(HashSet<string> declaredNames, bool rebindsAnyName)
    {
        _declaredNames = declaredNames;
        RebindsAnyName = rebindsAnyName;
    }

    /// <summary>A global using or an extern alias was added or removed.</summary>
    public bool RebindsAnyName { get; }

    public static TreeChanges Of(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var rebinds = false;
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
            {
                rebinds = true;
                continue;
            }

            rebinds |= root.Externs.Count > 0;
            foreach (var usingDirective in root.Usings)
            {
                rebinds |= usingDirective.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword);
            }

            rebinds |= AddDeclaredNames(root.Members, names);
        }

        return new TreeChanges(names, rebinds);
    }

    /// <summary>
    /// Whether a changed tree declares one of <paramref name="names"/> (the names an evaluation wrote), or
    /// <c>XAttribute</c> for a written <c>X</c> (what an attribute <c>[X]</c> binds to first).
    /// </summary>
    public bool DeclaresAny(HashSet<string> names)
    {
        foreach (var name in _declaredNames)
        {
            if (names.Contains(name) || (name.EndsWith(AttributeSuffix, StringComparison.Ordinal) && names.Contains(name.Substring(0, name.Length - AttributeSuffix.Length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the declared names; true when a namespace declares an extern alias.</summary>
    private static bool AddDeclaredNames(SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names)
    {
        var rebinds = false;
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    AddNameParts(ns.Name, names);
                    rebinds |= ns.Externs.Count > 0;
                    rebinds |= AddDeclaredNames(ns.Members, names);
                    break;
                case BaseTypeDeclarationSyntax type:
                    names.Add(type.Identifier.ValueText);
                    if (type is TypeDeclarationSyntax withMembers)
                    {
                        rebinds |= AddDeclaredNames(withMembers.Members, names);
                    }

                    break;
                case DelegateDeclarationSyntax callback:
                    names.Add(callback.Identifier.ValueText);
                    break;
            }
        }

        return rebinds;
    }

    private static void AddNameParts(NameSyntax name, HashSet<string> names)
    {
        switch (name)
        {
            case QualifiedNameSyntax qualified:
                AddNameParts(qualified.Left, names);
                AddNameParts(qualified.Right, names);
                break;
            case SimpleNameSyntax simple:
                names.Add(simple.Identifier.ValueText);
                break;
            case AliasQualifiedNameSyntax alias:
                names.Add(alias.Name.Identifier.ValueText);
                break;
        }
    }
}

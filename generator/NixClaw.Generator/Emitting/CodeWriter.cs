using System;
using System.Text;

namespace NixClaw.Generator.Emitting;

/// <summary>
/// Line-oriented text builder with indentation, LF line endings and no trailing spaces. Shared by the
/// C#, Nix, YAML and justfile emitters; <see cref="ToString"/> asserts the indentation is back to zero.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private readonly string _unit;
    private int _depth;

    public CodeWriter(string indentUnit) => _unit = indentUnit;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(_unit);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="open"/>, indents, and returns a scope that dedents and writes <paramref name="close"/>.</summary>
    public Scope Block(string open, string close)
    {
        Line(open);
        _depth++;
        return new Scope(this, close);
    }

    /// <summary>C# style: the header line, then a brace block.</summary>
    public Scope Braces(string header)
    {
        Line(header);
        return Block("{", "}");
    }

    public void Indent() => _depth++;

    public void Dedent()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("Dedent below zero");
        }

        _depth--;
    }

    public override string ToString()
    {
        if (_depth != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation: " + _depth);
        }

        return _text.ToString();
    }

    public readonly struct Scope : IDisposable
    {
        private readonly CodeWriter _writer;
        private readonly string _close;

        public Scope(CodeWriter writer, string close)
        {
            _writer = writer;
            _close = close;
        }

        public void Dispose()
        {
            _writer.Dedent();
            _writer.Line(_close);
        }
    }
}

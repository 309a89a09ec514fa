#!/usr/bin/env node
// Batch oracle around the JSON5 reference implementation (npm json5 2.2.3, installed by scripts/setup).
// stdin: NDJSON, one JSON-encoded source string per line. stdout: one line per input, in order:
//   {"ok": value}  or  {"error": message, "line": n, "column": n}
// Values are tagged so that JSON can carry them: NaN, Infinity, -Infinity and -0 become {"$num": "..."};
// strings that are not well-formed UTF-16 (lone surrogates) become {"$str16": [code units]} (error messages too),
// and an object with such a key becomes {"$obj16": [[key code units, value], ...]}.
'use strict'
const path = require('path')
const JSON5 = require(path.join(__dirname, 'node_modules', 'json5'))

// json5 warns on stderr about raw U+2028/U+2029 in strings; that is advice, not a result.
console.warn = () => {}

function tagString (s) {
    return s.isWellFormed() ? s : { $str16: Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)) }
}

function tag (v) {
    if (typeof v === 'number') {
        if (Number.isNaN(v)) return { $num: 'NaN' }
        if (v === Infinity) return { $num: 'Infinity' }
        if (v === -Infinity) return { $num: '-Infinity' }
        if (Object.is(v, -0)) return { $num: '-0' }
        return v
    }
    if (typeof v === 'string') return tagString(v)
    if (Array.isArray(v)) return v.map(tag)
    if (v !== null && typeof v === 'object') {
        const keys = Object.keys(v)
        if (!keys.every(k => k.isWellFormed())) {
            return { $obj16: keys.map(k => [tagString(k + '\uD800').$str16.slice(0, -1), tag(v[k])]) }
        }
        // defineProperty: a member named "__proto__" must stay a member, not set the prototype.
        const out = {}
        for (const k of Object.keys(v)) {
            Object.defineProperty(out, k, { value: tag(v[k]), enumerable: true, writable: true, configurable: true })
        }
        return out
    }
    return v
}

function run (source) {
    try {
        return JSON.stringify({ ok: tag(JSON5.parse(source)) })
    } catch (e) {
        if (e instanceof SyntaxError && typeof e.lineNumber === 'number') {
            return JSON.stringify({ error: tagString(e.message), line: e.lineNumber, column: e.columnNumber })
        }
        return JSON.stringify({ crash: String(e) })
    }
}

const chunks = []
process.stdin.on('data', c => chunks.push(c))
process.stdin.on('end', () => {
    const input = Buffer.concat(chunks).toString('utf8')
    const out = []
    for (const line of input.split('\n')) {
        if (line.length === 0) continue
        out.push(run(JSON.parse(line)))
    }
    process.stdout.write(out.length ? out.join('\n') + '\n' : '')
})

"""The API documentation page, written from the OpenAPI schema on the server: it works offline,
where Swagger UI and ReDoc load their scripts from a CDN."""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote


def api_docs(schema: dict[str, Any]) -> str:
    """Every operation of ``schema``: its path, what it does and its parameters, API calls first."""
    operations = [
        (path, method, op)
        for path, item in schema.get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, dict)
    ]
    operations.sort(key=lambda o: ("api" not in o[2].get("tags", []), o[0]))
    contents = "".join(f'<li><a href="#{_anchor(p, m)}">{m.upper()} {escape(p)}</a></li>' for p, m, _ in operations)
    return (
        f"<h1>{escape(schema.get('info', {}).get('title', 'API'))} API</h1>"
        f'<p class="lead">{escape(schema.get("info", {}).get("description", ""))} The schema itself: '
        '<a href="/openapi.json">/openapi.json</a>. Pages answer HTML, <code>/api/</code> calls JSON.</p>'
        f'<ul class="api-contents">{contents}</ul>' + "".join(_operation(p, m, op) for p, m, op in operations)
    )


def _anchor(path: str, method: str) -> str:
    return quote(f"{method}-{path}", safe="")


def _operation(path: str, method: str, op: dict[str, Any]) -> str:
    parameters = op.get("parameters", [])
    rows = "".join(_parameter(p) for p in parameters)
    table = (
        '<table class="api-parameters"><thead><tr><th>parameter</th><th>in</th><th>type</th><th>default</th>'
        f"<th>description</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows else '<p class="empty">No parameters.</p>'
    )  # fmt: skip
    example = f' <a href="{escape(path)}">try it</a>' if "{" not in path and method == "get" else ""
    return (
        f'<section class="api-operation" id="{_anchor(path, method)}"><h2><code>{method.upper()} {escape(path)}</code>'
        f"{example}</h2><p>{escape(op.get('description') or op.get('summary') or '')}</p>{table}</section>"
    )


def _parameter(p: dict[str, Any]) -> str:
    schema = p.get("schema", {})
    default = schema.get("default")
    required = " <strong>required</strong>" if p.get("required") else ""
    return (
        f"<tr><td><code>{escape(p['name'])}</code>{required}</td><td>{escape(p.get('in', ''))}</td>"
        f"<td>{escape(_type(schema))}</td><td>{'' if default is None else escape(str(default))}</td>"
        f"<td>{escape(p.get('description') or schema.get('description') or '')}</td></tr>"
    )


def _type(schema: dict[str, Any]) -> str:
    """A schema's type in a few words: "integer ≥ 1", "one of csv, jsonl, parquet", "string"."""
    options = [s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"]
    words = []
    for s in options:
        if "enum" in s:
            words.append("one of " + ", ".join(map(str, s["enum"])))
            continue
        bounds = [f"≥ {s['minimum']}" if "minimum" in s else "", f"≤ {s['maximum']}" if "maximum" in s else ""]
        words.append(" ".join([s.get("type", "any"), *filter(None, bounds)]))
    return " or ".join(words) or "any"

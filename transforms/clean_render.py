"""HTML rendered as page text (blocks on their own lines, list items bulleted), like a text dump."""

from __future__ import annotations

import re

_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "iframe", "button", "select",
    "option", "form", "input", "textarea", "canvas", "video", "audio", "object", "embed",
})
_BLOCK = frozenset({
    "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "tr", "br",
    "hr", "td", "th", "dt", "dd", "address", "caption", "details", "summary", "dl",
})
# blocks a text dump separates with a blank line
_PARAGRAPH = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "pre",
    "table", "ul", "ol",
})
_SPACES_RE = re.compile(r"[ \t\r\f\v\xa0]+")
_LINE_EDGE_RE = re.compile(r" *\n *")
_BLANKS_RE = re.compile(r"\n{3,}")


def rendered_text(raw_html: str) -> str:
    """The visible text of an HTML page, one block per line, paragraphs between blank lines."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(raw_html)
    except Exception:  # unparsable markup renders as nothing
        return ""
    body = root.find("body")
    out: list[str] = []
    _walk(root if body is None else body, out)
    text = _SPACES_RE.sub(" ", "".join(out))
    text = _LINE_EDGE_RE.sub("\n", text)
    return _BLANKS_RE.sub("\n\n", text).strip()


def _walk(el, out: list[str]) -> None:
    """Append the text of an element and its children, with line breaks around blocks."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _SKIP or not tag:
        if el.tail:
            out.append(el.tail)
        return
    brk = "\n\n" if tag in _PARAGRAPH else "\n" if tag in _BLOCK else ""
    _break(out, brk)
    if tag == "li":
        out.append("* ")
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    _break(out, brk)
    if el.tail:
        out.append(el.tail)


def _break(out: list[str], brk: str) -> None:
    """Append a line break; breaks in a row (with only spaces between) merge into the widest."""
    if not brk:
        return
    i = len(out) - 1
    while i >= 0 and not out[i].strip(" \t\r\f\v\xa0") and "\n" not in out[i]:
        i -= 1
    if i >= 0 and out[i] in ("\n", "\n\n"):
        out[i] = max(out[i], brk, key=len)
        return
    out.append(brk)

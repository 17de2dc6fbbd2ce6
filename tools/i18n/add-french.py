#!/usr/bin/env python3
"""Adds French translations to Text.fr.resx: add-french.py "English key=French text" ...  (existing keys are replaced)."""
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

resx = Path(__file__).resolve().parents[2] / "src/Passerelle.Web/Platform/Localization/Text.fr.resx"
text = resx.read_text(encoding="utf-8")
for pair in sys.argv[1:]:
    key, _, value = pair.partition("=")
    start = text.find(f"<data name={quoteattr(key)}")
    if start >= 0:
        end = text.index("</data>", start) + len("</data>")
        text = text[:start] + text[end:].lstrip("\n ")
    entry = f'  <data name={quoteattr(key)} xml:space="preserve">\n    <value>{escape(value)}</value>\n  </data>\n'
    text = text.replace("</root>", entry + "</root>")
resx.write_text(text, encoding="utf-8")

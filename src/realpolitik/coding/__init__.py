"""Event coding: CAMEO/PLOVER events from parsed news text."""

from realpolitik.coding.extract import code_documents, code_text
from realpolitik.coding.patterns import load_patterns

__all__ = ["code_documents", "code_text", "load_patterns"]

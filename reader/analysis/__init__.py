"""Text analysis: sentences, entities and quotes, as a pure function of the canonical text."""

from __future__ import annotations

from reader.analysis.entities import find_entities
from reader.analysis.lexicon import Lexicon
from reader.analysis.model import Analysis, Entity, Quote
from reader.analysis.quotes import find_quotes
from reader.analysis.sentences import split_sentences

ANALYZER_VERSION = "2"

__all__ = ["ANALYZER_VERSION", "Analysis", "Entity", "Quote", "analyze", "split_sentences"]


def analyze(text: str, lexicon: Lexicon | None = None) -> Analysis:
    """Entities and quotes of `text`, as offsets into it; the same text gives the same result."""
    sentences = split_sentences(text)
    entities = find_entities(text, sentences, lexicon)
    quotes = find_quotes(text, entities, sentences)
    return Analysis(entities=tuple(entities), quotes=tuple(quotes), version=ANALYZER_VERSION)

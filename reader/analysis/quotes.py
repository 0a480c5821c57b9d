"""Direct quotations: the quoted spans of a text (marks included) and who said each one.

Spans never cross a paragraph break: a quotation running over several paragraphs (an
opening mark at the start of each, the closing mark only at the end) gives one span per
paragraph, and the pieces share one speaker. A single-quoted passage inside a double-quoted
one is part of it, not a quote of its own. Unclosed marks never produce a span, except a
paragraph of a multi-paragraph quotation, which ends at its paragraph's end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import NamedTuple

from reader.analysis.model import Entity, Quote
from reader.analysis.reporting import QUOTE_CHARS, VERB, paragraph_spans
from reader.analysis.speakers import Attributor
from reader.analysis.tokens import mark_positions

_HEADLINE_WORDS = 20  # a longer paragraph without a full stop is not a headline

_DOUBLE_MARKS = '"“”„«»'
_SINGLE_MARKS = "‘’'"
_DOUBLE_OPENERS = "“„«"
_DOUBLE_CLOSERS = "”»"
_OPENING_CONTEXT = "([{—–-/"
_CLOSING_CONTEXT = ".,;:!?)]}—–-/…\"'“”‘’«»"
# Two single marks that some outlets type for one double mark, and the character that keeps
# their second place when they are read as one (not a space, a letter or a mark).
_DOUBLED_SINGLE_RE = re.compile("''|‘‘|’’")
_FILLER = "\u2063"
# Words that a straight or curly apostrophe shortens at their start: 'em, 'til, ’n’.
_ELIDED_WORD = re.compile(r"(?:em|til|tis|twas|cause|n|bout|round|nuff|cos)(?![\w])", re.I)


class QuoteSpan(NamedTuple):
    """One quoted span; `group` is shared by the paragraphs of one multi-paragraph quote.
    (A named tuple: cheaper to build than a frozen dataclass, and as immutable.)"""

    start: int
    end: int
    group: int
    closed: bool = True


def _neighbours(text: str, index: int) -> tuple[str, str]:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before, after


def _double_opens(text: str, index: int, is_open: bool) -> bool:
    """Whether the double mark at `index` opens a quote, judged by glyph and context."""
    mark = text[index]
    before, after = _neighbours(text, index)
    opening = (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace()
    closing = not before.isspace() and (after.isspace() or after in _CLOSING_CONTEXT)
    if mark in _DOUBLE_OPENERS:
        # A left mark typed where a close belongs ("word“ ") closes an open quote.
        return not (is_open and closing and not opening)
    if mark in _DOUBLE_CLOSERS:
        return not is_open and opening and not closing
    if opening != closing:
        return opening
    return not is_open


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _starts_with_opener(text: str, start: int, end: int) -> bool:
    index = start
    while index < end and text[index].isspace():
        index += 1
    return index < end and text[index] in '"“„«'


def _double_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    marks = mark_positions(text, _DOUBLE_MARKS)
    mark_index = 0
    chain_group: int | None = None  # group of a multi-paragraph quote still running
    for number, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        first_in_paragraph = True
        while mark_index < len(marks) and marks[mark_index] < p_end:
            index = marks[mark_index]
            mark_index += 1
            if index < p_start:
                continue
            if _double_opens(text, index, open_at is not None):
                open_at = index
                continue
            if open_at is None:
                continue  # a stray closing mark
            group = len(spans)
            if first_in_paragraph and chain_group is not None and open_at == p_start:
                group = chain_group
            spans.append(QuoteSpan(open_at, index + 1, group))
            open_at, first_in_paragraph, chain_group = None, False, None
        if open_at is None:
            chain_group = None
            continue
        continues = chain_group is not None and open_at == p_start and first_in_paragraph
        next_opens = number + 1 < len(paragraphs) and _starts_with_opener(
            text, *paragraphs[number + 1]
        )
        if next_opens or continues:
            group = chain_group if continues and chain_group is not None else len(spans)
            end = _trimmed_end(text, open_at, p_end)
            if end - open_at > 1:
                spans.append(QuoteSpan(open_at, end, group, closed=False))
            chain_group = group if next_opens else None
        else:
            chain_group = None
    return spans


def _single_role(text: str, index: int) -> str:
    """'open', 'close' (a candidate: it may still be a plural possessive) or '' (apostrophe)."""
    mark = text[index]
    before, after = _neighbours(text, index)
    if mark == "‘":
        if before.isalnum() or after.isspace() or after.isdigit():
            return ""  # ‘90s, or a mark inside a word
        return "open‘"
    if (before.isspace() or before in '([{—–"“') and after.isalpha():
        if mark == "'" and not _ELIDED_WORD.match(text, index + 1):
            return "open'"
        return ""  # ’90s, ’em: an apostrophe at a word's start
    if not before.isspace() and not after.isalnum():
        return "close" + mark
    return ""


def _pick_close(text: str, candidates: list[int]) -> int:
    """First candidate that is not a plural possessive ("allies’ views"), else the first."""
    for index in candidates:
        before, after = _neighbours(text, index)
        follows = text[index + 2] if index + 2 < len(text) else ""
        if not (before in "sS" and after == " " and follows.islower()):
            return index
    return candidates[0]


def _single_spans(
    text: str, paragraphs: list[tuple[int, int]], doubles: list[QuoteSpan]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    double_index = 0
    paragraph_index = 0
    open_at: int | None = None
    open_kind = ""
    candidates: list[int] = []

    def settle() -> None:
        if open_at is not None and candidates:
            spans.append((open_at, _pick_close(text, candidates) + 1))

    for index in mark_positions(text, _SINGLE_MARKS):
        while double_index < len(doubles) and doubles[double_index].end <= index:
            double_index += 1
        if double_index < len(doubles) and doubles[double_index].start <= index:
            continue  # nested inside a double-quoted span
        while paragraphs[paragraph_index][1] < index:
            paragraph_index += 1
            settle()
            open_at, candidates = None, []
        role = _single_role(text, index)
        if role.startswith("open"):
            settle()
            open_at, open_kind, candidates = index, role[4], []
        elif role and open_at is not None:
            closer = role[5]
            if (open_kind == "‘") == (closer == "’"):
                candidates.append(index)
    settle()
    return spans


def _doubled_singles(text: str) -> str:
    """`text` with two single marks typed for one double mark (''…'', ‘‘…’’, “…’’) made that
    double mark beside a neutral filler, so every offset stays where it was."""
    if "''" not in text and "‘‘" not in text and "’’" not in text:
        return text  # the common case: one test in C per pattern
    return _DOUBLED_SINGLE_RE.sub(lambda match: _as_double(text, match.start()), text)


def _as_double(text: str, index: int) -> str:
    pair = text[index : index + 2]
    if pair == "‘‘":
        return "“" + _FILLER
    if pair == "’’":
        return _FILLER + "”"
    before = text[index - 1] if index else " "
    opens = before.isspace() or before in _OPENING_CONTEXT  # straight '': where it stands
    return '"' + _FILLER if opens else _FILLER + '"'


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """All quoted spans, sorted and non-overlapping; an outer quote swallows inner ones."""
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    text = _doubled_singles(text)
    doubles = _double_spans(text, paragraphs)
    singles = _single_spans(text, paragraphs, doubles)
    group_base = len(doubles)
    merged = doubles + [
        QuoteSpan(start, end, group_base + number) for number, (start, end) in enumerate(singles)
    ]
    merged.sort(key=lambda span: (span.start, -span.end))
    kept: list[QuoteSpan] = []
    for span in merged:
        if kept and span.start < kept[-1].end:
            continue  # inside (or overlapping) an earlier, outer quote
        kept.append(span)
    return kept


def find_quotes(
    text: str, entities: Sequence[Entity], sentences: Sequence[tuple[int, int]]
) -> list[Quote]:
    """Direct quotations in `text`, each with the canonical name of its speaker or None."""
    paragraphs = paragraph_spans(text)
    people = sorted((e for e in entities if e.label == "PERSON"), key=attrgetter("start"))
    starts = [person.start for person in people]
    spans = [
        span
        for span in find_quote_spans(text, paragraphs)
        # Only a one-word quote can be a nickname; most quotes skip the lookup.
        if (text.find(" ", span.start, span.end) >= 0 or not _in_name(span, people, starts))
        and not _titled_work(text, span, paragraphs)
    ]
    spans_by_group = [(span.start, span.end, span.group) for span in spans]
    speakers = attribute_speakers(text, spans_by_group, entities, sentences, paragraphs)
    return [
        Quote(span.start, span.end, speaker)
        for span, speaker in zip(spans, speakers, strict=True)
        if speaker is not None or not _is_term(text, span, sentences)
    ]


def _titled_work(text: str, span: QuoteSpan, paragraphs: list[tuple[int, int]]) -> bool:
    """Two to six words in marks, each capitalised (bar "of", "the" …), in a paragraph of
    the body: the title of a film, song or programme (“The Big Short”, ‘Hotline Bling’),
    not a quotation. A headline capitalises every word, so its quotes keep theirs."""
    if text.count(" ", span.start, span.end) > 12:
        return False  # most quotes: far longer than a title, told by one count in C
    # Split off one word more than a title holds: a longer quote is told without the rest.
    words = text[span.start + 1 : span.end - 1].strip(" ,.").split(maxsplit=6)
    if not 2 <= len(words) <= 6 or words[0][:1].islower():
        return False
    if any(not word[:1].isupper() and word not in _TITLE_SMALL_WORDS for word in words):
        return False
    if text[span.start + 1 : span.end - 1].isupper():
        return False  # “GAINS COULD BE LOST”: a shout, not a title
    paragraph = paragraphs[bisect_right(paragraphs, (span.start, len(text))) - 1]
    return paragraph[0] > 0 and not _is_headline(text, paragraph)


def _is_term(text: str, span: QuoteSpan, sentences: Sequence[tuple[int, int]]) -> bool:
    """A few words in marks inside a noun phrase, in a sentence with no reporting verb
    ("the gaseous “exoplanet” is", "dropped a ‘target marker’"): a term, not a quotation."""
    if text.count(" ", span.start, span.end) > _TERM_WORDS - 1:
        return False
    if NAMING_BEFORE.search(text, max(0, span.start - 20), span.start) is not None:
        return True  # "which means “grey skull”", "Survey Satellite, or ‘TESS’", "(“Rain”)"
    if TERM_BEFORE.search(text, max(0, span.start - 30), span.start) is None:
        return False
    index = bisect_right(sentences, (span.start, len(text))) - 1
    lo, hi = sentences[index] if index >= 0 else (0, len(text))
    if VERB.search(text, lo, span.start) is not None:
        return False
    return _REPORTED_AFTER.search(text, span.end, max(hi, span.end)) is None  # "…, court heard"


def _sentence_speaker(att: Attributor, index: int, speakers: list[str | None]) -> str | None:
    sentence = att.sentence_index(att.quotes[index][0])
    if sentence is None:
        return None
    for other in (index + 1, index - 1):
        if (
            0 <= other < len(att.quotes)
            and speakers[other] is not None
            and att.sentence_index(att.quotes[other][0]) == sentence
        ):
            return speakers[other]
    return None


def _in_name(span: QuoteSpan, people: Sequence[Entity], starts: Sequence[int]) -> bool:
    """A nickname in marks inside a person's name ("Dewayne “Lee” Johnson") is no quote.

    `people` are the PERSON entities by start (`starts`); names do not overlap, so only the
    last one starting before the span can hold it."""
    index = bisect_left(starts, span.start) - 1
    return index >= 0 and span.end < people[index].end


# A determiner and at most one lowercase word right before a term in marks.
TERM_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|its|their|his|her|our|this|that)|[’”] (?:and|or))\s+"
    r"(?:[a-z-]+\s+)?$"
)  # "the gaseous “exoplanet”", "‘super-Earth’ and ‘hot Earth’ planets"
# Words that name or gloss what follows in marks: a term, whatever the sentence says.
NAMING_BEFORE = re.compile(r"(?:\b(?:means|meaning|named|dubbed|nicknamed|known as|or)\s+|\()$")
_TERM_WORDS = 3
_TITLE_SMALL_WORDS = frozenset(["of", "the", "a", "an", "and", "in", "on", "for", "to", "at"])

# Verbs whose object is who listened, never who spoke.
_LISTENING_VERBS = frozenset(["told", "tells", "telling"])
# "he" or "she" right before a reporting verb ("…, but he believes …").
_PRONOUN_BEFORE = re.compile(r"\b([Hh]e|[Ss]he)\s+$")
# A reporting verb later in the sentence ("…, Southwark crown court heard").
_REPORTED_AFTER = re.compile(rf"{VERB.pattern}|\b(?:heard|was told|were told)\b")
# Words of four letters or more: what a headline quote shares with the body's.
_WORD_RE = re.compile(r"[a-z][a-z-]{3,}")

# How many paragraphs back a speaker still counts as quoted lately.
_RECENT_PARAGRAPHS = 3


def _context_speaker(
    att: Attributor, index: int, speakers: list[str | None], decided: list[bool]
) -> str | None:
    """For a quote with no attribution of its own: its neighbours and the sentence before."""
    text = att.text
    start = att.quotes[index][0]
    paragraph = att.quote_paragraph[index]
    p_start = att.paragraphs[paragraph][0]
    lo = att.sentence_start(start)
    hi = att.sentence_stop(start)
    after = _REPORTED_AFTER.search(text, att.quotes[index][1], hi)  # a verb later on
    if text[lo:start].strip():
        # Mid-sentence with no reporting verb of its own: the speaker of another quote in
        # the same sentence ("so “excessive” that it “shocks,” the company argued"), else
        # the sentence's subject, whose words a partial quote gives ("He commended the
        # team, which “completely outplayed” his side").
        same = _sentence_speaker(att, index, speakers)
        if after is not None and text.endswith(("and ", "then "), 0, after.start()):
            after = None  # "… “wet dream” and accused the government": the same subject
        if same is None and after is not None:
            same = _said_at_the_end(att, after, hi)
        if same is not None or after is not None:
            return same  # "…, the court heard": someone else's words about the subject
        return (
            att.opening_subject(lo, start)
            or att.participle_subject(lo, index)
            or _reported_before(att, lo, paragraph)
        )
    closing = _said_at_the_end(att, after, hi) if after is not None else None
    if closing is not None:
        return closing
    for other in range(index - 1, -1, -1):
        if att.quotes[other][0] < p_start:
            break
        if speakers[other] is not None or decided[other]:
            # The quote before in this paragraph was attributed, if only to someone
            # unnamed ("the defense team told Yahoo"): this one continues it.
            return speakers[other]
    sentence = att.sentence_index(start)
    if sentence is not None and sentence > 0:
        prev_start, prev_end = att.sentences[sentence - 1]
        if prev_start >= p_start or text[max(0, start - 20) : start].rstrip().endswith(":"):
            subject = att.clause_subject(prev_start, prev_end, "stating")[1]
            if subject is not None:
                return subject
    for other in range(index + 1, len(att.quotes)):
        if att.quote_paragraph[other] != paragraph:
            break
        if speakers[other] is not None:
            return speakers[other]
    if start == p_start and sentence:
        # A quote that is its own paragraph, after a sentence whose subject was quoted
        # lately ("Steenhuisen also expressed surprise at …"): that person goes on.
        prev_start, prev_end = att.sentences[sentence - 1]
        subject = att.clause_subject(prev_start, prev_end, "stating")[1]
        if subject is not None and subject in _recent_speakers(att, index, speakers):
            return subject
    if start == p_start and paragraph > 0:
        for other in range(index - 1, -1, -1):
            if att.quote_paragraph[other] < paragraph - 1:
                break
            if speakers[other] is not None:
                return speakers[other]
        if sentence and not text[att.quotes[index][1] : att.paragraphs[paragraph][1]].strip():
            subheading = _subheading_before(att, paragraph)
            if subheading is not None:
                # "On winning tough games" between the answers of a press conference: the
                # voice goes on past the subheading.
                return _across_subheading(att, index, speakers, subheading)
            return _introduced(att, index, speakers, sentence)  # the paragraph is the quote
    return None


def _subheading_before(att: Attributor, paragraph: int) -> int | None:
    """The paragraph right before `paragraph` if it is a subheading (a short line with no
    full stop) with a paragraph before it, else None."""
    before = paragraph - 1
    if before < 2 or not _is_headline(att.text, att.paragraphs[before]):
        return None
    return before


def _across_subheading(
    att: Attributor, index: int, speakers: list[str | None], subheading: int
) -> str | None:
    """The speaker of the last quote before the subheading, if its paragraph holds one; else
    whom the paragraph before it introduces ("the highlights of Danielson's press conference")."""
    for other in range(index - 1, -1, -1):
        if att.quote_paragraph[other] < subheading - 1:
            break
        if speakers[other] is not None:
            return speakers[other]
    sentence = att.sentence_index(att.paragraphs[subheading][0])
    return _introduced(att, index, speakers, sentence) if sentence else None


def _recent_speakers(att: Attributor, index: int, speakers: list[str | None]) -> set[str | None]:
    """Speakers of the quotes before quote `index` in its last few paragraphs (quotes come
    in text order, so the walk back stops at the first one further away)."""
    oldest = att.quote_paragraph[index] - _RECENT_PARAGRAPHS
    recent: set[str | None] = set()
    for other in range(index - 1, -1, -1):
        if att.quote_paragraph[other] < oldest:
            break
        recent.add(speakers[other])
    return recent


def _said_at_the_end(att: Attributor, verb: re.Match[str], hi: int) -> str | None:
    """Who an attribution closing the quote's sentence after a comma names ("…, says IAAF
    chief Lord Coe.", "… investors are keen to see plans on track, said Masayuki Kubota,
    chief strategist"), or None."""
    if not att.text.endswith(", ", 0, verb.start()) or verb.group().lower() in _LISTENING_VERBS:
        return None  # "…, told The Jordan Times": whom a source told listens
    return att.speaker_after(verb.end(), hi)[1]


def _reported_before(att: Attributor, lo: int, paragraph: int) -> str | None:
    """The person whose reported speech the sentence before (in the same paragraph) gives
    ("Cook did say Apple intends … AI is “horizontal in nature”"), or None."""
    number = att.sentence_index(lo)
    if not number:
        return None
    prev_start, prev_end = att.sentences[number - 1]
    if prev_start < att.paragraphs[paragraph][0] or att.inside_quote(prev_start):
        return None
    verb = VERB.search(att.text, prev_start, prev_end)
    if verb is None or att.inside_quote(verb.start()):
        return None
    subject = att.first_subject(prev_start, verb.start())
    return subject.name if subject is not None and subject.label == "PERSON" else None


def _introduced(
    att: Attributor, index: int, speakers: list[str | None], sentence: int
) -> str | None:
    """Who a quote standing alone after a paragraph of narration belongs to: the last person
    quoted, if that paragraph names them ("For Kohli, the biggest gain has been …"), else
    the person that paragraph's last sentence is about ("Zwane would not be drawn …")."""
    prev_start, prev_end = att.sentences[sentence - 1]
    paragraph = att.paragraph_of(prev_start)
    p_start, p_end = att.paragraphs[paragraph]
    named = {e.name for e in att.entities_in(p_start, p_end) if e.label == "PERSON"}
    last = next((name for name in reversed(speakers[:index]) if name is not None), None)
    if last is not None and last in named:
        return last
    owner = att.voice_owner(prev_start, prev_end)
    if owner is not None:
        return owner  # "… asked her to respond to CEO Lucas Dow's comments." then the comments
    reporter = att.closing_reporter(prev_start, prev_end)
    if reporter is not None:
        return reporter[1].name  # "Labor deserved respect for its unity, he said." then his words
    subject = att.first_subject(prev_start, prev_end)
    if subject is not None and subject.label == "PERSON":
        return subject.name
    return att.opening_subject(prev_start, prev_end) or _pronoun_said(att, prev_start, prev_end)


def _pronoun_said(att: Attributor, lo: int, hi: int) -> str | None:
    """Whom "he" or "she" before the last reporting verb of the sentence [lo, hi) stands
    for ("…, but he believes they are better equipped …", then the quote), or None."""
    last = None
    for verb in VERB.finditer(att.text, lo, hi):
        if not att.inside_quote(verb.start()):
            last = verb
    if last is None:
        return None
    pronoun = _PRONOUN_BEFORE.search(att.text, max(lo, last.start() - 5), last.start())
    if pronoun is None:
        return None
    return att.resolve(pronoun.start(1), pronoun.group(1).lower(), True)


def _is_headline(text: str, span: tuple[int, int]) -> bool:
    body = text[span[0] : span[1]].rstrip()
    # The last character first: it rules out most paragraphs (and an empty one, since "" is
    # in every string) without splitting them into words.
    if body.rstrip(QUOTE_CHARS)[-1:] in ".!?:,;":
        return False
    # Splitting off one word more than a headline holds tells as well as splitting them all.
    words = body.split(maxsplit=_HEADLINE_WORDS)
    return 0 < len(words) <= _HEADLINE_WORDS


def attribute_speakers(
    text: str,
    quotes: Sequence[tuple[int, int, int]],
    entities: Sequence[Entity],
    sentences: Sequence[tuple[int, int]],
    paragraphs: list[tuple[int, int]] | None = None,
) -> list[str | None]:
    """The speaker's canonical name (or None) for each (start, end, group) quote span."""
    if not quotes:
        return []
    att = Attributor(text, quotes, entities, sentences, paragraphs)
    decided: list[bool] = []
    speakers: list[str | None] = []
    for index, (start, _, _) in enumerate(att.quotes):
        found, name = att.explicit(index)
        decided.append(found)
        speakers.append(name)
        att.note_speaker(start, name)
    by_group: dict[int, str] = {}
    for (_, _, group), name in zip(att.quotes, speakers, strict=True):
        if name is not None:
            by_group.setdefault(group, name)
    for index, (_, _, group) in enumerate(att.quotes):
        if speakers[index] is None and group in by_group:
            speakers[index] = by_group[group]
        elif not decided[index]:
            speakers[index] = _context_speaker(att, index, speakers, decided)
    if _retry_pronouns(att, speakers, decided):
        # A quote that took its speaker from a neighbour found none there the first time,
        # if the neighbour's "he said" was only settled by the retry: ask again.
        for index in range(len(att.quotes)):
            if speakers[index] is None and not decided[index]:
                speakers[index] = _context_speaker(att, index, speakers, decided)
    _fill_headlines(att, speakers, decided)
    return speakers


def _retry_pronouns(att: Attributor, speakers: list[str | None], decided: list[bool]) -> bool:
    """Quotes given their speaker by context (the later paragraphs of a long quote) are
    voices too: a "she added" after them, which found no one in reach the first time,
    may mean that speaker. Whether any quote found its speaker so."""
    retry = [i for i, name in enumerate(speakers) if name is None and decided[i]]
    if not retry:
        return False  # most stories: every attributed quote found its speaker
    noted = False
    for index, (start, _, _) in enumerate(att.quotes):
        if not decided[index] and speakers[index] is not None:
            att.note_speaker(start, speakers[index])
            noted = True
    if not noted:
        return False
    filled = False
    for index in retry:
        group = att.quotes[index][2]
        if speakers[index] is not None:
            continue  # filled by an earlier retry in its group
        found, name = att.explicit(index)
        if found and name is not None:
            filled = True
            for other, (_, _, other_group) in enumerate(att.quotes):
                if other_group == group and speakers[other] is None:
                    speakers[other] = name
    return filled


def _fill_headlines(att: Attributor, speakers: list[str | None], decided: list[bool]) -> None:
    """A headline quote with no attribution of its own is the headline's subject if the body
    quotes that person; else whoever says its words in the body ("gave ‘self-serving’
    explanation" and “The claim is self-serving,” Hickey said); else the first person
    quoted in the body."""
    headline = {
        number: _is_headline(att.text, att.paragraphs[number])
        for number in set(att.quote_paragraph)
    }
    body = [
        index
        for index, number in enumerate(att.quote_paragraph)
        if speakers[index] is not None and not headline[number]
    ]
    people = [speakers[i] for i in body if att.by_name[speakers[i] or ""].label == "PERSON"]
    # Each body quote's words, worked out at the first headline quote that asks, then kept.
    body_words: list[tuple[int, set[str]]] | None = None
    for index, number in enumerate(att.quote_paragraph):
        if not headline[number] or (decided[index] and speakers[index] is not None):
            continue
        # "Kenya’s Odinga calms supporters over ‘stolen’ votes": the headline's own subject.
        subject = att.first_subject(att.paragraphs[number][0], att.quotes[index][0])
        if subject is not None and not att.text[subject.end : att.quotes[index][0]].strip():
            # "Crown ‘unsportsmanlike’ in Cairns case": words said about the subject.
            subject = speakers[index] = None
        if body_words is None:
            body_words = [(other, _quote_words(att, other)) for other in body]
        echoed = _echoed_by(att, index, body_words)
        if subject is not None and subject.name in people:
            speakers[index] = subject.name
        elif echoed is not None:
            speakers[index] = speakers[echoed]
        elif speakers[index] is None and people:
            speakers[index] = people[0]


def _quote_words(att: Attributor, index: int) -> set[str]:
    """The lower-cased words inside quote `index`."""
    start, end, _ = att.quotes[index]
    return set(_WORD_RE.findall(att.text[start:end].lower()))


def _echoed_by(att: Attributor, index: int, body: list[tuple[int, set[str]]]) -> int | None:
    """The body quote (given with its words) that holds most of the headline quote's words
    (all of them if it has two or fewer, else two in three), or None."""
    words = _quote_words(att, index)
    if not words:
        return None
    needed = len(words) if len(words) <= 2 else (len(words) * 2 + 2) // 3
    best, best_count = None, needed - 1
    for other, other_words in body:
        count = len(words & other_words)
        if count > best_count:
            best, best_count = other, count
    return best

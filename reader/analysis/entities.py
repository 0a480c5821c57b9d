"""The built-in entity recogniser: capitalised runs, gazetteers, context and document reasoning."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from operator import attrgetter

from reader.analysis.clubs import relabel_clubs, squad_clubs, team_names
from reader.analysis.context import REPORTING_VERBS, after_the, person_before
from reader.analysis.entity_rules import (
    CUE,
    OFFICES,
    PRODUCT_AFTER_RE,
    PRODUCT_NOUN_OPENINGS,
    PRODUCT_NOUNS,
    SURE,
    WEAK,
    Candidate,
    classify,
    classify_word,
    known,
)
from reader.analysis.gazetteer import Gazetteer, load
from reader.analysis.headlines import bylines, headline_entities, headline_paragraphs
from reader.analysis.lexicon import Lexicon
from reader.analysis.long_names import (
    extend_org_names,
    landmarks,
    org_ending_at,
    possessive_names,
)
from reader.analysis.model import Entity, Label
from reader.analysis.names import acronym_expansions, canonical_name, person_index, title_end
from reader.analysis.settle import name_lists, residence_towns, settle, share_list_labels
from reader.analysis.tokens import PARTICLE_SET, RUN_RE, TOKEN_RE, UPPER, is_name_word
from reader.analysis.typer import retype

# Honours and professional letters written after a name: not part of it.
POST_NOMINALS = frozenset(
    ["KC", "QC", "SC", "BL", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE"]
)
# " de ", " van ": a particle (tokens.PARTICLES) right before a name.
PARTICLE_ENDINGS = tuple(f" {particle} " for particle in sorted(PARTICLE_SET))
OPENERS = frozenset("\"“‘'([—–:")
NOT_CAPITAL_AFTER_SPACE = re.compile(rf"[ ][^{UPPER}]")
# Found by the hyphen first (a literal the regex engine skips ahead to), then the prefix.
PREFIXED_RE = re.compile(r"-([A-Z][a-z]+|[A-Z]{2,})\b")
# A party letter and a state after a US politician's name: "R-Texas", "D-N.Y.", "R-S.D.",
# "(D-MA)" (a postal code only before a bracket or comma).
PARTY_STATE_RE = re.compile(
    r"[DRI]-((?:[A-Z]\.){2,}|[A-Z]{2}(?=[),])|[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?)(?![\w-])"
)
# A reporting verb right after a name ("May said"), as a look-ahead.
_SAID = r"(?= (?:said|says|told|added|insisted|argued|replied|warned)\b)"
# Company suffixes written with a full stop ("Apple Inc.", "Sony Corp.").
ABBREVIATED_SUFFIXES = (" Inc", " Corp", " Co", " Ltd", " Bhd")
_ARTICLES = frozenset(["The", "A", "An"])
# A generational suffix set off by a comma after a name.
_COMMA_SUFFIXES = (", Jr.", ", Sr.")
# A model number or a plus sign right after a maker's name: "Boeing 787-9", "Airbus A320".
MODEL_AFTER_RE = re.compile(r"\+| (?:[A-Z]{1,2}-?)?\d{3}(?![\d,.])")
# A product noun after a word saying what kind ("Kepler space telescope").
QUALIFIED_PRODUCT_RE = re.compile(rf" (?:space|radio|weed|electric) (?:{PRODUCT_NOUNS}|killer)\b")
# The first three letters of the words those two regexes look for after a run's space: a
# run followed by any other word needs neither regex.
PRODUCT_OPENINGS = PRODUCT_NOUN_OPENINGS | {"kil", "spa", "rad", "wee", "ele"}
ARTICLE_PREFIXES = frozenset(["al", "el", "ad", "as", "ash", "ath", "az", "an"])
NAME_PREFIXES = frozenset(["pan", "anti", "pro", "non", "ex", "post", "pre", "neo", "trans"])
# Days and months that end a run after a name ("told Yahoo Entertainment Monday").
_DATE_WORDS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April"
    " June July August September October November December"
)
DATE_WORDS = frozenset(_DATE_WORDS.split(" "))


def find_entities(
    text: str, sentences: Sequence[tuple[int, int]], lexicon: Lexicon | None = None
) -> list[Entity]:
    """Entities in `text`: sorted, non-overlapping, none crossing a paragraph break."""
    gaz = load()
    starts = {start for start, _ in sentences}
    headlines = headline_paragraphs(text)
    sure = _sure_words()
    common = gaz.common
    body: list[Candidate] = []
    headline_runs: list[list[tuple[int, int]]] = []
    # A surface's split into parts depends on its words only, so it is worked out once.
    shapes: dict[str, list[Part]] = {}
    headline_index = 0
    whole = landmarks(text)
    credited = bylines(text)
    credited += possessive_names(text, gaz)
    if credited:
        whole = sorted(whole + credited, key=lambda candidate: candidate.start)
    whole_index = 0
    org_heads = gaz.org_heads
    products: set[str] = set()  # runs the story writes before a product noun
    dollars = "$" in text
    skip_until = 0  # the end of a party-and-state tag taken whole ("R-S.D.")
    for run in RUN_RE.finditer(text):
        surface = run.group()
        run_start, run_end = run.span()
        if run_start < skip_until:
            continue
        if surface[1:2] == "-" and surface[0] in "DRI":
            state = _party_state(text, run_start, gaz)
            if state is not None:
                body.append(state)  # "Sen. John Thune (R-S.D.)": the state, not a name
                skip_until = state.end
                continue
        if dollars and (
            text.startswith("$", run_end)
            or (text.startswith(" $", run_end) and len(surface) <= 3 and surface.isupper())
        ):
            continue  # "US$3 billion", "NZ$200m", "US $46": a currency, not the country
        if text[run_end + 1 : run_end + 4] in PRODUCT_OPENINGS and _before_product(text, run_end):
            products.add(surface)
        if whole:
            # A run inside a long name found whole is part of that name.
            while whole_index < len(whole) and whole[whole_index].end <= run_start:
                whole_index += 1
            if whole_index < len(whole) and whole[whole_index].start < run_end:
                if whole[whole_index].start <= run_start + 1:
                    continue
                # "Jakarta Governor Basuki “Ahok” …": the words before the name stay a run.
                run_end = text.rfind(" ", run_start, whole[whole_index].start)
                if run_end <= run_start:
                    continue
                surface = text[run_start:run_end]
        if headlines:
            # Runs come in order, so one pointer walks the sorted headline spans.
            while headline_index < len(headlines) and headlines[headline_index][1] <= run_start:
                headline_index += 1
            if headline_index < len(headlines) and headlines[headline_index][0] <= run_start:
                tokens = [m.span() for m in TOKEN_RE.finditer(text, run_start, run_end)]
                headline_runs.append([t for t in tokens if text[t[0]].isupper()])
                continue
        if surface in common and surface not in org_heads:
            # A common word alone ("The", "But"), the commonest run, is no name: every path
            # below drops it (no sure word is common, see _sure_words; "Oct." is no
            # organisation's name either), so it goes first.
            continue
        last_space = surface.rfind(" ")
        if surface[last_space + 1 :] in org_heads:
            # A long name with lowercase words ends here: it replaces the runs it takes in.
            found = org_ending_at(text, run_end - len(surface) + last_space + 1, run_end, gaz)
            if found is not None:
                while body and body[-1].end > found.start:
                    body.pop()
                body.append(found)
                continue
        if last_space < 0 and not surface.endswith("."):
            # Fast path for the commonest case: one word a gazetteer knows for sure.
            hit = sure.get(surface)
            if hit is not None and hit[0] == "ORG" and MODEL_AFTER_RE.match(text, run_end):
                continue  # "Boeing 737 Max", "Disney+": the maker's product, no entity here
            if hit is not None and not (hit[0] == "ORG" and after_the(text, run_start)):
                body.append(Candidate(run_start, run_end, surface, hit[0], SURE, hit[1]))
                continue
            if surface in common:
                continue
            # One word (always capitalised here) is a part of its own: no shape to work out.
            initial = _is_initial(text, run_start, starts)
            body.extend(classify_word(text, run_start, run_end, gaz, initial))
            continue
        shape = shapes.get(surface)
        if shape is None:
            shape = shapes[surface] = _shape(surface, gaz)
        if not shape:
            continue
        initial = _is_initial(text, run_start, starts)
        if surface.startswith("Will ") and not initial:
            shape = _given_will(shape)
        for relative, opens_run, words in shape:
            part = [(run_start + a, run_start + b) for a, b in relative]
            body.extend(classify(text, part, gaz, initial and opens_run, words))
    prefixed = _prefixed_names(text, gaz) if "-" in text else []
    if whole or prefixed:
        body.extend(whole)
        body.extend(prefixed)
        body.sort(key=lambda c: c.start)
    extend_org_names(text, body, gaz)
    lists = name_lists(text, body)
    share_list_labels(lists)
    title = title_end(text)
    settle(text, body, gaz, title)
    share_list_labels(lists)  # again, with the labels the whole document settled
    residence_towns(text, body)
    relabel_clubs(text, body, gaz.national_places)
    squad_clubs(text, body, gaz.strong_places)
    team_names(text, body, gaz)
    if products:
        # "the Galaxy Fold" once written "the Galaxy Fold smartphone": a product throughout.
        products = {c.text for c in body if c.confidence < SURE and _named_in(c.text, products)}
    kept = [c for c in body if c.label is not None and c.text not in products]
    kept.extend(headline_entities(text, headline_runs, kept, gaz))
    surnames = _word_surnames(text, kept, gaz)
    if surnames:
        kept = sorted(kept + surnames, key=attrgetter("start"))
    _demonym_surnames(text, kept)
    kept = [c for c in kept if not _language(text, c)]
    kept = retype(text, kept)
    people = person_index(kept, gaz, title)
    expansions = acronym_expansions(text, kept)
    entities = []
    for candidate in kept:
        if candidate.text in expansions:
            full = expansions[candidate.text]
            candidate.label, candidate.canonical = full.label, canonical_name(full, people, gaz)
            if full.label == "PERSON":
                people.setdefault(candidate.text, candidate.canonical)  # "CFK"
        assert candidate.label is not None
        if candidate.label == "PERSON" and text.endswith(PARTICLE_ENDINGS, 0, candidate.start):
            _take_particle(text, candidate, people)
        name = canonical_name(candidate, people, gaz)
        end = candidate.end
        if text.startswith(".", end) and (
            (candidate.label == "ORG" and candidate.text.endswith(ABBREVIATED_SUFFIXES))
            or (candidate.label == "PLACE" and candidate.text + "." in gaz.places)
        ):
            end += 1  # "Lyft Inc.", "San Jose, Calif.": the full stop belongs to the name
            if candidate.label == "PLACE":
                name = gaz.places.get(candidate.text + ".", name)
        if candidate.label == "PERSON" and text.startswith(_COMMA_SUFFIXES, end):
            end += 5  # "Dan Simmons, Jr.": the suffix is part of the name
            name = text[candidate.start : end] if name == candidate.text else name
        entities.append(Entity(candidate.start, end, candidate.label, name))
    entities = _shortened_bodies(entities)
    if lexicon and lexicon.corrections:
        entities = _apply_lexicon(text, entities, lexicon)
    return _without_overlaps(entities)


# What marks a lone word as a person's name: a reporting verb after it (an aside between
# commas allowed), or before it a reporting verb, "according to", a title or an honorific.
_PERSON_CUE_AFTER = re.compile(
    rf"(?:,[^,.]{{0,60}},)? (?:{REPORTING_VERBS})\b"
    r"|(?:['’]s)? (?:administration|presidency|campaign)\b"  # "the Biden administration"
)
_PERSON_CUE_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|added|[Aa]ccording to)|\b([A-Z][a-z]+)\.?) $"
)


def without_unintroduced_people(
    text: str, entities: Sequence[Entity], speakers: set[str], kept_names: set[str]
) -> list[Entity]:
    """Without lone words taken for people that the story never introduces as one: no full
    name ends in it, it is no given name, no quote is theirs, and no verb of speech, title
    or honorific sits by it. News gives a person's full name first; "Carillion",
    "Poundworld" and "Starliner" alone are firms or things. `kept_names`: the user's."""
    gaz = load()
    full = [e.name for e in entities if e.label == "PERSON" and " " in e.name]
    verdicts: dict[str, bool] = {}
    kept = []
    for entity in entities:
        name = entity.name
        if entity.label == "PERSON" and " " not in name:
            if name not in verdicts:
                verdicts[name] = (
                    name in speakers
                    or name in kept_names
                    or name in gaz.given_names
                    or any(other.endswith(" " + name) for other in full)
                    or _introduced(text, name, gaz)
                )
            if not verdicts[name]:
                continue
        kept.append(entity)
    return kept


def _introduced(text: str, name: str, gaz: Gazetteer) -> bool:
    """Whether a verb of speech, a title or an honorific marks `name` as a person's."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not text[end : end + 1].isalnum() and not text[start - 1 : start].isalnum():
            if _PERSON_CUE_AFTER.match(text, end):
                return True
            cue = _PERSON_CUE_BEFORE.search(text, max(0, start - 30), start)
            if cue is not None and (cue.group(1) is None or cue.group(1) in gaz.titles):
                return True
        start = text.find(name, end)
    return False


def _shortened_bodies(entities: list[Entity]) -> list[Entity]:
    """A body named again by the last words of its full name ("the Wisconsin Supreme Court"
    … "the Supreme Court") is the same body, when one full name earlier ends so."""
    full: set[str] = set()
    result = []
    for entity in entities:
        if entity.label == "ORG" and " " in entity.name:
            longer = [name for name in full if name.endswith(" " + entity.name)]
            if len(longer) == 1:
                entity = Entity(entity.start, entity.end, entity.label, longer[0])
            else:
                full.add(entity.name)
        result.append(entity)
    return result


def _word_surnames(text: str, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A surname that is also a common word or a title ("May", "Case", "Judge"), left out of
    the runs, where it plainly names the person given in full: before a reporting verb or
    after Mr or Mrs ("Theresa May … May said", "Aaron Judge … Judge said")."""
    common, titles = gaz.common, gaz.titles
    words = set()
    for c in kept:
        if c.label == "PERSON":
            space = c.text.rfind(" ")
            last = c.text[space + 1 :]
            if space >= 0 and (
                last in common or (last in titles and c.text.split()[0] in gaz.given_names)
            ):
                words.add(last)
    if not words:
        return []
    taken = [(c.start, c.end) for c in kept]
    found = []
    alternatives = "|".join(map(re.escape, sorted(words)))
    pattern = rf"(?:(?<=Mrs )|(?<=Mr )|(?<=Ms ))(?:{alternatives})\b|\b(?:{alternatives}){_SAID}"
    for match in re.finditer(pattern, text):
        if not any(a <= match.start() < b for a, b in taken):
            surface = match.group()
            found.append(Candidate(match.start(), match.end(), surface, "PERSON", CUE))
    for match in re.finditer(rf"\b([A-Z][a-z]+) ((?:{alternatives})\b)(?! [A-Z])", text):
        # "Mayor King addressed reporters": the title of "Mayor Brandon King", then his name.
        if match.group(1) in titles and not any(a <= match.start(2) < b for a, b in taken):
            start, end = match.span(2)
            if all(c.start != start for c in found):
                found.append(Candidate(start, end, match.group(2), "PERSON", CUE))
    return sorted(found, key=attrgetter("start"))


# A name standing where a person does: after an honorific or "said", or before a reporting verb.
_AS_PERSON_BEFORE = ("Mr ", "Mrs ", "Ms ", "Mr. ", "Mrs. ", "Ms. ", "said ", "says ")
_AS_PERSON_AFTER = re.compile(rf"{_SAID}|,? (?:who|whose)\b")


def _demonym_surnames(text: str, kept: list[Candidate]) -> None:
    """A person's surname that is also a people or a place ("Anthony Maltese", "Madhav
    Kumar Nepal") is that person where it stands alone as a person does: "said Maltese"."""
    surnames = set()
    for c in kept:
        if c.label == "PERSON" and " " in c.text:
            surnames.add(c.text[c.text.rfind(" ") + 1 :])
    for c in kept:
        if (
            c.label in ("GROUP", "PLACE")
            and c.text in surnames
            and not after_the(text, c.start)  # "the Maltese said": the people
            and (
                text.endswith(_AS_PERSON_BEFORE, 0, c.start) or _AS_PERSON_AFTER.match(text, c.end)
            )
        ):
            c.label, c.canonical = "PERSON", ""


# A people's word written as its language: "fluent in Irish.", "heard through Irish,", "in
# English too": after "in" or "through", then punctuation or "too", no noun it qualifies.
_LANGUAGE_BEFORE = ("in ", "through ", "In ")
_LANGUAGE_AFTER = re.compile(r"[.,;:!?”\"’)]| too\b|$")


def _language(text: str, candidate: Candidate) -> bool:
    """Whether a people's word names a language here, which is no entity."""
    return (
        candidate.label == "GROUP"
        and " " not in candidate.text
        and text.endswith(_LANGUAGE_BEFORE, 0, candidate.start)
        and _LANGUAGE_AFTER.match(text, candidate.end) is not None
    )


def _party_state(text: str, start: int, gaz: Gazetteer) -> Candidate | None:
    """The state in a US politician's party tag at `start` ("R-Texas", "D-N.Y."), or None."""
    match = PARTY_STATE_RE.match(text, start)
    if match is None:
        return None
    hit = known(gaz, match.group(1))
    if hit is None and _set_off(text, start, match.end(1)):
        # "Reginald Bolding, D-Laveen, said": a state legislator's home town, set off as a
        # tag after the name, is a place though no list knows it.
        hit = ("PLACE", match.group(1), WEAK)
    if hit is None or hit[0] != "PLACE":
        return None
    # Weak, so a list it stands in ("Kyrsten Sinema, D-Ariz., and Thom Tillis") lends no label.
    return Candidate(match.start(1), match.end(1), match.group(1), "PLACE", WEAK, hit[1])


def _set_off(text: str, start: int, end: int) -> bool:
    """Whether the tag [start, end) stands between commas or in brackets: ", D-Laveen,"."""
    return (text[start - 2 : start] == ", " and text[end : end + 1] in ",.") or (
        text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    )


def _before_product(text: str, end: int) -> bool:
    """Whether a product noun follows `end`, maybe after a word saying what kind ("Kepler
    space telescope", "Galaxy Fold smartphone")."""
    return bool(PRODUCT_AFTER_RE.match(text, end) or QUALIFIED_PRODUCT_RE.match(text, end))


def _named_in(surface: str, products: set[str]) -> bool:
    return any(product.endswith(surface) for product in products)


def _prefixed_names(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Known names after a lowercase prefix: "pan-European", "anti-American", "ex-Soviet"
    (the run finder keeps a hyphenated word whole, so it never sees these)."""
    found = []
    for match in PREFIXED_RE.finditer(text):
        space = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start()))
        prefix = text[space + 1 : match.start()]
        if prefix in ARTICLE_PREFIXES:
            # "al-Shabab", "al-Qaeda": an Arabic article opens the name, written in lower case.
            whole = known(gaz, f"{prefix}-{match.group(1)}")
            if whole is not None:
                start, end = space + 1, match.end(1)
                found.append(Candidate(start, end, text[start:end], whole[0], whole[2], whole[1]))
            continue
        if prefix not in NAME_PREFIXES:
            continue
        hit = known(gaz, match.group(1))
        if hit is not None:
            start, end = match.span(1)
            found.append(Candidate(start, end, match.group(1), hit[0], hit[2], hit[1]))
    return found


@cache
def _sure_words() -> dict[str, tuple[Label, str]]:
    """Single words a gazetteer labels with certainty, for the fast path."""
    gaz = load()
    sure: dict[str, tuple[Label, str]] = {}
    for word in {*gaz.places, *gaz.orgs, *gaz.groups}:
        hit = known(gaz, word)
        # (A common word is never sure: find_entities drops common words before asking.)
        if " " not in word and hit is not None and hit[2] == SURE and word not in gaz.common:
            sure[word] = (hit[0], hit[1])
    return sure


def _is_initial(text: str, start: int, starts: set[int]) -> bool:
    """A capital here may only mark the start of a sentence or a quotation."""
    if start in starts or start == 0:
        return True
    previous = text[start - 1]
    if previous in OPENERS:
        return True
    if previous != " " or start < 2:
        return False
    # After a dateline's dash ("LAGOS, March 3 (Reuters) - Deforestation") a sentence begins.
    return text[start - 2] in OPENERS or (
        text[start - 2] == "-" and text[start - 3 : start - 2] == " "
    )


def run_tokens(surface: str) -> list[tuple[int, int]]:
    """TOKEN_RE's tokens of a run, as offsets: its space-separated words, found without the
    regex, unless the run holds the two-word joiner "of the" or the comma of ", D.C."."""
    if "," in surface or "of the" in surface:
        return [match.span() for match in TOKEN_RE.finditer(surface)]
    spans = []
    start = 0
    for word in surface.split(" "):
        end = start + len(word)
        spans.append((start, end))
        start = end + 1
    return spans


def _trailing_extra(surface: str, part: list[tuple[int, int]]) -> bool:
    """Whether the part's last word is a weekday or month, after the name, not in it.

    (Titles left at the end, "Wayne County Prosecutor", were tried too: more names lost
    than found on every gold set.)"""
    return surface[part[-1][0] : part[-1][1]] in DATE_WORDS


def _split_joiners(
    text: str, tokens: list[tuple[int, int]], gaz: Gazetteer
) -> list[list[tuple[int, int]]]:
    """Cut a run at "of", "and", "for" unless an organisation word before keeps them."""
    if tokens[0][0] == 0 and not NOT_CAPITAL_AFTER_SPACE.search(text):
        # Every word capitalised, no joiner (the common case): the run is one part.
        return [_trim_particles(text, tokens)]
    parts: list[list[tuple[int, int]]] = [[]]
    for index, (start, end) in enumerate(tokens):
        word = text[start:end]
        if is_name_word(word) or word in PARTICLE_SET:
            parts[-1].append((start, end))
            continue
        left = [text[a:b] for a, b in parts[-1]]
        keep = bool(left) and (
            (word.startswith("of") and left[-1] in gaz.of_heads)
            or (word == "for" and left[-1] in gaz.org_heads)
            or (
                word == "and"
                # "Ministry of Lands and Housing"; a particle is a person's ("Quinton de
                # Kock and Temba Bavuma" are two people)
                and any(not w[0].isupper() and w not in PARTICLE_SET for w in left)
                and OFFICES.isdisjoint(left)  # "… Management Director X and National Guard …"
            )
            or word == "&"
            or (word == "and" and _known_pair(text, parts[-1], tokens, index, gaz))
        )
        if keep and index + 1 < len(tokens):
            parts[-1].append((start, end))
        else:
            parts.append([])
    return [_trim_particles(text, part) for part in parts if part]


def _known_pair(
    text: str,
    part: list[tuple[int, int]],
    tokens: list[tuple[int, int]],
    index: int,
    gaz: Gazetteer,
) -> bool:
    """Whether "and" at `tokens[index]` joins one known name ("Jammu and Kashmir", "Trinidad
    and Tobago"): the word before it and the word after it make a name a gazetteer knows."""
    if index + 1 >= len(tokens):
        return False
    return known(gaz, text[part[-1][0] : tokens[index + 1][1]]) is not None


def _trim_particles(text: str, part: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop trailing particles, and post-nominals after a name ("Jane Doe KC")."""
    while part and (
        not is_name_word(text[part[-1][0] : part[-1][1]])
        or (len(part) > 1 and text[part[-1][0] : part[-1][1]] in POST_NOMINALS)
    ):
        part = part[:-1]
    return part


# A part of a run to classify: its tokens as offsets into the run, whether it opens the run,
# and its words (worked out once per surface, as classify needs them).
Part = tuple[list[tuple[int, int]], bool, list[str]]


def _given_will(shape: list[Part]) -> list[Part]:
    """The shape with a run's opening "Will" kept in the first part's name: mid-sentence the
    modal is lowercase, so "brothers Will El and Beyshaud El" opens with a given name."""
    if not shape or shape[0][0][0][0] != len("Will "):
        return shape
    part, _, words = shape[0]
    return [([(0, 4), *part], True, ["Will", *words]), *shape[1:]]


def _shape(surface: str, gaz: Gazetteer) -> list[Part]:
    """The parts of a run to classify, as offsets into `surface`, each with whether it still
    opens the run (a leading "The" or sentence-opening word dropped means it does not)."""
    if " " not in surface and not surface.endswith("."):
        # One word: no joiners to cut, so it is kept whole unless it is a common word.
        if surface in gaz.common or not surface[:1].isupper():
            return []
        return [([(0, len(surface))], True, [surface])]
    cut = _after_suffix(surface) if ". " in surface else 0
    if cut:
        # "Apple Inc. The deal", "Apple Inc. Chief Executive Tim Cook": the suffix ends a name.
        rest = cut + 1
        while rest < len(surface) and not surface[rest].isupper():
            rest = surface.find(" ", rest) + 1 or len(surface)  # "Ltd. and Lonmin PLC"
        right = [
            ([(a + rest, b + rest) for a, b in part], False, words)
            for part, _, words in _shape(surface[rest:], gaz)
        ]
        return _shape(surface[:cut], gaz) + right
    if "," not in surface and NOT_CAPITAL_AFTER_SPACE.search(surface) is None:
        return _plain_shape(surface, gaz)
    tokens = run_tokens(surface)
    whole = _known_with_joiners(surface, tokens, gaz)
    if whole is not None:
        return whole
    shape = []
    for part in _split_joiners(surface, tokens, gaz):
        opens_run = part[0][0] == 0
        if surface[part[0][0] : part[-1][1]] in gaz.orgs:
            # "Doctors Without Borders": common words, one name
            shape.append((part, opens_run, [surface[a:b] for a, b in part]))
            continue
        while part and (
            (
                surface[part[0][0] : part[0][1]] in gaz.common
                and not (len(part) > 1 and surface[part[0][0] : part[0][1]] in gaz.titles)
            )
            or not surface[part[0][0]].isupper()
        ):
            part = part[1:]
            opens_run = False
        while len(part) > 1 and _trailing_extra(surface, part):
            part = part[:-1]  # "Yahoo Entertainment Monday"
        if part:
            shape.append((part, opens_run, [surface[a:b] for a, b in part]))
    return shape


def _known_with_joiners(
    surface: str, tokens: list[tuple[int, int]], gaz: Gazetteer
) -> list[Part] | None:
    """The run's parts when it opens (after any "The") with an organisation the gazetteer
    knows that holds "of", "for" or "and" ("Communications Workers of America", "the Irish
    Congress of Trade Unions and Dublin Bus"): cutting at the joiners would lose it."""
    lead = 4 if surface.startswith("The ") else 0
    ends = [len(surface)]
    cut = surface.rfind(" and ")
    while cut > lead:
        ends.append(cut)
        cut = surface.rfind(" and ", lead, cut)
    for end in ends:  # the longest name first
        if surface[lead:end] not in gaz.orgs:
            continue
        part = [(a, b) for a, b in tokens if a >= lead and b <= end]
        found: list[Part] = [(part, lead == 0, [surface[a:b] for a, b in part])]
        rest = end + len(" and ")
        for later, _, words in _shape(surface[rest:], gaz) if end < len(surface) else []:
            found.append(([(a + rest, b + rest) for a, b in later], False, words))
        return found
    return None


def _after_suffix(surface: str) -> int:
    """Where a company suffix with a full stop ends inside the run ("Apple Inc. The"), or 0."""
    if ". " not in surface:
        return 0
    for suffix in ABBREVIATED_SUFFIXES:
        found = surface.find(suffix + ". ")
        if found > 0:
            return found + len(suffix) + 1
    return 0


def _plain_shape(surface: str, gaz: Gazetteer) -> list[Part]:
    """`_shape` of the commonest run, capitalised words with single spaces between and no
    joiner or comma: one part, worked out on its words, with no token spans until the end."""
    words = surface.split(" ")
    name = surface
    if words[-1] in POST_NOMINALS and len(words) > 1:
        while len(words) > 1 and words[-1] in POST_NOMINALS:
            words.pop()  # "Jane Doe KC"
        name = " ".join(words)
    count = len(words)
    first, stop = 0, count
    if name not in gaz.orgs:  # else "Doctors Without Borders": common words, one name
        common, titles = gaz.common, gaz.titles
        while first < count and (
            words[first] in common and not (count - first > 1 and words[first] in titles)
        ):
            first += 1
            if words[first - 1] in _ARTICLES and (
                count - first > 2 or " ".join(words[first:stop]) in gaz.orgs
            ):
                # "The All Parties Conference", "The Black Cats": after "The", a long or a
                # known name's own word
                break
        if first == count:
            return []
        while stop - first > 1 and words[stop - 1] in DATE_WORDS:
            stop -= 1  # "Yahoo Entertainment Monday"
    spans = []
    start = 0
    for word in words[:stop]:
        end = start + len(word)
        spans.append((start, end))
        start = end + 1
    return [(spans[first:], first == 0, words[first:stop])]


def _take_particle(text: str, candidate: Candidate, people: dict[str, str]) -> None:
    """ "de Graaf" without a given name: the lowercase particles before a surname ("de",
    "von der") belong to it when the full name holds them ("Pieter de Graaf") or a person
    cue precedes them."""
    start = candidate.start
    while True:
        space = text.rfind(" ", 0, start - 1)
        particle = text[space + 1 : start - 1]
        if particle not in PARTICLE_SET or not particle.islower():
            break
        start = space + 1
    if start == candidate.start:
        return
    full = people.get(candidate.text, "")
    joined = f"{text[start : candidate.start - 1]} {candidate.text}"
    if not (full.endswith(" " + joined) or person_before(text, start)):
        return
    candidate.start = start
    candidate.text = joined
    people.setdefault(joined, full or joined)


def _apply_lexicon(text: str, entities: list[Entity], lexicon: Lexicon) -> list[Entity]:
    """The user's corrections win: "not an entity" removes, a label adds or relabels."""
    corrections = lexicon.lookup()
    result = [e for e in entities if text[e.start : e.end] not in corrections]
    corrected: list[Entity] = []
    # Longest first: "Jake Sullivan" corrected keeps its whole span against "Sullivan".
    for surface in sorted(corrections, key=len, reverse=True):
        correction = corrections[surface]
        if correction.label is None or not surface.strip() or "\n\n" in surface:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
        name = correction.name or surface
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(e.start < end and start < e.end for e in corrected):
                continue
            result = [e for e in result if e.end <= start or e.start >= end]
            corrected.append(Entity(start, end, correction.label, name))
    return result + corrected


def _without_overlaps(entities: list[Entity]) -> list[Entity]:
    """Sort, and keep the first (then longest) of any overlapping spans."""
    # By (start, -end) in two stable sorts whose keys attrgetter finds in C.
    entities.sort(key=attrgetter("end"), reverse=True)
    entities.sort(key=attrgetter("start"))
    result: list[Entity] = []
    for entity in entities:
        if entity.end <= entity.start:
            continue
        if result and entity.start < result[-1].end:
            continue
        result.append(entity)
    return result

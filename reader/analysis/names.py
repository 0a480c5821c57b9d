"""Canonical names: one name per person, organisation or place across a document."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from reader.analysis.entity_rules import WEAK, Candidate
from reader.analysis.gazetteer import Gazetteer
from reader.analysis.tokens import PARTICLE_SET

_APOSTROPHES = str.maketrans("’‘", "''")
# An Arabic article joined to a surname, dropped on second reference ("al-Faleh", "Faleh").
_PARTICLE_RE = re.compile(r"(?:al|Al|el|El|ad|ed|as|ash|at|az)-(?=[A-Z])")
_DOUBLING = frozenset("lnprst")
# A name joined by a lowercase particle: "Misbah-ul-Haq", "Zia-ur-Rehman".
_JOINED_PARTICLE_RE = re.compile(r"([A-Z][a-z]{2,})-[a-z]{1,3}-[A-Z]")
ACRONYM_AFTER_RE = re.compile(r" \(([A-Z][A-Za-z0-9&.]{1,9})\)")


def _capitals(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def person_index(
    candidates: Sequence[Candidate], gaz: Gazetteer, title_end: int = 0
) -> dict[str, str]:
    """Map a surname (or a family-name-first first word) to the full name first seen.

    Names in the title (before `title_end`) come last: "Theresa May" in the body, not a
    headline's "Tearful May", is who "May" is."""
    by_last: dict[str, str] = {}
    by_first: dict[str, str] = {}
    names = [c for c in candidates if c.label == "PERSON" and (" " in c.text or "-" in c.text)]
    if title_end:
        titled = [c for c in names if c.start < title_end]
        if titled:  # a stable partition: the body's names first
            names = [c for c in names if c.start >= title_end] + titled
    # A surname opening with its particle ("De Magistris", a sentence's first words) claims
    # nothing before a full name that holds it ("Luigi de Magistris"), wherever it stands.
    surname_form = [c.text.split(" ", 1)[0].lower() in PARTICLE_SET for c in names]
    if any(surname_form):
        names = [c for c, form in zip(names, surname_form, strict=True) if not form] + [
            c for c, form in zip(names, surname_form, strict=True) if form
        ]
    # "O’Leary" and "O'Leary", "Isărescu" and "Isarescu" in one story are one person: the
    # spelling seen first names both.
    spellings: dict[str, str] = {}
    seen: set[str] = set()
    long_names: set[str] = set()  # full names of three words or more, for `longer` below
    middles: list[tuple[str, str]] = []  # inner words of names of three words or more
    for candidate in names:
        text = candidate.text
        if text in seen:
            continue  # a name seen before sets nothing new: every key it sets is taken
        seen.add(text)
        words = text.split()
        if "." in text:  # initials ("John F. Kennedy") are left out
            words = [word for word in words if not word.endswith(".")]
        if len(words) < 2:
            joined = _JOINED_PARTICLE_RE.match(text)
            if joined:
                by_first.setdefault(joined.group(1), text)  # "Misbah" for "Misbah-ul-Haq"
            continue
        plain = text if text.isascii() else fold_accents(text.translate(_APOSTROPHES))
        full = spellings.setdefault(plain, text)
        if full.count(" ") >= 2:
            long_names.add(full)
        by_last.setdefault(words[-1], full)
        # The article's hyphen first: most surnames have none, and skip the regex.
        particle = "-" in words[-1] and _PARTICLE_RE.match(words[-1])
        if particle:
            by_last.setdefault(words[-1][particle.end() :], full)  # "Faleh": "Khaled al-Faleh"
        by_first.setdefault(words[0], full)
        if len(words) >= 3:
            middles.extend((word, full) for word in words[1:-1])
        if len(words) >= 3:
            by_last.setdefault(" ".join(words[1:]), full)  # "Dent Coad"
            by_last.setdefault(" ".join(words[-2:]), full)  # "Lopez Obrador"
            if words[-2] in PARTICLE_SET:  # "De Ruyter" opening a sentence: "Andre de Ruyter"
                by_last.setdefault(f"{words[-2].capitalize()} {words[-1]}", full)
            if words[1] in PARTICLE_SET and words[-2] in PARTICLE_SET:
                # "Von der Leyen" opening a sentence: "Ursula von der Leyen"
                by_last.setdefault(" ".join([words[1].capitalize(), *words[2:]]), full)
        by_last.setdefault(text, full)
    index = {**by_first, **by_last}
    for word, full in middles:
        if _may_stand_alone(word, gaz):
            index.setdefault(word, full)  # "Fakhrul" for "Mirza Fakhrul Islam Alamgir"
    # A two-word name that opens a longer one is the same person: "Ahmad Zahid" is "Ahmad
    # Zahid Hamidi", named in full. But an English name before a Chinese one ("Carrie Lam
    # Cheng Yuet-ngor", told by the hyphen) is what the story calls her: the short form.
    # (Asked of every long name, even one whose keys others took: it then changes nothing.)
    longer: dict[str, str] = {}
    for name in long_names:
        short = name[: name.find(" ", name.find(" ") + 1)]
        if short in index and index[short] == short:
            if "-" in name[len(short) :]:
                longer[name] = short  # "Carrie Lam Cheng Yuet-ngor": her Chinese name after
            else:
                longer[short] = name  # "Ahmad Zahid" is "Ahmad Zahid Hamidi" in full
    if longer:
        index = {key: longer.get(name, name) for key, name in index.items()}
    # Headlines and second references often drop the accents: "Babis" is "Andrej Babiš".
    if not "".join(index).isascii():  # one test in C for the commonest case, no accents
        for key, name in list(index.items()):
            if not key.isascii():
                index.setdefault(fold_accents(key), name)
                index.setdefault(key.translate(_APOSTROPHES), name)
    return index


def _may_stand_alone(word: str, gaz: Gazetteer) -> bool:
    """Whether an inner word of a long name can stand for the person: a plain capitalised
    word no list knows ("Fakhrul"; not "Islam", "Ann" or "Seri")."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and not any(
            word in words
            for words in (gaz.given_names, gaz.common, gaz.non_names, gaz.titles, gaz.groups)
        )
        and word not in gaz.places
        and word not in gaz.orgs
    )


def fold_accents(word: str) -> str:
    """`word` without its diacritics ("Babiš" gives "Babis")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def title_end(text: str) -> int:
    """Where the first paragraph ends if it is a title (no full stop closes it), else 0."""
    end = text.find("\n\n")
    if end <= 0 or text[:end].rstrip()[-1:] in ".!?":
        return 0
    return end


def acronym_expansions(text: str, candidates: Sequence[Candidate]) -> dict[str, Candidate]:
    """ "National Resistance Movement (NRM)" makes NRM stand for the full name."""
    expansions: dict[str, Candidate] = {}
    # One pass sorts the candidates: names of two words or more may be spelled by an
    # acronym (a person's capitals too); a single word in capitals may be one.
    long_names = []
    people = []
    acronyms = set()
    for candidate in candidates:
        surface = candidate.text
        if " " not in surface:
            if surface.isupper() and len(surface) >= 3 and surface.isalpha():
                acronyms.add(surface)
        elif candidate.label == "PERSON":
            people.append(candidate)
        elif candidate.label in ("ORG", "PLACE"):
            long_names.append(candidate)
            short = _acronym_after(text, candidate)
            if short is not None:
                expansions[short] = candidate
    acronyms.difference_update(expansions)
    if not acronyms:
        return expansions
    # "the OAS" after "Organization of American States": the capitals spell the acronym;
    # "CFK" for "Cristina Fernández de Kirchner": a person by the initials only.
    by_initials: dict[str, set[str]] = {}
    first: dict[str, Candidate] = {}
    for candidate in long_names + people:
        initials = _capitals(candidate.text)
        if initials not in acronyms:
            continue
        if candidate.label == "PERSON" and ACRONYM_AFTER_RE.match(text, candidate.end):
            continue  # "… Palike (BBMP)": a body
        by_initials.setdefault(initials, set()).add(candidate.text)
        first.setdefault(initials, candidate)
    for acronym, names in by_initials.items():
        if len(names) == 1:
            expansions[acronym] = first[acronym]
    return expansions


def _acronym_after(text: str, name: Candidate) -> str | None:
    """The acronym in brackets right after a name that it spells ("(NRM)"), or None."""
    match = ACRONYM_AFTER_RE.match(text, name.end)
    # "Rio de Janeiro (AFP)" is a dateline, not a name and its acronym.
    if match is None or match.group(1)[0] != name.text[0]:
        return None
    short = match.group(1)
    # "Association of Mineworkers and Construction Union (Amcu)": written like a word, it
    # must still spell the name's capitals.
    if short.isupper() or short.upper() == _capitals(name.text):
        return short
    return None


def spelling_variants(word: str) -> list[str]:
    """`word` with one doubled consonant single, or one single consonant doubled: how a
    story misspells a name it gave in full ("Elliot" for "Christine Elliott")."""
    variants = []
    for index in range(1, len(word)):
        char = word[index]
        if char not in _DOUBLING:
            continue
        if word[index - 1] == char:
            variants.append(word[:index] + word[index + 1 :])
        elif word[index + 1 : index + 2] != char:
            variants.append(word[:index] + char + word[index:])
    return variants


def canonical_name(candidate: Candidate, people: dict[str, str], gaz: Gazetteer) -> str:
    """The name every mention of the same thing shares."""
    if candidate.label == "PERSON":
        name = people.get(candidate.text, candidate.text)
        if people and name == candidate.text and " " not in name and len(name) >= 5:
            for variant in spelling_variants(name):
                if variant in people:
                    return people[variant]
            lowered = name.lower()
            for key, full in people.items():
                if key.lower() == lowered:
                    return full  # "Leclair" for "Andy LeClair"
        last = candidate.text[candidate.text.rfind(" ") + 1 :]
        if (
            name == candidate.text
            and candidate.confidence == WEAK
            and people.get(last, name) != name
        ):
            # A guessed "Tearful May" in a headline is the story's "Theresa May".
            return people[last]
        return name
    if candidate.canonical:
        return candidate.canonical
    if candidate.label == "ORG":
        return gaz.orgs.get(candidate.text, candidate.text)
    if candidate.label == "PLACE":
        return gaz.places.get(candidate.text, candidate.text)
    return candidate.text

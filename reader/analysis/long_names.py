"""Long names with lowercase words inside: "Medicines and Healthcare products Regulatory
Agency", "St James’ Park". The run splitter cuts these; they are found whole first."""

from __future__ import annotations

import re

from reader.analysis.context import REPORTING_VERBS, ROLE_WORDS
from reader.analysis.entity_rules import CUE, OFFICES, SURE, Candidate
from reader.analysis.gazetteer import Gazetteer, load
from reader.analysis.tokens import UPPER

# Lowercase words that may sit between the capitalised words of an organisation's name.
CONNECTORS = frozenset(["and", "of", "for", "the", "&"])
NOT_INSIDE = frozenset(f"{REPORTING_VERBS}|{ROLE_WORDS}".split("|")) | frozenset(
    [
        "in",
        "on",
        "at",
        "to",
        "from",
        "with",
        "by",
        "as",
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "who",
        "which",
        "that",
        "this",
        "its",
        "their",
        "his",
        "her",
        "a",
        "an",
        "or",
        "but",
        "not",
        "into",
        "over",
        "under",
        "after",
        "before",
        "than",
    ]
)
LANDMARK_RE = re.compile(
    rf"S(?<!\w.)(?:t\.?|aint) [{UPPER}]\w+(?:’|')s?(?: [{UPPER}]\w+)*"
    r" (?:Park|Square|Stadium|Cathedral|Church|Palace|Bridge|Abbey|Road|Street|Lane|Gardens)\b"
)
# A plural possessive inside an organisation's name: "Post Primary Teachers’ Association",
# "the Workers' Party" (the run splitter stops at the apostrophe). The owners' words end at
# the mark (searched up to it), the name's words start after it.
_OWNERS_RE = re.compile(rf"(?<![\w’'-])(?:[{UPPER}][\w-]* )*[{UPPER}][\w-]*s$")
# Offices whose holder's department or residence is named with a possessive.
POSSESSIVE_OFFICES = frozenset(
    [
        "President", "Minister", "Sheriff", "Governor", "Mayor", "General", "Premier",
        "Chancellor", "Speaker", "Secretary", "Coroner", "Auditor", "Ombudsman",
        "Commissioner", "Prosecutor", "Attorney", "Magistrate",
    ]
)  # fmt: skip
# A plural's possessive before a capitalised word ("Traders’ A…"), and the end of a title's
# possessive before a department, office or court ("Sheriff’s Department"): each opens with
# a literal "s", which the regex engine skips ahead to (a character class first is five
# times slower).
_PLURAL_POSSESSIVE_RE = re.compile(rf"s['’] (?=[{UPPER}])")
_TITLED_POSSESSIVE_RE = re.compile(r"s (?:Department|Office|Court|Dept\b)")
_OWNED_RE = re.compile(rf"(?:[{UPPER}][\w-]* )*[{UPPER}]\w*")
_TITLE_OWNERS_RE = re.compile(rf"(?<![\w’'-])(?:[{UPPER}][\w-]* )*[{UPPER}][\w-]*$")
# A nickname in quote marks between a given name and a surname; the given name before it
# is checked in code (a look-behind cannot take a word of any length).
NICKNAME_RE = re.compile(
    rf"[“\"][{UPPER}][\w’'-]*[”\"] [{UPPER}][\w’'-]+(?: [{UPPER}][\w’'-]+)?(?![\w’'-])"
)
BASED_ENDINGS = ("-based", "-led", "-owned", "-backed", "-run", "-funded", "-born")
# After "Ministry of Land": more portfolios listed with commas, the last after "and".
PORTFOLIOS_RE = re.compile(
    rf"(?:, [{UPPER}]\w+(?: [{UPPER}]\w+)?)+,? and [{UPPER}]\w+(?: [{UPPER}]\w+)?"
)
PORTFOLIO_HEADS = frozenset(["Ministry", "Department", "Secretariat", "Minister", "Secretary"])
# Bodies named for what they deal with: "Commission on Human Rights", "Council on Foreign
# Relations"; the capitalised words after "on" belong to the name.
ON_HEADS = frozenset(["Commission", "Committee", "Council", "Conference", "Panel", "Centre"])
ON_SUBJECT_RE = re.compile(rf" on(?: [{UPPER}]\w+)(?: (?:and )?[{UPPER}]\w+)*")
# Possessors that belong inside an organisation's name: "Women's Tennis Association".
INNER_POSSESSOR_ENDINGS = ("men", "ren", "ple", "ers")
NAME_WORD_RE = re.compile(r"\w+(?:[-’']\w+)*|&")
_MIN_CAPITALS = 4
_MAX_WORDS = 10


def landmarks(text: str) -> list[Candidate]:
    """Names the run splitter cuts, found whole first: saints' landmarks ("St James’ Park",
    cut at the apostrophe) and people with a nickname in quote marks ("Dewayne “Lee”
    Johnson", cut at the marks), in text order."""
    found = [
        Candidate(m.start(), m.end(), m.group(), "PLACE", CUE) for m in LANDMARK_RE.finditer(text)
    ]
    if "“" in text or '"' in text:
        found.extend(_nicknamed(text))
        found.sort(key=lambda c: c.start)
    return found


def possessive_names(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Organisations named with a possessive inside: a plural common noun's ("Ceylon Tea
    Traders’ Association") or a title's ("the Sheriff’s Department", "the Prime Minister's
    Office"), with an organisation's head word at the end."""
    found = []
    for match in _TITLED_POSSESSIVE_RE.finditer(text):
        mark = match.start() - 1
        owner = text[text.rfind(" ", 0, mark) + 1 : mark]
        if text[mark : mark + 1] in ("’", "'") and owner in POSSESSIVE_OFFICES:
            candidate = _possessive_name(text, mark, gaz, titled=True)
            if candidate is not None:
                found.append(candidate)
    for match in _PLURAL_POSSESSIVE_RE.finditer(text):
        candidate = _possessive_name(text, match.start(), gaz)
        if candidate is not None:
            found.append(candidate)
    return sorted(found, key=lambda candidate: candidate.start)


def _possessive_name(
    text: str, index: int, gaz: Gazetteer, titled: bool = False
) -> Candidate | None:
    """The organisation whose possessive starts at `index` ("s’ " after a plural, "’s " after
    a title: `titled`, the title checked by the caller), or None."""
    owned = _OWNED_RE.match(text, index + 3)
    if owned is None:
        return None
    head = owned.group()
    if head[head.rfind(" ") + 1 :] not in gaz.org_heads:
        return None
    owners = (_TITLE_OWNERS_RE if titled else _OWNERS_RE).search(
        text, max(0, index - 80), index if titled else index + 1
    )
    if owners is None:
        return None
    owner = text[max(text.rfind(" ", 0, index), owners.start() - 1) + 1 : index + 1]
    if not titled and owner not in gaz.common:
        return None  # "Stellantis’ Toledo Assembly": one company's, not a plural noun's
    start = owners.start() + 4 if text.startswith("The ", owners.start()) else owners.start()
    return Candidate(start, owned.end(), text[start : owned.end()], "ORG", CUE)


def _nicknamed(text: str) -> list[Candidate]:
    found = []
    for mark in ("“", '"'):
        # str.find skips to each mark far faster than a regex that starts with a class.
        index = text.find(mark)
        while index >= 0:
            # The space before the mark first: it rules out closing marks without the regex.
            match = text[index - 1 : index] == " " and NICKNAME_RE.match(text, index)
            if match:
                word_start = max(text.rfind(" ", 0, index - 1), text.rfind("\n", 0, index)) + 1
                first = text[word_start : index - 1]
                if first[:1].isupper() and first.isalpha():
                    word_start = _given_name_before(text, word_start)  # "Juan Miguel “Migz”"
                    end = match.end()
                    found.append(Candidate(word_start, end, text[word_start:end], "PERSON", SURE))
            index = text.find(mark, index + 1)
    return found  # landmarks() sorts


def _given_name_before(text: str, start: int) -> int:
    """Where a name opening at `start` starts, taking in one given name written before it."""
    before = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    if text[start - 1 : start] == " " and text[before : start - 1] in load().given_names:
        return before
    return start


def _may_sit_inside(word: str) -> bool:
    """A lowercase word such as "products" that may sit inside a long name."""
    return word.isalpha() and word.islower() and word not in NOT_INSIDE and word[-2:] != "ed"


# Company suffixes that end one name before "and" starts another ("Raytheon Co and …").
_SUFFIXES = frozenset(["Co", "Co.", "Inc.", "Corp.", "Ltd.", "Plc", "LLC"])


_ACRONYM_AFTER = re.compile(r" \(([A-Z]{2,10})\)")


def _one_body(before_and: list[tuple[int, str]], gaz: Gazetteer) -> bool:
    """Whether the words before a name's last "and" can belong to one body's name: none is
    a person's given name ("… John Kerry and European Union")."""
    return not any(word in gaz.given_names and word not in gaz.org_heads for _, word in before_and)


def _named_head(text: str, floor: int, start: int, word: str, gaz: Gazetteer) -> bool:
    """Whether `word` (at `start`) is a head word that ends a name of its own, a capitalised
    word before it ("United Airlines,"); "the Bakery, Confectionery, Tobacco Workers and
    Grain Millers International Union" lists trades inside one name."""
    if word not in gaz.org_heads:
        return False
    before = text[max(floor, text.rfind(" ", floor, start - 1) + 1) : start - 1]
    return before[:1].isupper()


def org_ending_at(text: str, head_start: int, end: int, gaz: Gazetteer) -> Candidate | None:
    """An organisation name ending with the head word at [head_start, end) that holds a
    lowercase word or "and", walking back over capitalised words and connectors; else None."""
    floor = max(0, head_start - 120)
    kept: list[tuple[int, str]] = []
    free_words = 0
    in_list = False
    pos = head_start  # the start of the word kept last
    # "Defence Research and Development Organisation (DRDO)": the acronym after the name
    # says how many capitalised words it has.
    acronym = _ACRONYM_AFTER.match(text, end)
    spelled = len(acronym.group(1)) if acronym else 0
    while len(kept) < _MAX_WORDS and pos - 1 > floor and text[pos - 1] == " ":
        start = max(text.rfind(" ", floor, pos - 1), text.rfind("\n", floor, pos - 1)) + 1
        word = text[start : pos - 1]
        if (
            kept
            and kept[-1][1] == "and"
            and (word in gaz.org_heads or word in _SUFFIXES)
            and sum(1 for _, w in kept if w[:1].isupper()) + 1 >= spelled
        ):
            kept.pop()  # "Sahel Capital and Greenline Partners": two companies
            break
        if word.endswith(BASED_ENDINGS):
            break  # "Boston-based Greenline Partners": the modifier starts a new name
        if word in OFFICES:
            break  # "President Recep Tayyip Erdogan and outgoing European Commission": a person
        listed = word[-1:] == "," and any(w == "and" for _, w in kept)
        bare = word[:-1] if listed else word
        # A word of letters only is a name word: the regex is for hyphens, apostrophes, "&".
        if not (bare.isalpha() or NAME_WORD_RE.fullmatch(bare)):
            break  # punctuation ends a name: "Roger Wicker, the chairman of…"
        if listed and not word[:1].isupper():
            break  # only "Pharmacists, Nurses and Dentists Union" lists names with commas
        if listed and (
            bare in gaz.orgs or bare in gaz.places or _named_head(text, floor, start, bare, gaz)
        ):
            # "Amazon, Facebook and Tesla Motors", "United Airlines, Cathay Pacific and
            # Singapore Airlines": a list of names, not one name, so its "and" joins two
            in_list = True
            break
        if word[:1].isupper() or word in CONNECTORS:
            kept.append((start, word))
        elif free_words == 0 and _may_sit_inside(word):
            free_words += 1
            kept.append((start, word))
        else:
            break
        pos = start
    kept.reverse()
    joins = [i for i, (_, w) in enumerate(kept) if w == "and"]
    if joins and (in_list or not _one_body(kept[: joins[-1]], gaz)):
        kept = kept[joins[-1] + 1 :]  # "Secretary of State John Kerry and European Union"
    free = next((i for i, (_, w) in enumerate(kept) if w[:1].islower() and w not in CONNECTORS), 0)
    if free and " ".join(w for _, w in kept[:free]) in gaz.orgs:
        kept = kept[free + 1 :]  # "Air NZ follows United Airlines": a name, a verb, a name
    # The name starts at its first capitalised word that is not a sentence word ("The").
    while kept and (not kept[0][1][:1].isupper() or kept[0][1] in gaz.common):
        kept.pop(0)
    if not kept:
        return None
    inner = [word for _, word in kept]
    lowercase = [w for w in inner if not w[:1].isupper()]
    if not any(w == "and" or w not in CONNECTORS for w in lowercase):
        return None  # only "of"/"for": the ordinary run rules handle these
    capitals = sum(1 for w in inner if w[:1].isupper()) + 1
    if any(
        w == "the" and (i == 0 or inner[i - 1] not in ("of", "for")) for i, w in enumerate(inner)
    ):
        return None  # "the" sits inside a name only as "of the"
    if capitals < _MIN_CAPITALS or any(w.endswith((".", "’s", "'s")) for w in inner):
        return None
    start = kept[0][0]
    return Candidate(start, end, text[start:end], "ORG", CUE)


def extend_org_names(text: str, body: list[Candidate], gaz: Gazetteer) -> None:
    """Organisation names the run splitter cut: portfolios listed after "Ministry of"
    ("Ministry of Land, Infrastructure, Transport and Tourism") and a possessor inside the
    name ("Women's Tennis Association"). Candidates the longer name takes in are removed."""
    grown = [
        candidate
        for candidate in body
        if candidate.label == "ORG"
        and (
            " of " in candidate.text
            or text[candidate.start - 3 : candidate.start - 1] in "'s’s"
            or text.startswith(" on ", candidate.end)
            or _opens_with_possessor(candidate.text)
        )
        and _grow(text, candidate, gaz)
    ]
    if grown:
        body[:] = [
            c
            for c in body
            if c in grown or not any(g.start < c.end and c.start < g.end for g in grown)
        ]


def _grow(text: str, candidate: Candidate, gaz: Gazetteer) -> bool:
    """Extend one organisation name in place; whether it grew."""
    start, end = candidate.start, candidate.end
    if " of " in candidate.text and candidate.text[: candidate.text.find(" ")] in PORTFOLIO_HEADS:
        match = PORTFOLIOS_RE.match(text, end)
        if match and not any(
            item in gaz.places or item in gaz.orgs
            for item in (part.strip(" ,") for part in re.split(r",|\band\b", match.group()))
        ):
            end = match.end()
    if candidate.text[candidate.text.rfind(" ") + 1 :] in ON_HEADS:
        subject = ON_SUBJECT_RE.match(text, end)
        if subject and subject.group().split()[1] not in gaz.common:  # not "on Monday"
            end = subject.end()  # "Kenya National Commission on Human Rights"
    if text[start - 3 : start] in ("'s ", "’s "):
        word_start = max(text.rfind(" ", 0, start - 3), text.rfind("\n", 0, start - 3)) + 1
        possessor = text[word_start : start - 3]
        if possessor[:1].isupper() and possessor.endswith(INNER_POSSESSOR_ENDINGS):
            start = word_start
    if _opens_with_possessor(text[start:end]):
        start = _capitals_before(text, start, gaz)  # "All People’s Congress"
    if (start, end) == (candidate.start, candidate.end):
        return False
    candidate.start, candidate.end, candidate.text = start, end, text[start:end]
    candidate.canonical = ""  # "People’s Democratic Party" is not the "Democratic Party"
    return True


def _opens_with_possessor(name: str) -> bool:
    """Whether a name opens with a plural's possessive that belongs inside it ("People’s")."""
    if "s " not in name:
        return False  # most names: one test in C before any slicing
    first = name[: name.find(" ")]
    return first.endswith(("'s", "’s")) and first[:-2].endswith(INNER_POSSESSOR_ENDINGS)


def _capitals_before(text: str, start: int, gaz: Gazetteer) -> int:
    """Where up to three capitalised words right before `start` begin ("Tigray People's
    Liberation Front", "Sierra Leone People's Party"); a sentence word ("The") ends them."""
    for _ in range(3):
        if text[start - 1 : start] != " ":
            break
        word_start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
        word = text[word_start : start - 1]
        if not (word[:1].isupper() and word.replace("-", "").isalpha()) or word in gaz.common:
            break
        start = word_start
    return start

"""Capitalised tokens and runs of them: the candidate names the recogniser classifies."""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-Þ"
ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Gen|Sen|Sens|Rep|Reps|Gov|Col|Lt|Capt|Sgt|Maj|Adm|Rev|Prof|St|Jr|Sr|Inc|Corp"
    "|Co|Ltd|Mt|Ft|Cpl|Pvt"
    # US states as the AP writes them after a city; not Ind., Miss., Wash., which are words.
    "|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Kan|Ky|Md|Mich|Minn|Neb|Nev|Okla|Ore|Pa|Tenn"
    "|Vt|Va|Wis|Wyo"
)
# One capitalised token: a dotted acronym (U.S.), a known abbreviation (Dr.), an initial
# followed by another capital (the "T." in "Mark T. Esper"), or a word that may hold
# hyphens and apostrophes ("Port-au-Prince", "O'Brien") but never a possessive "'s".
# The rest of a word after its first characters: apostrophe parts ("O'Brien"), hyphen
# parts that lead to a capital or a digit ("Port-au-Prince", "COVID-19") and lowercase
# syllables of given names ("Ji-won"); a compound's lowercase word ("Nairobi-based",
# "Scottish-led", "Co-author") is not part of the name.
COMPOUND_TAILS = (
    # "-ing" after a vowel: "Chinese-speaking", not the syllable of "Chin-ting".
    r"[a-z]*[aeiou][a-z]*ing|[a-z]*(?:ed|er|ers|ly|ist|ists|ship)|[a-z]{3,}ors?"
    r"|born|made|run|led|based|style"
    r"|era|wide|wing"
    r"|like|bound|built|free|friendly|level|class|scale|term|time|year|old|day|week|month|page"
    r"|point|party|state|world|fan|chair|host|elect|owned|backed|funded|born|sized|wise"
    r"|first|only|largest|biggest|inspired|flagged|registered|listed|majority|minority"
    r"|dominated|controlled|language|speaking"
)
# An ampersand between capitals stays inside the word: "AT&T", "J&J", "T&T".
WORD_TAIL = (
    rf"(?:['’](?!s\b)\w+|-(?:[a-z]+-)*[{UPPER}0-9]\w*|-(?!(?:{COMPOUND_TAILS})\b)[a-z]+\b"
    rf"|&[{UPPER}]\w*)*"
)
TOKEN = (
    rf"(?:[{UPPER}]\.){{2,}}"
    rf"|(?:{ABBREVIATIONS})\.(?=\s|$)"
    r"|[JS]r\.(?=,)"  # "Daniel Simmons Sr., who"
    rf"|[{UPPER}]\.(?= [{UPPER}])"
    rf"|[{UPPER}][\w]*{WORD_TAIL}"
)
# Joiners inside a run: lowercase particles of personal names always, "of"/"for"/"and"/"&"
# provisionally (the recogniser splits them again unless an organisation word allows them).
PARTICLES = "de|da|del|der|di|dos|du|es|van|von|bin|ibn|al|el|la|le"
JOINERS = rf"(?:of the|of|for|and|&|{PARTICLES})"

# The first token of a run again, written to open with a bare character class so the regex
# engine skips ahead to the next capital instead of trying every offset (three times faster).
# The capital is matched first; the look-behinds then check what precedes it, and each
# alternative continues TOKEN's alternatives from the second character ("(?<=M)rs" is "Mrs").
_ABBREVIATION_RESTS: dict[str, list[str]] = {}
for _abbreviation in ABBREVIATIONS.split("|"):
    _ABBREVIATION_RESTS.setdefault(_abbreviation[0], []).append(_abbreviation[1:])
_ABBREVIATION_REST = "|".join(
    f"(?<={first})(?:{'|'.join(rests)})" for first, rests in _ABBREVIATION_RESTS.items()
)
FIRST_TOKEN = (
    rf"[{UPPER}](?<![\w'’].)(?<!\w-.)"
    rf"(?:\.(?:[{UPPER}]\.)+"
    # The rests of the abbreviations are one to four lowercase letters: a lookahead for that
    # saves trying their look-behinds after almost every capital.
    rf"|(?=[a-z]{{1,4}}\.)(?:{_ABBREVIATION_REST})\.(?=\s|$)"
    rf"|\.(?= [{UPPER}])"
    rf"|\w*{WORD_TAIL})"
)
# A lowercase article joined by a hyphen to a capitalised name ("Deir al-Balah", "Abu
# el-Haj"): a word of the name, though it does not start with a capital.
HYPHENED_PARTICLE = rf"(?:al|el|ad|ar|as|an|ash|at|az|ul|bin|ibn|abu|ben)-[{UPPER}]\w*"
# Every TOKEN starts with a capital: the look-ahead for one spares trying its alternatives
# (the abbreviations among them) after the last word of every run.
RUN_RE = re.compile(
    rf"{FIRST_TOKEN}(?:(?: |(?: {JOINERS})+ |, (?=D\.C\.))(?=[{UPPER}])(?:{TOKEN})"
    rf"| {HYPHENED_PARTICLE})*"
)
TOKEN_RE = re.compile(rf"{HYPHENED_PARTICLE}|{TOKEN}|{JOINERS}(?= )|&")
HYPHENED_PARTICLE_RE = re.compile(HYPHENED_PARTICLE)
PARTICLE_SET = frozenset(PARTICLES.split("|"))
ACRONYM_RE = re.compile(rf"^[{UPPER}][{UPPER}0-9&.]+$")
LOWER_WORD_RE = re.compile(r"[a-z]+")


def is_name_word(word: str) -> bool:
    """Capitalised, or a hyphened particle ("al-Balah") that belongs to the name."""
    return word[:1].isupper() or HYPHENED_PARTICLE_RE.match(word) is not None


def is_acronym(word: str) -> bool:
    """All capitals ("NATO", "U.S.", "G20"), two characters or more."""
    if word[1:2].islower():
        return False  # most words: a plain test before the regex
    return len(word) >= 2 and bool(ACRONYM_RE.match(word)) and not word.isdigit()


def has_lower_word(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` as a whole lower-case ASCII word (in lower case)."""
    if not LOWER_WORD_RE.fullmatch(word):
        return False
    index = text.find(word)
    while index >= 0:
        end = index + len(word)
        if (index == 0 or not _is_word_char(text[index - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            return True
        index = text.find(word, index + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def mark_positions(text: str, marks: str) -> list[int]:
    """Sorted offsets of every one of `marks` in `text`: str.find skips ahead several times
    faster than a regex character class does."""
    found = []
    for mark in marks:
        index = text.find(mark)
        while index >= 0:
            found.append(index)
            index = text.find(mark, index + 1)
    found.sort()
    return found

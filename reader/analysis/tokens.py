"""Capitalised tokens and runs of them: the candidate names the recogniser classifies."""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-Þ"
ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Lt|Capt|Sgt|Maj|Adm|Rev|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft"
    "|Cpl|Pvt"
)
# One capitalised token: a dotted acronym (U.S.), a known abbreviation (Dr.), an initial
# followed by another capital (the "T." in "Mark T. Esper"), or a word that may hold
# hyphens and apostrophes ("Port-au-Prince", "O'Brien") but never a possessive "'s".
TOKEN = (
    rf"(?:[{UPPER}]\.){{2,}}"
    rf"|(?:{ABBREVIATIONS})\.(?=\s|$)"
    rf"|[{UPPER}]\.(?= [{UPPER}])"
    rf"|[{UPPER}][\w]*(?:[-'’](?!s\b)\w+)*"
)
# Joiners inside a run: lowercase particles of personal names always, "of"/"for"/"and"/"&"
# provisionally (the recogniser splits them again unless an organisation word allows them).
PARTICLES = "de|da|del|der|di|dos|du|van|von|bin|ibn|al|el|la|le"
JOINERS = rf"(?:of the|of|for|and|&|{PARTICLES})"
RUN_RE = re.compile(
    rf"(?<![\w'’])(?<!\w-)(?:{TOKEN})(?:(?: |(?: {JOINERS})+ |, (?=D\.C\.))(?:{TOKEN}))*"
)
TOKEN_RE = re.compile(rf"{TOKEN}|{JOINERS}(?= )|&")
PARTICLE_SET = frozenset(PARTICLES.split("|"))
ACRONYM_RE = re.compile(rf"^[{UPPER}][{UPPER}0-9&.]+$")


def is_acronym(word: str) -> bool:
    """All capitals ("NATO", "U.S.", "G20"), two characters or more."""
    return len(word) >= 2 and bool(ACRONYM_RE.match(word)) and not word.isdigit()

"""Sports clubs named after their city: "Newcastle signed a striker" is the club, an ORG."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.context import PLACE_BEFORE
from reader.analysis.cue_words import WordCue
from reader.analysis.entity_rules import CUE, SURE, Candidate
from reader.analysis.gazetteer import Gazetteer

# Words that make a document a sports story; a city name alone proves nothing elsewhere.
SPORTS_WORDS = [
    "football",
    "soccer",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "eague",  # "league" and "League"
    "transfer",
    "season",
    "club",
    "stadium",
    "fixture",
    "relegation",
    "promoted",
    "scored",
    "goal",
    "kick-off",
    "derby",
    "squad",
    "coach",
    # Other codes: cricket, rugby and the North American leagues.
    "wicket",
    "innings",
    "rugby",
    "quarterback",
    "touchdown",
    "playoff",
    "pitcher",
    "NHL",
    "NFL",
    "NBA",
    "inning",
    "dugout",
    "bullpen",
    "rookie",
    "teammate",
    "baseball",
    "basketball",
    "hockey",
    "cricket",
    "batting",
    "match",
    "fans",
    "hurling",
    "Gaelic",
    "GAA",
]
CLUB_BEFORE_RE = re.compile(
    r"\b(?:joined|join|signed (?:for|from|by)|played for|plays for|playing for|loan (?:at|to|from)"
    r"|beat|beating|against|left|leaving|sold by|move to|moved to|return to|returned to"
    r"|(?:win|wins|victory|victories) over|(?:defeat|defeats|loss|losses|lost|losing|lose) to"
    r"|(?:defeat|beaten) by|(?:draw|drew|drawn) with)\s+$"
)
# CLUB_BEFORE_RE as word lookups (cue_words.py), which is what runs; the regex is the reference.
CLUB_BEFORE = WordCue.of(
    ["joined", "join", "beat", "beating", "against", "left", "leaving"],
    [
        *("signed for", "signed from", "signed by", "played for", "plays for", "playing for"),
        *("loan at", "loan to", "loan from", "sold by", "move to", "moved to", "return to"),
        "returned to",
        *("win over", "wins over", "victory over", "victories over"),
        *("defeat to", "defeats to", "loss to", "losses to", "lost to", "losing to", "lose to"),
        *("defeat by", "beaten by", "draw with", "drew with", "drawn with"),
    ],
)
CLUB_AFTER_RE = re.compile(
    r"(?:'s|’s|(?<=s)['’]) (?:manager|coach|boss|striker|midfielder|defender|goalkeeper|captain"
    r"|fans|supporters|squad|players?|owners?|academy|chairman|sporting director|board|side"
    r"|[A-Z][a-z]+ [A-Z][a-z]+)\b"  # "Leeds' Mateusz Klich": the club's player
    r"| (?:signed|beat|drew|lost|won|have signed|has signed|are|were|sacked|appointed"
    r"|fans|supporters|manager|striker|midfielder|defender|goalkeeper|boss|head coach|coach"
    r"|captain|agree|agreed|their)\b"
)
_SPORTS_WORDS_NEEDED = 2
_LOOK_BACK = 30


def sports_story(text: str) -> bool:
    """At least two distinct sports words: clubs, not cities, are the likely actors."""
    # Substring tests run in C; a word boundary matters little for these words.
    seen = 0
    for word in SPORTS_WORDS:
        if word in text:
            seen += 1
            if seen >= _SPORTS_WORDS_NEEDED:
                return True
    return False


def club_cue(text: str, start: int, end: int) -> bool:
    """Context that makes a name a club: "joined X", "X’s manager", "X signed"."""
    before = text[max(0, start - _LOOK_BACK) : start]
    return CLUB_AFTER_RE.match(text, end) is not None or CLUB_BEFORE.search(before)


# A player's role or a team's parts right after a name: "Crusaders flyer", "Bears coach".
TEAM_AFTER_RE = re.compile(
    r" (?:players?|coach|captain|skipper|flyer|winger|halfback|quarterback|fans|supporters"
    r"|squad|lineup|line-up|forwards|backs|defence|defense|offence|offense)\b"
)


def _plural_word(word: str) -> bool:
    return " " not in word and word[-1] == "s" and word[-2:] != "ss" and word[1:].islower()


def relabel_clubs(text: str, candidates: Sequence[Candidate], strong: frozenset[str]) -> None:
    """In a sports story, a city or US state (not a country or capital: `strong`) with a club
    cue names the club, except where a place cue ("in Newcastle") says otherwise."""
    # Only places are asked for a club cue: a one-word PERSON is its own surname, which the
    # subtraction below would take out again. A plural the rules only guessed is a team
    # before a player's role ("Crusaders flyer", "Bears coach"): people are not plural.
    teams = {
        c.text
        for c in candidates
        if c.label in ("PERSON", "GROUP")
        and c.confidence < SURE
        and _plural_word(c.text)
        and TEAM_AFTER_RE.match(text, c.end)
    }
    clubs = {
        c.text
        for c in candidates
        if c.label == "PLACE" and c.text not in strong and club_cue(text, c.start, c.end)
    }
    if clubs:
        # "Mourinho’s side" after "Jose Mourinho": a surname, not a club.
        clubs -= {c.text.rsplit(" ", 1)[-1] for c in candidates if c.label == "PERSON"}
    # Looking for sports words costs more than the club cues, and most stories have none.
    if not (clubs or teams) or not sports_story(text):
        return
    for candidate in candidates:
        if candidate.text in teams and candidate.confidence < SURE:
            candidate.label, candidate.confidence, candidate.canonical = "ORG", CUE, ""
            continue
        if candidate.text not in clubs or candidate.label not in ("PLACE", "PERSON"):
            continue
        before = text[max(0, candidate.start - _LOOK_BACK) : candidate.start]
        if PLACE_BEFORE.search(before) and not club_cue(text, candidate.start, candidate.end):
            continue
        candidate.label, candidate.confidence, candidate.canonical = "ORG", CUE, ""


# A squad list's entry: "Andy Yiadom (Reading, England)", "(Celta Vigo, Spain)".
SQUAD_ENTRY_RE = re.compile(r"\(([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}), ([A-Z][\w -]{2,30})\)")


def squad_clubs(text: str, candidates: list[Candidate], strong: frozenset[str]) -> None:
    """ "Joseph Aidoo (Celta Vigo, Spain)": after a person, the words before a country in
    brackets name his club, one ORG replacing what the runs made of them."""
    if ", " not in text or "(" not in text:
        return
    people_end: set[int] | None = None  # found at the first entry: most stories have none
    for match in SQUAD_ENTRY_RE.finditer(text):
        if match.group(2) not in strong:
            continue
        if people_end is None:
            people_end = {c.end for c in candidates if c.label == "PERSON"}
        if match.start() - 1 not in people_end:
            continue
        start, end = match.span(1)
        candidates[:] = [c for c in candidates if c.end <= start or c.start >= end]
        club = Candidate(start, end, match.group(1), "ORG", CUE)
        candidates.insert(
            next((i for i, c in enumerate(candidates) if c.start > start), len(candidates)), club
        )


# Plural words that end place names, not teams: "Colorado Springs", "Canary Islands".
_PLACE_PLURALS = frozenset(
    [
        "Springs",
        "Falls",
        "Heights",
        "Hills",
        "Islands",
        "Isles",
        "Keys",
        "Lakes",
        "Mountains",
        "Plains",
        "Rapids",
        "Woods",
        "Highlands",
        "Territories",
        "States",
        "Provinces",
        "Emirates",
        "Flats",
        "Fields",
        "Gardens",
        "Downs",
        "Sands",
        "Shores",
        "Meadows",
        "Dunes",
        "Glades",
        "Narrows",
        "Rocks",
        "Cliffs",
        "Rivers",
        "Bay",
        "Waters",
        "Towers",
    ]
)


def team_names(text: str, candidates: list[Candidate], gaz: Gazetteer) -> None:
    """In a sports story, a place and a plural name right after it are one team ("Los
    Angeles Clippers"), and that plural name alone is the team too ("the Clippers"), as is
    a plural name guessed to be a people ("the Broncos")."""
    merged: list[Candidate] = []
    teams: set[str] = set()
    for candidate in candidates:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.label == "PLACE"
            and text[last.end : candidate.start] == " "
            and _team_word(candidate.text, gaz)
        ):
            # Looking for sports words costs more than this test: asked at the first pair.
            if not teams and not sports_story(text):
                return
            team = text[last.start : candidate.end]
            merged[-1] = Candidate(last.start, candidate.end, team, "ORG", CUE)
            teams.add(candidate.text)
            continue
        merged.append(candidate)
    # "The Broncos came under fire": a plural name no list knows, read as a people, is a
    # team in a sports story.
    guessed = {c.text for c in merged if c.label == "GROUP" and _team_word(c.text, gaz)}
    if guessed and (teams or sports_story(text)):
        teams |= guessed
    if not teams:
        return
    for candidate in merged:
        if candidate.text in teams:
            candidate.label, candidate.confidence, candidate.canonical = "ORG", CUE, ""
    candidates[:] = merged


def _team_word(word: str, gaz: Gazetteer) -> bool:
    return (
        word[:1].isupper()
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _PLACE_PLURALS
        and word not in gaz.groups
        and word not in gaz.titles
        and word not in gaz.common
        and word not in gaz.org_heads
    )

"""Document-level reasoning: what the whole article says about each name settles the
labels a single run could only guess (votes per surface, full names, organisation aliases,
names listed together)."""

from __future__ import annotations

import re
from itertools import pairwise

from reader.analysis.context import context_cue
from reader.analysis.entity_rules import (
    COMPASS,
    CUE,
    ORG_LEADS,
    PARTY_STATE_RE,
    SURE,
    WEAK,
    Candidate,
    known,
)
from reader.analysis.gazetteer import Gazetteer, load
from reader.analysis.model import Label
from reader.analysis.names import person_index
from reader.analysis.tokens import has_lower_word

# What separates the names of one list: a comma, "and", "or", "&".
LIST_GAPS = frozenset([", ", " and ", ", and ", " or ", ", or ", " & "])
LONGEST_LIST_GAP = max(len(gap) for gap in LIST_GAPS)
# Words in an organisation's name that make its first word the place it serves ("Waitomo
# District Council", "Medford School District"): that word alone is the place.
LOCAL_BODY_WORDS = frozenset(
    [
        "District", "County", "City", "Borough", "Town", "Township", "Shire", "Parish",
        "Village", "Municipal", "Regional", "Community", "Council", "School", "Schools",
    ]
)  # fmt: skip
# "Dara Khosrowshahi, Uber Technologies Inc.’s chief executive": an appositive, not a list.
POSSESSIVE_AFTER_RE = re.compile(r"\.?['’]s\b")


def settle(text: str, candidates: list[Candidate], gaz: Gazetteer, title: int = 0) -> None:
    """Document-level reasoning: confident labels and full names decide the doubtful ones.

    `title` is where a title paragraph ends (`names.title_end`): its names claim surnames last."""
    confident = [c for c in candidates if c.confidence >= CUE]
    people = person_index(confident, gaz, title)
    votes: dict[str, dict[Label, int]] = {}
    for candidate in candidates:
        if candidate.label is not None and not candidate.initial:
            tally = votes.setdefault(candidate.text, {})
            tally[candidate.label] = tally.get(candidate.label, 0) + candidate.confidence + 1
        elif candidate.label is not None and candidate.confidence >= CUE:
            # At a sentence start the capital proves nothing, but a context cue still does.
            tally = votes.setdefault(candidate.text, {})
            tally[candidate.label] = tally.get(candidate.label, 0) + candidate.confidence
    # The winning label per surface; on a tie the label that voted first wins.
    winners = {
        surface: next(iter(tally)) if len(tally) == 1 else max(tally.items(), key=_count)[0]
        for surface, tally in votes.items()
    }
    organisations = _organisations(candidates, gaz) - people.keys()
    for surface in organisations:
        winners[surface] = "ORG"
    lowered: dict[str, bool] = {}

    def used_lower(surface: str) -> bool:
        """Whether the story also writes `surface` in lower case (asked once a word)."""
        word = surface.lower()
        if word not in lowered:
            lowered[word] = has_lower_word(text, word)
        return lowered[word]

    cued = {c.text for c in confident}
    for candidate in candidates:
        if (
            candidate.confidence == WEAK
            and candidate.label == "PERSON"
            and candidate.text not in cued
            and candidate.text not in people
            and " " not in candidate.text
            and used_lower(candidate.text)
        ):
            # A lone capitalised word with no cue anywhere that the story also uses in
            # lower case ("the Pacific Ring of Fire", "British Army Camp"): a common noun.
            candidate.label = None
            continue
        if candidate.confidence == SURE:
            if candidate.label == "PLACE" and _surname_not_place(text, candidate, people):
                candidate.label, candidate.canonical = "PERSON", ""
            continue
        if candidate.text in people and (
            candidate.label in (None, "PERSON", "PLACE", "GROUP")
            or (candidate.label == "ORG" and candidate.confidence < SURE)
        ):
            candidate.label, candidate.confidence = "PERSON", CUE
        elif candidate.text in winners:
            candidate.label = winners[candidate.text]
            if candidate.text in organisations or _strong_vote(votes.get(candidate.text)):
                candidate.confidence = CUE  # sure enough to settle the headline and lists
        elif candidate.initial and candidate.confidence == WEAK:
            if candidate.label is not None and not used_lower(candidate.text):
                continue
            candidate.label = None


def name_lists(text: str, candidates: list[Candidate]) -> list[list[Candidate]]:
    """Names listed together: runs of two or more candidates with only a list gap between
    each and the next ("Daimler, Volkswagen, BMW and Continental")."""
    lists = []
    # A run of listed names is candidates[first:index]; each name joins the run of the one
    # before it when only a list gap lies between them.
    first = 0
    previous_end = 0
    for index, candidate in enumerate(candidates):
        start = candidate.start
        if not (
            index
            and start - previous_end <= LONGEST_LIST_GAP
            and text[previous_end:start] in LIST_GAPS
            and not POSSESSIVE_AFTER_RE.match(text, candidate.end)
            and not _in_party_tag(text, previous_end)
        ):
            if index - first >= 2:
                lists.append(candidates[first:index])
            first = index
        previous_end = candidate.end
    if len(candidates) - first >= 2:
        lists.append(candidates[first:])
    # An organisation and a name with only a comma between are an appositive ("operator RWE,
    # Markus Krebber, said"), not a list; places are ("San Jose, Calif.").
    return [m for m in lists if len(m) > 2 or not _appositive(text, m[0], m[1])]


def _in_party_tag(text: str, end: int) -> bool:
    """Whether the name ending at `end` is the home in a party tag: "Gloria Johnson,
    D-Knoxville, Justin Jones" lists people, and the town starts no list of them."""
    return PARTY_STATE_RE.match(text, text.rfind(" ", 0, end) + 1) is not None


def _appositive(text: str, first: Candidate, second: Candidate) -> bool:
    return text[first.end : second.start] == ", " and "ORG" in (first.label, second.label)


def share_list_labels(lists: list[list[Candidate]]) -> None:
    """Names listed together are of one kind ("in Migori, Bondo and Siaya"): a guessed label
    gives way to the one that the list's confident members agree on. `lists` are
    `name_lists`, which depend on positions only, so they are found once per document."""
    for members in lists:
        _settle_list(members)


def _settle_list(members: list[Candidate]) -> None:
    labels = {m.label for m in members if m.confidence >= CUE and m.label is not None}
    if len(labels) != 1:
        return  # nothing sure, or members of different kinds: leave each to its own rules
    (label,) = labels
    for member in members:
        if member.confidence == WEAK and member.label != label:
            member.label, member.confidence = label, CUE


def _strong_vote(tally: dict[Label, int] | None) -> bool:
    """Whether one label won with a context cue behind it (or two plain mentions)."""
    return tally is not None and max(tally.values()) >= CUE + 1


def _organisations(candidates: list[Candidate], gaz: Gazetteer) -> set[str]:
    """Unknown single words that name an organisation across the document: one with an
    organisation cue somewhere ("X's chief executive", "X raised $40 million") and no person
    evidence anywhere (a title, a role, a given name), since "X said" and "investors in X" fit
    a company as well as a person or a place; and the last word of an organisation's name
    standing alone ("Universidad Católica" then "Católica")."""
    org: set[str] = set()
    person: set[str] = set()
    lasts: set[str] = set()
    firsts: set[str] = set()
    towns: set[str] = set()  # first words that name a place here, not an organisation
    for candidate in candidates:
        confidence = candidate.confidence
        if confidence < CUE:
            continue
        label, surface = candidate.label, candidate.text
        if label == "PERSON":
            person.add(surface)
        elif label == "ORG":
            space = surface.rfind(" ")
            if space >= 0:
                lasts.add(surface[space + 1 :])
                first = surface[: surface.find(" ")]
                if LOCAL_BODY_WORDS.isdisjoint(surface.split(" ")[1:]):
                    firsts.add(first)
                else:
                    towns.add(first)  # "Waitomo District Council": Waitomo is the district
            elif confidence < SURE:
                org.add(surface)
        elif label == "PLACE" and " " in surface:
            towns.add(surface[: surface.find(" ")])  # "Annapolis County"
    firsts -= towns
    found = org - person
    # "Amnesty International" then "Amnesty": the first word alone, unless it is a word
    # that opens many names ("National", "University", a given name).
    names = (lasts - gaz.org_heads) | {
        word
        for word in firsts
        if word[:1].isupper()
        and not word.isupper()
        and word not in ORG_LEADS
        and word not in COMPASS
        and word not in gaz.given_names
        and word not in gaz.common
        and word not in gaz.titles
    }
    if names:
        found.update(c.text for c in candidates if c.text in names and c.confidence < SURE)
    return {word for word in found if known(gaz, word) is None}


def _count(item: tuple[Label, int]) -> int:
    return item[1]


def _surname_not_place(text: str, candidate: Candidate, people: dict[str, str]) -> bool:
    """ "Santiago said": a place name that is also a person's surname here, with no place cue."""
    full = people.get(candidate.text)
    if full is None or full == candidate.text:
        return False
    # Only a name sure to be a person's ("Sebastián Santiago") lends a place its surname;
    # a guessed one ("Training Unit Kenya", "Shangri-La Colombo") must not.
    if full.split()[0] not in load().given_names:
        return False
    return context_cue(text, candidate.start, candidate.end) != "PLACE"


# Street words that end the first part of an address ("of Wilberforce Avenue, Clifton").
_STREET_ENDS = frozenset(
    [
        *("Street", "St", "Avenue", "Road", "Rd", "Lane", "Close", "Drive", "Crescent"),
        *("Terrace", "Way", "View", "Grove", "Place", "Row", "Walk", "Square", "Gardens"),
        *("Park", "Court", "Mews", "Hill", "Rise"),
    ]
)
# Where a residence opens after a person: "Meek, aged 39, of", "Liddle, of", "of 86".
_RESIDENCE_BEFORE = re.compile(r"(?:, |\d, )of (?:\d+[A-Za-z]? )?$")


def residence_towns(text: str, candidates: list[Candidate]) -> None:
    """In an address ("Richardson of Wilberforce Avenue, Clifton,", "aged 39, of Woolpitch,
    Greenmeadow,") the names after "of" are places: a street, then its district or town."""
    for first, second in pairwise(candidates):
        if first.label == second.label == "PLACE" or second.confidence >= SURE:
            continue  # (most pairs: tested first, as it is cheaper than slicing the text)
        if text[first.end : second.start] != ", ":
            continue
        street = first.label == "PLACE" and first.text.rsplit(" ", 1)[-1] in _STREET_ENDS
        opened = _RESIDENCE_BEFORE.search(text, max(0, first.start - 12), first.start)
        if not (street or opened):
            continue
        for place in (first, second):
            if place.label != "PLACE" and place.confidence < SURE:
                place.label, place.confidence, place.canonical = "PLACE", CUE, ""

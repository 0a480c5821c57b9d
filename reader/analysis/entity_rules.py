"""Rules that label one run of capitalised words: gazetteers, titles and the shape of names
(context cues live in context.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.context import (
    ORG_AFTER_RE,
    PERSON_APPOSITIVE_RE,
    after_the,
    context_cue,
    person_before,
)
from reader.analysis.gazetteer import Gazetteer
from reader.analysis.model import Label
from reader.analysis.tokens import has_lower_word, is_acronym

# Confidence of a label: WEAK is a default guess, CUE comes from context, SURE from a
# gazetteer, a title or a full name. Document-level reasoning lets stronger labels win.
WEAK, CUE, SURE = 0, 1, 2

# A company's verbs before its products ("which makes Marmite").
MADE_BEFORE_RE = re.compile(r"\b(?:makes|sells|produces|manufactures)\s+$")
PRODUCT_NOUNS = (
    r"missiles?|rockets?|system|systems|jets?|tanks?|drones?|fighters?|aircraft"
    r"|helicopters?|vaccine|phones?|smartphones?|app|index|software|chatbot|model|console"
    r"|sedans?|hatchbacks?|SUVs?|pickups?|coupes?|minivans?|crossovers?|wagons?|convertibles?"
    r"|laptops?|tablets?|handsets?|telescopes?|satellites?|spacecraft|rovers?|landers?|probes?"
    r"|devices?|weedkillers?|herbicides?|engines?|chips?|processors?|trucks?|cars?|planes?"
    r"|fossils?|specimens?|trophy"
)
PRODUCT_AFTER_RE = re.compile(rf"(?:-\w+)? (?:{PRODUCT_NOUNS})\b")
# The first three letters of every product noun (each has three or more).
PRODUCT_NOUN_OPENINGS = frozenset(re.findall(r"(?<![\w?])([a-zA-Z]{3})", PRODUCT_NOUNS))
GOVERNMENT_LEADS = frozenset(["Ministry", "Department", "Embassy", "Government", "Cabinet"])
# Not Army, Navy or Police: "British Army" is the name of the force itself.
GOVERNMENT_HEADS = frozenset(["Ministry", "Department", "Embassy", "Government"])
CAMEL_RE = re.compile(r"[a-z][A-Z]")
TICKER_AFTER_RE = re.compile(r"\.[A-Z]{1,2}\)")
DIGIT_RE = re.compile(r"\d")
# Endings of singular words and names that end in s ("Andreas", "Davis", "Hayes" aside).
_NOT_PLURAL_ENDS = ("ss", "us", "is", "as", "ys")
# Starts of surnames written with a second capital ("McDonald", "DiCaprio", "LaGuardia").
SURNAME_PREFIXES = frozenset(
    ["Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz"]
)
# "the Trump administration": an administration is named after the person who leads it.
LEADER_AFTER_RE = re.compile(r"(?:'s|’s)? (?:administration|presidency)\b")
_LEADER_AFTER_STARTS = frozenset(" '’")
# After "the X", words that make X a people: "the Yanomami people", "Yanomami leaders".
GROUP_AFTER_RE = re.compile(r" (?:people|peoples|tribe|tribes|community|communities|elders)\b")
LAND_AFTER_RE = re.compile(
    r" (?:rainforest|rain forest|forest|basin|river|delta|jungle|biome|region|valley)\b"
)
# Words of a story about land: rainforest, deforestation, river basin, jungle.
LAND_STEMS = ("ainforest", "eforestation", "iver basin", "jungle", "Jungle")
# First words that open an organisation's name in several languages ("Universidad Católica").
_LEADS = "University Universidad Universidade Université Universität Banco Banca Banque Club"
ORG_LEADS = frozenset(
    f"{_LEADS} Deportivo Instituto Institut Ministerio Fundación Partido Parti Partai Bank Ministry"
    " FC AC SC AFC Radio".split(" ")
)
_PLACE_HEADS = "Gulf Bay Cape Isle Sea Strait Republic Kingdom States Lake Mount"
PLACE_HEADS = frozenset(_PLACE_HEADS.split(" "))
# First words of place names ("Deir al-Balah", "Beit Lahia", "Port Sudan", "Fort Worth").
_PLACE_LEADS = (
    "Deir Beit Kafr Ras Wadi Jabal Jebel Tel Tell Bir Port Fort San Santa São Mount Mt. Lake Cape"
)
PLACE_LEADS = frozenset(_PLACE_LEADS.split(" "))
# Last words that make a name a place ("Hubei Province", "Homa Bay County", "Tana River").
_PLACE_ENDS = (
    "Province County District Prefecture Oblast Governorate Region State Island Islands"
    " Peninsula River Valley Desert Mountains Hills Highlands Plateau Delta Basin Coast Beach"
    " Mall Hotel Mosque Temple Shrine Street Avenue Road Boulevard Bridge Tower Square Building"
    " Plaza Stadium Airport Reef Sea Park Wharf Falls Springs Heights Creek Bay Harbour Harbor"
    " Ground Arena Garden Gardens Market Strip Shore Shelf Glacier Airport"
)
PLACE_ENDS = frozenset(_PLACE_ENDS.split(" "))
# The number after "Local" in a union branch's name: "USW Local 104".
UNION_LOCAL_RE = re.compile(r" \d+\b")
# Members of a house, in the plural, before the names of some of them ("TDs Mick Wallace
# and Clare Daly", "Presidents Ellen Johnson Sirleaf and …").
PLURAL_MEMBERS = frozenset(["MPs", "TDs", "MLAs", "MPPs", "MEPs", "MSPs"])
PLURAL_TITLES = frozenset(["President", "Senator", "Governor", "Minister", "Mayor", "Judge"])
# A number after a word, unless it measures a distance ("Nanyuki 200 kilometres north").
NUMBER_AFTER_RE = re.compile(r" \d[\d,.]*+(?! ?(?:km|kilomet|miles?\b|metres|meters|feet|mi\b))")
# Parties whose regional branches put the region first ("Scottish Labour", "Manitoba NDP").
REGIONAL_PARTIES = frozenset(["Labour", "Labor", "Conservatives", "Greens", "NDP", "Liberals"])
# Endings of a place's people ("Queenslanders", "Argentines", "Tennesseans").
PEOPLE_ENDINGS = ("ers", "ans", "ines", "ites", "ese", "ian")
_PEOPLE_SUFFIXES = ("ers", "ans", "ians", "es", "ites", "ese", "n")
# Forces and services named after their place ("Detroit Police", "Kenya Wildlife Service").
FORCES = frozenset(["Police", "Service", "Services", "Department", "Authority", "Board"])
# Words that open sports clubs' names, before the club's city ("Hapoel Beersheba").
CLUB_OPENINGS = frozenset(
    [
        "Maccabi",
        "Hapoel",
        "Beitar",
        "Bnei",
        "Dynamo",
        "Dinamo",
        "Lokomotiv",
        "Spartak",
        "Olympique",
        "Deportivo",
        "Atletico",
        "Atlético",
        "Sporting",
    ]
)
# Titles whose holder runs a portfolio ("Mineral Resources Minister"), not the body before.
PORTFOLIOS = frozenset(["Minister", "Secretary", "Cabinet", "MEC"])
# Titles that end an office's name ("Chief Minister", "Forest Officer"), not a body's.
OFFICES = frozenset(
    [
        "Minister",
        "Ambassador",
        "Officer",
        "Governor",
        "Secretary",
        "President",
        "Chairman",
        "Chairwoman",
        "Chairperson",
        "Director",
        "Commissioner",
        "Ranger",
        "CEO",
        "Premier",
        "Mayor",
        "Senator",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Adviser",
        "Advisor",
        "Envoy",
        "Judge",
        "Prosecutor",
        "Inspector",
        "Coach",
        "Editor",
        "Treasurer",
        "MP",
        "TD",
        "MLA",
    ]
)
STORMS = frozenset(["Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical"])
# Title words that alone name an institution: "the Crown" (the prosecution), not a person's
# title as in "Crown Prince Mohammed".
INSTITUTION_TITLES = frozenset(["Crown"])
# A letter or two and a number: models, codes and sums ("S6", "K9", "N26,000", "P100").
CODE_RE = re.compile(r"[A-Z]{1,3}\d[\d,.]*")
PARTY_STATE_RE = re.compile(r"[DRI]-[A-Z][a-z]?")
SAID_IT_RE = re.compile(r",? (?:said|says) (?:on \w+ )?(?:that )?its?\b")
DISEASE_AFTER_RE = re.compile(r" (?:virus|variant|disease|fever|flu|strain|outbreak)\b")
_DISEASE_OPENINGS = frozenset(["vi", "va", "di", "fe", "fl", "st", "ou"])  # keep in step
# "I" after a name, then a verb: the speaker's pronoun, not a regnal number ("Charles I").
PRONOUN_I_AFTER_RE = re.compile(r" (?:think|thought|felt|believe|said|was|am|have|had|know)\b")
# A maker's name and a model number right before a word ("Boeing 737 Max").
MODEL_BEFORE_RE = re.compile(r"([A-Z][\w-]*) \d[\w-]* $")
# The document heads that name events, held somewhere ("the Tokyo Games").
EVENTS = frozenset(["Games", "Cup", "Summit", "Festival", "Contest", "Olympics"])
ALL_EVENTS = EVENTS | {"Open", "Marathon", "Championship", "Championships", "Tournament", "Trophy"}
# Events a sports body runs, named after it ("the ICC World Cup"); a sponsor's race or a
# summit's host ("the BMW Berlin Marathon", "the G7 Summit") is no organiser.
CONTESTS = frozenset(["Cup", "Championship", "Championships", "Trophy"])
# A continent names no host city: "the Africa Cup", "the Asia Cup" are events alone.
CONTINENTS = frozenset(["Africa", "Asia", "Europe", "America", "Americas", "Oceania"])
# Seats of power that act as organisations ("the Kremlin said") but are also buildings.
SEATS = frozenset(["White House", "Kremlin", "Pentagon", "Élysée", "Elysée", "Blue House"])
SEAT_BEFORE_RE = re.compile(r"\b(?:at|in|inside|outside|near|to) the $")
SEAT_AFTER_RE = re.compile(r" (?:ceremony|event|lawn|grounds|gates|briefing room|residence)\b")
# Country codes written before a national body ("U.S. Supreme Court", "UK Parliament").
COUNTRY_CODES = frozenset(["US", "U.S.", "UK", "U.K."])
# Of those, the ones often named after a person ("George Floyd Square", "John F. Kennedy
# Airport"): a given name before them does not make a person.
NAMED_AFTER_PEOPLE = frozenset(
    ["Square", "Street", "Avenue", "Road", "Boulevard", "Bridge", "Airport", "Stadium", "County"]
)
# Compass words that open a region's name before a known place or people ("Central Africa",
# "West African", "Northern Ireland").
_COMPASS = (
    "North South East West Central Northern Southern Eastern Western Northeast Northwest"
    " Southeast Southwest Upper Lower Greater Inner Outer"
)
COMPASS = frozenset(_COMPASS.split(" "))
# Endings of nouns for people by what they do or are ("Evacuee", "Farmer", "Resident").
AGENT_ENDINGS = ("ee", "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ess")
# Nouns for a person with other endings: "Veteran Cameron White says".
DESCRIBING_NOUNS = frozenset(["veteran", "rookie", "star", "legend", "champion", "teenager"])
# Last words that make a run an illness's name ("Lassa Fever", "Lyme Disease").
DISEASE_ENDS = frozenset(["Fever", "Virus", "Syndrome", "Disease", "Flu", "Pox"])
# Titles whose holder heads an organisation: the unknown name before one is that organisation.
HEAD_TITLES = frozenset(
    ["President", "Chair", "Chairman", "Chairwoman", "CEO", "Founder", "Co-founder"]
)
# Titles whose holder governs a place: the unknown name before one is that place.
LOCAL_RULERS = frozenset(
    ["Governor", "Gov.", "Mayor", "Premier", "Sheriff", "Councillor", "Councilor"]
)
# Members elected for a seat: the words before the title name the constituency.
SEAT_TITLES = frozenset(["MP", "MSP", "MLA", "MPP", "TD", "MNA", "MHA"])


@dataclass(slots=True)
class Candidate:
    """A span the recogniser proposes, before document-level reasoning settles it."""

    start: int
    end: int
    text: str
    label: Label | None
    confidence: int
    canonical: str = ""
    initial: bool = False  # first word of a sentence, so its capital proves nothing


Known = tuple[Label, str, int]
# The last gazetteer `known` was asked about and its table (module globals: they are looked up
# faster than items of a container, and `known` is called for most runs).
_KNOWN_GAZ: Gazetteer | None = None
_KNOWN_TABLE: dict[str, Known] = {}


def known(gaz: Gazetteer, surface: str) -> Known | None:
    """Label, canonical name and confidence of a surface found in a gazetteer."""
    global _KNOWN_GAZ, _KNOWN_TABLE
    if gaz is not _KNOWN_GAZ:
        _KNOWN_GAZ, _KNOWN_TABLE = gaz, _known_table(gaz)
    hit = _KNOWN_TABLE.get(surface)
    if hit is None and len(surface) > 3 and surface.isupper():
        titled = surface.title()  # a dateline: "WASHINGTON--"
        if titled in gaz.places:
            return "PLACE", gaz.places[titled], CUE
    return hit


def _known_table(gaz: Gazetteer) -> dict[str, Known]:
    """Every gazetteer name in one dict (organisations win over places, places over
    groups), so a lookup costs one probe instead of three; built once per gazetteer."""
    table: dict[str, Known] = {group: ("GROUP", group, SURE) for group in gaz.groups}
    for place, canonical in gaz.places.items():
        table[place] = ("PLACE", canonical, SURE if place in gaz.strong_places else CUE)
    for org, canonical in gaz.orgs.items():
        table[org] = ("ORG", canonical, SURE)
    return table


Tokens = list[tuple[int, int]]


def gazetteer_scan(text: str, tokens: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """Longest gazetteer matches inside a token list, leaving unknown tokens out."""
    found: list[Candidate] = []
    index = 0
    while index < len(tokens):
        for stop in range(min(len(tokens), index + gaz.longest), index, -1):
            start, end = tokens[index][0], tokens[stop - 1][1]
            hit = known(gaz, text[start:end])
            if hit:
                found.append(Candidate(start, end, text[start:end], hit[0], hit[2], hit[1]))
                index = stop
                break
        else:
            index += 1
    return found


def _sure(hit: tuple[Label, str, int] | None) -> bool:
    return hit is not None and hit[2] == SURE


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _team_member_words(words: list[str], gaz: Gazetteer) -> int:
    """2 if a run opens with one member of a team known by a two-word plural nickname ("All
    Black Beauden Barrett", "Silver Fern Jenny-May Clarkson") and two name words follow; else
    0. (One word is too often a name's own: "Green Bay Packers", "Green Party".)"""
    return 2 if len(words) >= 4 and f"{words[0]} {words[1]}s" in gaz.orgs else 0


def _opens_with_a_description(words: list[str], gaz: Gazetteer) -> bool:
    """Whether a run's first word (capitalised only as a sentence's first) describes what
    follows rather than naming: a noun for a person before a given name or a longer name
    ("Evacuee Harpreet Sandhu", "Veteran Cameron White"), or a verb ("Sentencing Ng")."""
    if len(words[0]) >= 7 and words[0].endswith("ing"):
        return True
    return len(words) >= 3 and (
        words[1] in gaz.given_names
        or words[0].endswith(AGENT_ENDINGS)
        or words[0].lower() in DESCRIBING_NOUNS
    )


def _titled_after_joiner(words: list[str], gaz: Gazetteer) -> bool:
    """Whether a title comes after the run's "of"/"for" with a name after it: "Isle of Wight
    Coroner Caroline Sumeray" is a place, a title and a person, not one place."""
    joiner = next(i for i, w in enumerate(words) if w in ("of", "for", "of the"))
    title = _last_title(words, gaz)
    return joiner < title < len(words) - 2 and words[title + 1] in gaz.given_names


def _initials_and_surname(words: list[str], gaz: Gazetteer) -> bool:
    """Two capitals no gazetteer knows, then one name: a person's initials ("TJ Ryan", "DJ
    LeMahieu", "O.J. Howard"), not an organisation's acronym."""
    return (
        len(words) == 2
        and (
            (len(words[0]) == 2 and words[0].isupper())
            or _DOTTED_INITIALS.fullmatch(words[0]) is not None
        )
        and known(gaz, words[0]) is None
        and words[1][:1].isupper()
        and not words[1].isupper()
        and words[1] not in gaz.org_heads
    )


def _founder_named(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a given name, or an appositive only a person takes, marks a two-word run ending
    in a company's name as a person's name."""
    first = text[start : text.find(" ", start)]
    return first in gaz.given_names or PERSON_APPOSITIVE_RE.match(text, end) is not None


def _place_then_plural(
    words: list[str], pieces: list[Candidate], start: int, gaz: Gazetteer
) -> bool:
    """Whether a run is a known place's name, then unknown words ending in a plural noun:
    people are not named in the plural ("Jordan Chiles" opens with a given name)."""
    place_words = len(pieces[0].text.split()) if len(pieces) == 1 else 0
    return (
        0 < place_words < len(words) <= place_words + 2
        and pieces[0].label == "PLACE"
        and pieces[0].start == start
        and pieces[0].text == " ".join(words[:place_words])
        and words[0] not in gaz.given_names
        and _plural_nickname(words[-1], gaz)
        and gaz.titles.isdisjoint(words)
    )


def _plural_nickname(word: str, gaz: Gazetteer) -> bool:
    """Whether `word` can be a team's plural nickname ("Broncos", "Sharks"), not a people
    ("Kenyans") or a word like "Express" or "Times"."""
    return (
        word[-1] == "s"
        and word[1:].islower()
        and not word.endswith(_NOT_PLURAL_ENDS)
        and word not in gaz.common
        and word not in gaz.groups
    )


def _city_team(words: list[str], gaz: Gazetteer) -> bool:
    """Whether a run opening like a place ("San", "Santa") is a known place, then a plural
    nickname: "San Jose Sharks", "San Diego Padres" are teams."""
    if len(words) < 3 or not _plural_nickname(words[-1], gaz):
        return False
    city = known(gaz, " ".join(words[:-1]))
    return city is not None and city[0] == "PLACE"


# A title, "of" and the portfolio's earlier words before a run: "Head of ", "Justice of the
# ", "Minister of Information and ".
_TITLE_OF_BEFORE = re.compile(r"(\w+) (?:of|for)(?: the)? (?:(?:[A-Z][\w’'-]* )+(?:and|&) )?$")


def _portfolio_words(text: str, start: int, words: list[str], gaz: Gazetteer) -> int:
    """How many words of a run after "<Title> of" name the office's portfolio before a
    given name starts the holder's name ("Head of | Equity | Faran Rizvi", "Justice of the
    | Peace | Lennox Wallace"), or 0."""
    if len(words) < 3 or text[start - 1 : start] != " " or not all(w[0].isupper() for w in words):
        return 0  # (not "Armed Forces of Ukraine": a name with "of" in it)
    before = _TITLE_OF_BEFORE.search(text, max(0, start - 60), start)
    title = before.group(1) if before else ""
    if (title != "Head" and title not in gaz.titles) or words[0] in gaz.titles:
        return 0  # ("Minister of Health Oly Ilunga Kalenga": the title rules cut "Health")
    if known(gaz, words[0]) is not None or words[-1] in gaz.org_heads:
        return 0  # "Chief Justice of Pakistan Mian Saqib Nisar": the place rules cut it
    # Without a given name to go by, a name of two words is the likeliest (a given name that
    # ends the run is a surname: "Lands Harin Fernando").
    given = next(
        (i for i, word in enumerate(words[:-1]) if word in gaz.given_names), len(words) - 2
    )
    if given > 1 and not PLACE_ENDS.isdisjoint(words[:given]):
        return 0  # "Governor of Buenos Aires Province María …": the place rules cut it
    return given


def _office_of(words: list[str], surface: str, gaz: Gazetteer) -> bool:
    """Whether the words before a closing title name what the office belongs to: acronyms,
    a code with digits, or a name the gazetteer knows (not a person's given name)."""
    return (
        all(map(is_acronym, words))
        or any(char.isdigit() for char in surface)
        or known(gaz, surface) is not None
    )


def _last_title(words: list[str], gaz: Gazetteer) -> int:
    """Index of the title word that a name follows ("Defense Secretary Dr. | Mark Esper")."""
    for index in range(len(words) - 2, -1, -1):
        if words[index] in gaz.titles and words[index + 1] not in gaz.titles:
            return index
    return -1


def classify(
    text: str, tokens: Tokens, gaz: Gazetteer, initial: bool, words: list[str] | None = None
) -> list[Candidate]:
    """Candidates for one run of capitalised tokens (joiners already settled); `words` are
    the tokens' words when the caller has them."""
    start, end = tokens[0][0], tokens[-1][1]
    if len(tokens) == 1:
        return classify_word(text, start, end, gaz, initial)
    # Two words or more from here on.
    surface = text[start:end]
    if words is None:
        words = [text[a:b] for a, b in tokens]
    hit = known(gaz, surface)
    if hit:
        return _known_name(text, start, end, surface, hit, False, initial)
    if len(words) > 2 and words[1] == "Sri" and words[0] in ("Tan", "Puan", "Dato", "Datuk"):
        # "Tan Sri Muhyiddin Yassin": a Malaysian honour before the name ("Sri" alone opens
        # names and "Sri Lanka").
        return classify(text, tokens[2:], gaz, False)
    if words[0] in CLUB_OPENINGS:
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]  # "Maccabi Haifa"
    if words[-1] in DISEASE_ENDS:
        return []  # "Yellow Fever", "West Nile Virus": an illness is no name
    if words[0].isupper() and len(words[0]) > 3 and not words[1].isupper():
        # "SOUTH Africa’s opposition": a lead's first word in capitals, then the name.
        plain = known(gaz, words[0].title() + surface[len(words[0]) :])
        if plain is not None:
            return [Candidate(start, end, surface, plain[0], plain[2], plain[1], initial=initial)]
    if (
        words[0].isupper()
        and not words[1].isupper()
        and words[0].title() in gaz.given_names
        and known(gaz, words[0]) is None
        and text[start - 1 : start] in ("", "\n")
    ):
        # "DAN McFarland was looking forward …": a paragraph's lead opens with the given name
        # in capitals.
        return [Candidate(start, end, surface, "PERSON", SURE, initial=initial)]
    portfolio = _portfolio_words(text, start, words, gaz)
    if portfolio:
        # "Head of Equity Faran Rizvi", "Director of Public Prosecutions Claire Loftus": the
        # office's portfolio, then the person who holds it.
        return classify_name(text, tokens[portfolio:], gaz, SURE)
    if words[-1] == "Head" and text.startswith(" of ", end):
        # "JS Global Head of Equity": what has a head of something is an organisation.
        lead_end = tokens[-2][1]
        if known(gaz, text[start:lead_end]) is not None:
            return classify(text, tokens[:-1], gaz, initial)
        return [Candidate(start, lead_end, text[start:lead_end], "ORG", CUE, initial=initial)]
    member = _team_member_words(words, gaz)
    if member:
        return classify_name(text, tokens[member:], gaz, SURE)  # "Silver Fern Jenny-May Clarkson"
    if len(words) > 2 and (words[0] in PLURAL_MEMBERS or words[0][:-1] in PLURAL_TITLES):
        return classify(text, tokens[1:], gaz, False)  # "TDs Mick Wallace and …"
    if words[-1] == "Local":
        number = UNION_LOCAL_RE.match(text, end)
        if number is not None:
            # "USW Local 104", "United Steelworkers Local 104": a union's branch.
            stop = number.end()
            return [Candidate(start, stop, text[start:stop], "ORG", CUE, initial=initial)]
    if words[0][:3] in ("Ex-", "ex-") and words[0][3:] in gaz.titles:
        return classify_name(text, tokens[1:], gaz, SURE)  # "Ex-President Yahya Jammeh"
    if words[-1] == "I" and PRONOUN_I_AFTER_RE.match(text, end):
        return classify(text, tokens[:-1], gaz, initial)  # "Liam Squire I thought was great"
    if words[0] in STORMS or (words[0] in ("El", "La") and words[-1] in gaz.non_names):
        return []  # "Hurricane Dorian", "El Niño": weather is not an entity
    if len(words) == 2 and len(words[1]) == 1 and _letter_code(words, gaz):
        return []  # "Model Y", "Plan B", "Gen Z": a model or series, not a name
    if len(words) == 2 and words[1] == "Day" and words[0] not in gaz.given_names:
        return []  # "Memorial Day", "Independence Day": holidays ("Ed Day" is a person)
    if _opened_by_a_mark(text, start) and _titled_work(text, start, end):
        return []  # "‘Hotline Bling’", "“Cold War”": the title of a song, film or book
    if words[-1] in gaz.document_heads:
        host = known(gaz, words[0]) if len(words) == 2 and words[-1] in EVENTS else None
        if host is not None and host[0] == "PLACE" and words[0] not in CONTINENTS:
            # "the Tokyo Games", "the Osaka Summit": the event is no entity, its host city is.
            return classify(text, tokens[:1], gaz, initial)
        if words[0] in gaz.groups and words[-1] not in ALL_EVENTS:
            return classify(text, tokens[:1], gaz, initial)  # "the Kenyan Constitution"
        organiser = known(gaz, words[0]) if words[-1] in CONTESTS else None
        if organiser is not None and organiser[0] == "ORG":
            return classify(text, tokens[:1], gaz, initial)  # "the ICC World Cup": the ICC
        return []  # laws, treaties, strategies and events are not entities
    if (
        words[-1][-1] == "s"
        and words[-1][:-1] in gaz.titles
        and words[-2][0].isupper()  # not "House of Representatives", "Board of Directors"
        and words[-2] not in gaz.titles
        and words[-1] not in gaz.org_heads  # "Twivey Lawyers"
        and "of" not in words  # "Organization of American States"
    ):
        # "DMK MPs", "Labor senators": the party or body, then its members.
        return classify(text, tokens[:-1], gaz, initial)
    if words[0] in COUNTRY_CODES:
        body = known(gaz, text[tokens[1][0] : end])
        if body is not None and body[0] == "ORG" and body[2] == SURE:
            # "U.S. Supreme Court": the country, then a body named on its own too.
            country = classify(text, tokens[:1], gaz, initial)
            return [*country, *classify(text, tokens[1:], gaz, False)]
    if len(words) == 2 and words[1] in REGIONAL_PARTIES and known(gaz, words[0]) is not None:
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]  # "Scottish Labour"
    if words[-1] in gaz.titles and words[-2] in PLACE_ENDS:
        # "Wayne County Prosecutor", "Rockland County Executive": the place the office holds.
        return classify(text, tokens[:-1], gaz, initial)
    if (
        words[-1] in gaz.titles
        and words[-1] not in gaz.org_heads  # "British Army" is one name
        and _office_of(words[:-1], text[start : tokens[-2][1]], gaz)
    ):
        # "ARCC Chairperson", "Ethiopian Airlines CEO", "Cop26 President": the body.
        return classify(text, tokens[:-1], gaz, initial)
    if words[0].isupper() and len(words[0]) > 3 and words[0].title() in gaz.titles:
        # "PREMIER Annastacia Palasczuk", "PRIME Minister Peter O’Neill" (a lead's first word
        # in capitals): a title, then the rest of the run as usual.
        if len(tokens) > 2:
            return classify(text, tokens[1:], gaz, False)
        return classify_name(text, tokens[1:], gaz, SURE)
    if (
        len(words) > 3
        and words[0].isupper()
        and words[1].isupper()
        and len(words[1]) > 3
        and words[1].title() in gaz.titles
        and not words[2].isupper()
    ):
        # "BALLYGUNNER MANAGER Darragh O’Sullivan": a lead's body and title in capitals.
        return classify(text, tokens[:1], gaz, initial) + classify(text, tokens[2:], gaz, False)
    if (
        words[0].isupper()
        and len(words[0]) > 5
        and words[1] in gaz.given_names
        and known(gaz, words[0]) is None
    ):
        # "A FURIOUS Greta Thunberg": a lead's adjective in capitals, then the person.
        return classify(text, tokens[1:], gaz, False)
    if (
        len(words) == 2
        and words[0] == "County"
        and words[1] not in gaz.titles
        and words[1] not in gaz.org_heads  # "County Council"
        and words[1] not in gaz.common
    ):
        # "County Limerick", "County Cork": an Irish county, written before its name.
        return [Candidate(start, end, surface, "PLACE", CUE, initial=initial)]
    if words[0] in COMPASS:
        region = known(gaz, text[tokens[1][0] : end])
        if region is not None and region[0] in ("PLACE", "GROUP"):
            return [Candidate(start, end, surface, region[0], CUE, initial=initial)]
    if (
        len(words) >= 3
        and ("of" in words or "for" in words or "of the" in words)
        and OFFICES.isdisjoint(words[1:-1])  # "Division of … Management Director Jared …"
        and not _titled_after_joiner(words, gaz)  # "Isle of Wight Coroner Caroline Sumeray"
    ):
        # The joiner survived only after an organisation or place word ("Bank of Korea").
        head = words[next(i for i, w in enumerate(words) if w in ("of", "for", "of the")) - 1]
        label: Label = "PLACE" if head in PLACE_HEADS else "ORG"
        return [Candidate(start, end, surface, label, CUE, initial=initial)]
    title = _last_title(words, gaz)  # asked twice below
    if title > 0 and (words[-1] in PLACE_ENDS or words[-1] == "Station"):
        title = -1  # "Bridewell Garda Station", "President Park": a place, not a titled person
    if (
        words[-1] not in gaz.org_heads
        and title < 0  # "San Antonio Police Chief William McManus"
        and (
            (words[0] in PLACE_LEADS and not _city_team(words, gaz))
            or (
                words[-1] in PLACE_ENDS
                and (words[-1] != "District" or words[-2] not in gaz.org_heads)  # "School District"
                and (
                    words[0] not in gaz.given_names
                    or known(gaz, words[0]) is not None
                    or words[-1] in NAMED_AFTER_PEOPLE
                )
            )
        )
    ):
        return [Candidate(start, end, surface, "PLACE", CUE, initial=initial)]
    if (
        len(words) <= 3
        and words[0] in gaz.orgs
        and not is_acronym(words[0])
        and words[0] not in gaz.given_names  # "Leonardo DiCaprio", not "Leonardo M-346"
        and _product_words(words[1:], gaz)
    ):
        return []  # "Google Search", "Microsoft Teams": a company's product, not an entity
    if (
        initial
        and words[0].endswith(("s", "ed"))
        and known(gaz, words[0]) is None
        and words[0] not in gaz.given_names
        and _sure(known(gaz, text[tokens[1][0] : end]))
    ):
        # "Giants Amazon, Facebook …", "Ousted Nissan boss …": a plural noun or a participle
        # opening the sentence, then a known name.
        return classify(text, tokens[1:], gaz, False)
    if len(words) == 2 and is_acronym(words[1]) and words[1] in gaz.orgs and known(gaz, words[0]):
        # "Mississippi GOP", "Senate GOP": where the party sits, then the party.
        party = Candidate(tokens[1][0], end, words[1], "ORG", SURE, gaz.orgs[words[1]])
        return [*classify(text, tokens[:1], gaz, initial), party]
    if (words[0] in ORG_LEADS or words[-1] in gaz.orgs) and OFFICES.isdisjoint(words[1:-1]):
        # (not "Bank of Canada Governor Stephen Poloz": a body, its title, then a person)
        if len(words) == 2 and words[0] not in ORG_LEADS and _founder_named(text, start, end, gaz):
            # "Ratan Tata", "Ottis Jefferies, who …": a person whose surname a company bears.
            return [Candidate(start, end, surface, "PERSON", CUE, initial=initial)]
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]
    if gaz.groups.issuperset(words):
        # "Rohingya Muslims", "Sunni Arabs": one people named by two words.
        return [Candidate(start, end, surface, "GROUP", SURE, surface, initial)]
    if words[0] in gaz.groups and _government_body(words[1:]):
        # "Congolese Ministry of Public Health": the people, then the ministry.
        group = Candidate(start, tokens[0][1], words[0], "GROUP", SURE, words[0], initial)
        return [group, *classify(text, tokens[1:], gaz, False)]
    if (
        len(words) >= 3
        and words[1] in gaz.given_names
        and is_acronym(words[0])
        and len(words[0]) <= 5  # not "A FURIOUS Greta Thunberg"
        and known(gaz, words[0]) is None
        and words[0] not in gaz.titles
        and words[0] not in gaz.non_names
    ):
        # "chairperson of ZEC Priscilla Chigumba": the body, then its officer.
        acronym = Candidate(start, tokens[0][1], words[0], "ORG", CUE, initial=initial)
        return [acronym, *classify(text, tokens[1:], gaz, False)]
    if (
        len(words) >= 3
        and words[1] in gaz.given_names
        and (words[0] in gaz.groups or _people_of_place(words[0], gaz))
    ):
        # "Frenchman Olivier Besson", "Briton Andy Murray": a people, then the person.
        group = Candidate(start, tokens[0][1], words[0], "GROUP", SURE, words[0], initial)
        return [group, *classify(text, tokens[1:], gaz, False)]
    if (
        initial
        and known(gaz, words[0]) is None
        and words[0] not in gaz.given_names
        and words[0] not in gaz.titles
        and text.count(words[0]) == 1
        and _opens_with_a_description(words, gaz)
    ):
        # "Evacuee Harpreet Sandhu said": a word seen nowhere else, capitalised only because
        # it opens the sentence, describes the person before the given name; "Departing
        # Rabbitohs COO …", "Stripping Northern franchise …": a verb opens it.
        return classify(text, tokens[1:], gaz, False)
    if (
        words[0] in gaz.given_names
        and words[0] not in gaz.titles
        and not (
            0 < title < len(words) - 1
            and (
                words[title].endswith(".")
                or words[title - 1] in PLACE_ENDS
                or words[title - 1] in gaz.org_heads
                or words[title - 1] in FORCES
            )
        )
    ):  # "Virginia Gov. Ralph Northam", "Sebastian County Sheriff Bill Hollenbeck": a place,
        # a title, then the person; "Selma Police Department Chief Spencer Collier": a body
        if words[-1] in gaz.org_heads:
            # "George Washington University", "Howard Hughes Foundation": named after a person.
            return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]
        return [Candidate(start, end, surface, "PERSON", SURE, initial=initial)]
    if product_after(text, end):
        return []  # "Patriot missiles", "the IRIS-T system": products are not entities
    if words[-1] in gaz.org_heads:
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]
    if gaz.titles.issuperset(words):
        return []
    if words[-1] in OFFICES and title < 0 and words[0] not in gaz.given_names:
        # "Karnataka Chief Minister", "Philippine Ambassador", "District Forest Officer": an
        # office with no name after it; only what it belongs to may be an entity.
        first = len(words) - 1
        while first > 0 and words[first - 1] in gaz.titles and known(gaz, words[first - 1]) is None:
            first -= 1
        if first == 0:
            return []
        owners = classify(text, tokens[:first], gaz, initial)
        return [c for c in owners if c.label != "PERSON" or c.confidence > WEAK]
    if title >= 0:
        found = gazetteer_scan(text, tokens[: title + 1], gaz)
        first_title = next(i for i, word in enumerate(words) if word in gaz.titles)
        head = words[first_title - 1]
        if (
            first_title > 1
            and head in gaz.org_heads  # FORCES are org heads too
            and (head in FORCES or words[first_title] not in PORTFOLIOS)
        ):
            # "Detroit Police Chief James Craig", "New Zealand Law Society President Tiana
            # Epati": the body the title's holder heads, one name (a portfolio, "Mineral
            # Resources Minister", is no body).
            lead_end = tokens[first_title - 1][1]
            found = [Candidate(start, lead_end, text[start:lead_end], "ORG", CUE)]
        elif not found and first_title > 0 and words[title] in LOCAL_RULERS:
            # "Cebu Governor Ana Reyes": what a governor or mayor heads is a place.
            lead = tokens[:first_title]
            found.append(Candidate(start, lead[-1][1], text[start : lead[-1][1]], "PLACE", CUE))
        elif not found and first_title > 1 and words[first_title - 1] in PLACE_ENDS:
            # "Rockland County Executive Ed Day": the county, then the person ("County
            # Executive Matt Meyer" names no county).
            lead = tokens[:first_title]
            found.append(Candidate(start, lead[-1][1], text[start : lead[-1][1]], "PLACE", CUE))
        elif (
            first_title > 0
            and words[first_title] in SEAT_TITLES
            and all(c.label == "PLACE" for c in found)
            and not any(w in gaz.common or w in gaz.given_names for w in words[:first_title])
            and not all(map(is_acronym, words[:first_title]))
        ):
            # "Colne Valley MP Jason McCartney", "Dewsbury MP": the seat, a place, whole.
            lead_end = tokens[first_title - 1][1]
            found = [Candidate(start, lead_end, text[start:lead_end], "PLACE", CUE)]
        elif not found and first_title > 0 and all(map(is_acronym, words[:first_title])):
            # "EFF MP Mbuyiseni Ndlozi", "NCP leader": an acronym before a title is the body.
            lead_end = tokens[first_title - 1][1]
            found.append(Candidate(start, lead_end, text[start:lead_end], "ORG", CUE))
        elif not found and first_title > 0 and words[first_title] in HEAD_TITLES:
            # "Kizuna President Aiko Mori", "FTC Chair Lina Khan": who a president or chair
            # heads is an organisation (portfolio titles like "Health Minister" are left out).
            lead_words = words[:first_title]
            if not any(w in gaz.common or w in gaz.given_names for w in lead_words):
                lead = tokens[:first_title]
                lead_end = lead[-1][1]
                found.append(Candidate(start, lead_end, text[start:lead_end], "ORG", CUE))
        rest = tokens[title + 1 :]
        word = text[rest[0][0] : rest[0][1]] if len(rest) == 1 else ""
        if word and has_lower_word(text, word.lower()):
            return found  # "British Army Camp … the camp": a common noun after the title
        if words[-1] in OFFICES:
            return found  # "TESS Deputy Science Director": an office, no name after it
        found.extend(classify_name(text, rest, gaz, SURE))
        return found
    if words[0] in gaz.orgs and is_acronym(words[0]):
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]
    if surface.isupper() and (len(words) >= 3 or _shouted(words, gaz)):
        return gazetteer_scan(text, tokens, gaz)  # "WE HAVE A MAJOR PROBLEM": shouting
    if len(words) >= 3 and not gaz.org_heads.isdisjoint(words[1:-1]):
        # "District Court Prague-West": an organisation's head word, then where it sits.
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]
    if len(words) == 2 and words[1] in ("City", "CITY"):
        town = known(gaz, words[0].title() if words[0].isupper() else words[0])
        if town is not None and town[0] == "PLACE":
            # "Gaza City", "Davao City": the city named after its place (a club is
            # settled as a team later, in a sports story).
            return [Candidate(start, end, surface, "PLACE", CUE, initial=initial)]
    # One token is the whole surface, which no gazetteer knows (checked above).
    pieces = gazetteer_scan(text, tokens, gaz)
    if (
        len(words) == 2
        and len(pieces) == 2
        and all(piece.label == "PLACE" for piece in pieces)
        and words[1] not in PLACE_ENDS
    ):
        # "Jordan Henderson": two places with no comma between are a person's names.
        return [Candidate(start, end, surface, "PERSON", CUE, initial=initial)]
    if not pieces:
        return classify_unknown(text, tokens, gaz, initial)
    if (
        len(words) == 2
        and len(pieces) == 1
        and pieces[0].start == start
        and pieces[0].label == "PLACE"
        and words[0] not in gaz.strong_places
        and not words[0].isupper()
        and words[1][1:].islower()
        and words[1] not in gaz.non_names  # "Karachi Test"
        and words[1] not in COMPASS  # "Dundee East"
        and words[1][-1] != "s"  # "Houston Rockets", "Jackson Hawks": a team
        and not _sure(known(gaz, words[1]))
        and words[1] not in gaz.common
        and words[1] not in PLACE_ENDS
        and words[1] not in gaz.org_heads
    ):
        # "Austin Eguavoen", "Jackson Carlow": a town's name (used as a given name), then a
        # surname no list knows.
        return [Candidate(start, end, surface, "PERSON", CUE, initial=initial)]
    if (
        len(pieces) == 1
        and pieces[0].label == "PLACE"
        and " " not in pieces[0].text
        and start < pieces[0].start
        and pieces[0].end < end
        and not any(word in gaz.org_heads or word in gaz.titles for word in words)
    ):
        # "Aung San Suu Kyi": a place's name between unknown words is part of a person's.
        return [Candidate(start, end, surface, "PERSON", CUE, initial=initial)]
    if (
        len(words) <= 3
        and len(pieces) == 1
        and pieces[0].label == "PLACE"
        and (pieces[0].start, pieces[0].end) != (start, end)
        and (person_before(text, start) or PERSON_APPOSITIVE_RE.match(text, end))
    ):
        # "defence lawyer Orlando Pownall", "Lina Hidalgo, the top executive": with a role
        # around it, a run holding a place name and unknown words is a person's name.
        return [Candidate(start, end, surface, "PERSON", CUE, initial=initial)]
    if _place_then_plural(words, pieces, start, gaz):
        # "Denver Broncos", "Toronto Maple Leafs", "Seattle Public Schools": a team or body
        # named after its city, one organisation.
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]
    found, cursor = [], 0
    for piece in pieces:
        rest = [token for token in tokens[cursor:] if token[1] <= piece.start]
        if rest:
            found.extend(classify_unknown(text, rest, gaz, initial and cursor == 0))
        found.append(piece)
        cursor = next(i for i, token in enumerate(tokens) if token[1] == piece.end) + 1
    if cursor < len(tokens):
        found.extend(classify_unknown(text, tokens[cursor:], gaz, False))
    return found


def classify_word(
    text: str, start: int, end: int, gaz: Gazetteer, initial: bool
) -> list[Candidate]:
    """`classify` for the commonest case, one word: only some of its rules can apply."""
    surface = text[start:end]
    if surface in gaz.non_names:
        return []
    hit = known(gaz, surface)
    if hit:
        return _known_name(text, start, end, surface, hit, True, initial)
    if surface.isupper() and len(surface) > 3 and has_lower_word(text, surface.lower()):
        return []  # "A DEFENCE lawyer …", "HOSPITALS in …": a lead's word in capitals
    if surface in gaz.document_heads:
        return []  # laws, treaties and strategies are not entities
    if product_after(text, end):
        return []
    if surface in ("Moon", "Sun") and after_the(text, start):
        return []  # "landing on the Moon": a body in the sky, not a person
    if text[end + 1 : end + 3] in _DISEASE_OPENINGS and DISEASE_AFTER_RE.match(text, end):
        return []  # "the Nipah virus", "the Delta variant": a disease, not a place
    if surface in gaz.org_heads and text[start - 5 : start] in ("this ", "This "):
        return []  # "this Court", a judge's name for the court they sit in
    if (surface in gaz.org_heads and not initial) or surface in INSTITUTION_TITLES:
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]
    if surface in gaz.titles:
        return []
    if surface == "Day" and text[start - 3 : start - 1] in ("'s", "’s"):
        return []  # "Children's Day", "Mother’s Day": a day, not Mr Day
    return classify_unknown(text, [(start, end)], gaz, initial)


def _known_name(
    text: str, start: int, end: int, surface: str, hit: Known, single: bool, initial: bool
) -> list[Candidate]:
    """The candidate for a name a gazetteer knows, unless its context says otherwise."""
    if surface.startswith("The "):
        start, surface = start + 4, surface[4:]  # "The Independent": the name holds no "the"
    if hit[0] == "PLACE" and hit[2] < SURE and context_cue(text, start, end) == "PERSON":
        return [Candidate(start, end, surface, "PERSON", CUE, initial=initial)]
    if hit[0] == "ORG" and surface in SEATS and _at_the_seat(text, start, end):
        # "at the White House", "a White House ceremony": the building, not its occupant.
        return [Candidate(start, end, surface, "PLACE", SURE, surface, initial=initial)]
    if hit[0] == "ORG" and single and after_the(text, start) and _land(text, end):
        # "the Amazon" in a story about the rainforest is the region, not the company.
        return [Candidate(start, end, surface, "PLACE", SURE, surface, initial=initial)]
    return [Candidate(start, end, surface, hit[0], hit[2], hit[1], initial=initial)]


def _org_head(word: str, gaz: Gazetteer) -> bool:
    """An organisation's head word, or its plural ("Board", "Boards")."""
    return word in gaz.org_heads or (word[-1] == "s" and word[:-1] in gaz.org_heads)


def classify_name(text: str, tokens: Tokens, gaz: Gazetteer, confidence: int) -> list[Candidate]:
    """The name after a title: a PERSON unless it is a known place or organisation."""
    while len(tokens) > 2 and _org_head(text[tokens[0][0] : tokens[0][1]], gaz):
        tokens = tokens[1:]  # "District Health | Boards | David Meates": the body's last word
    start, end = tokens[0][0], tokens[-1][1]
    surface = text[start:end]
    if surface in gaz.non_names:
        return []  # "Grand Slam": a sports term after a title-like word, not a person
    if surface[-1] == "s" and surface[:-1] in gaz.titles:
        return []  # "Foreign Ministers": the office holders, not a name
    hit = known(gaz, surface)
    if hit and hit[2] == SURE:
        return [Candidate(start, end, surface, hit[0], hit[2], hit[1])]
    return [Candidate(start, end, surface, "PERSON", confidence)]


def classify_unknown(text: str, tokens: Tokens, gaz: Gazetteer, initial: bool) -> list[Candidate]:
    """A run no gazetteer knows: given names, context cues, then shape."""
    start, end = tokens[0][0], tokens[-1][1]
    surface = text[start:end]
    single = len(tokens) == 1
    if initial and text.startswith("-", end):
        return []  # "Co-author …" opens a sentence: a capitalised word, not a name
    if surface in gaz.common or surface in gaz.titles:
        return []  # "Wednesday" from "in Congress Wednesday", "Governor" from "Jakarta Governor"
    if len(surface) == 1 or (surface[-1] == "s" and surface[:-1] in gaz.titles):
        return []  # "L-shaped", "U.N" cut short; "Foreign Ministers" is no one's name
    if single and surface.endswith(_ADVERB_ENDINGS) and text.startswith(",", end):
        return []  # "Essentially, Rivers was not happy": a sentence adverb
    if single and _made_before(text, start):
        return []  # "Unilever, which makes Marmite and Dove soap": products
    if single and text[start - 2 : start - 1].isdigit() and _after_maker(text, start, gaz):
        return []  # "the Boeing 737 Max": a model after its maker and number
    previous = text[start - 1 : start]
    if previous == "#" or (previous == "@" and _camel_case(surface)):
        return []  # "#DefendYourVote", "@EliudKipchoge": tags and handles, not names
    # The regexes below only run where their first characters could match: a hyphen or a
    # digit in the word, a space then a digit after it, a space or an apostrophe after it.
    alpha = surface.isalpha()
    # One word of letters, capitalised only at its start ("Smith"), as most are: it is no
    # code, acronym, shouted word, dateline or letter-and-word, so those tests are skipped.
    plain = single and alpha and surface[1:].islower()
    acronym = False  # asked below up to four times
    if not plain:
        if single and not alpha:
            if surface[1:2] == "-" and surface[0] in "DRI" and _state_after_party(text, end, gaz):
                return []  # "Jayapal, D-Wash.": a lawmaker's party and state, as "D-N.Y."
            if surface[1:2] == "-" and PARTY_STATE_RE.fullmatch(surface):
                return []  # "Chuck Schumer, D-N.Y.": a US lawmaker's party and state
            if CODE_RE.fullmatch(surface):
                return []  # "K9", "S6", "N26,000": codes, models and sums of money
        if single and surface.isupper() and len(surface) > 3 and _shouted([surface], gaz):
            return []  # "A COUPLE left …", "ANYONE who": a lead's first word in capitals
        if surface[1:2] == "-" and surface[2:].islower():
            return []  # "T-shirt", "U-turn", "X-ray": a letter and a word, not a name
        acronym = single and is_acronym(surface)
        if single and not alpha and DIGIT_RE.search(surface) and not acronym:
            return []  # "TOI-257b", "F-35": codes of products and objects, not names
        if acronym and _ticker(text, start, end):
            return []  # "(NYSE: MDT)", "(MDT.N)": a share's symbol
        # (Before the number test below: a dateline has a comma, bracket or dash after it.)
        if surface.isupper() and len(surface) > 3 and _dateline(text, start, end):
            return [Candidate(start, end, surface, "PLACE", CUE, initial=initial)]
    after = text[end : end + 1]
    ranking = surface == "No" or surface.endswith(" No")
    if ranking and after == "." and text[end + 2 : end + 3].isdigit():
        return []  # "World No. 1 Jannik Sinner": a ranking, not a name
    if (
        single
        and after == " "
        and text[end + 1 : end + 2].isdigit()
        and NUMBER_AFTER_RE.match(text, end)
    ):
        return []  # "Phase 2", "Section 144", "Day 4": a numbered part, not a name
    if single and after in _LEADER_AFTER_STARTS and LEADER_AFTER_RE.match(text, end):
        return [Candidate(start, end, surface, "PERSON", CUE, initial=initial)]
    if single and "-" in surface and surface[surface.rfind("-") + 1 :][:1].isupper():
        if _names_a_pair(text, surface, gaz):
            return _split_hyphenated(text, start, surface, gaz)
        if surface[surface.rfind("-") + 1 :] in gaz.groups:
            return [Candidate(start, end, surface, "GROUP", CUE, initial=initial)]  # "Anglo-Dutch"
        cue = context_cue(text, start, end)
        return [Candidate(start, end, surface, cue or "ORG", WEAK, initial=initial)]
    if single and surface.endswith(PEOPLE_ENDINGS) and _people_of_place(surface, gaz):
        return [Candidate(start, end, surface, "GROUP", CUE, initial=initial)]
    if not single and " & " in surface:
        return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]  # "Express & Star"
    if text[start : tokens[0][1]] in gaz.given_names:
        if single:
            cue = context_cue(text, start, end)
            if cue == "PLACE" or (cue == "ORG" and not SAID_IT_RE.match(text, end)):
                # "the western Farah province", "a Rain spokesperson": the context outweighs
                # a given name ("Phillip says it was" is still Phillip).
                return [Candidate(start, end, surface, cue, CUE, initial=initial)]
        confidence = CUE if single else SURE
        return [Candidate(start, end, surface, "PERSON", confidence, initial=initial)]
    cue = context_cue(text, start, end)
    if (
        text[start - 4 : start - 1] in ("the", "The")
        and single
        and cue != "ORG"
        and after_the(text, start)
        and not acronym
    ):
        # People take no "the": "the Cerrado", "the Okanagan", "the Yanomami", "the Tories".
        plural = surface.endswith("s") and not text[end + 1 : end + 2].isupper()
        # (not "the Annapolis MLA": a name before a title is where the office is)
        label: Label = "GROUP" if plural or GROUP_AFTER_RE.match(text, end) else "PLACE"
        return [Candidate(start, end, surface, label, CUE)]
    if cue in ("PERSON", "PLACE") and acronym:
        # "KNCHR said", "in UNRWA schools": people are not written in capitals, and the
        # gazetteer knows the countries that are (US, UAE, DRC).
        cue = "ORG"
    if single and not plain and _camel_case(surface):
        cue = "ORG"  # "PayNest", "BlackRock": brands run words together
    if cue:
        confidence = CUE
        if cue == "PERSON" and single and not person_before(text, start):
            confidence = WEAK  # "Zentrova said": companies and towns speak too
        return [Candidate(start, end, surface, cue, confidence, initial=initial)]
    if not single:
        if any(char.isdigit() for char in surface):
            return []  # "Twenty20 International": a format or product, not a person
        if len(tokens) == 2 and _initials_and_surname([text[a:b] for a, b in tokens], gaz):
            return [Candidate(start, end, surface, "PERSON", WEAK, initial=initial)]  # "TJ Ryan"
        if any(is_acronym(text[a:b]) and text[a + 1 : b] != "." for a, b in tokens):
            # (an initial, "V.", is no acronym: "Manny V. Pangilinan")
            return [Candidate(start, end, surface, "ORG", CUE, initial=initial)]
        # Two capitalised words with no cue are most often a person, but only a guess:
        # a list or the rest of the document may say it is a place ("Homa Bay").
        return [Candidate(start, end, surface, "PERSON", WEAK, initial=initial)]
    if single and not plain and surface[-1] == "s" and is_acronym(surface[:-1]):
        return []  # "VPNs", "PILs": a common noun's acronym in the plural
    if acronym and "." not in surface:
        return [Candidate(start, end, surface, "ORG", WEAK, initial=initial)]
    if plain and surface.endswith("ions"):
        return []  # "Prime Minister's Questions", "Operations": plural nouns, not surnames
    return [
        Candidate(start, end, surface, "PERSON" if not initial else None, WEAK, initial=initial)
    ]


def product_after(text: str, end: int) -> bool:
    """`PRODUCT_AFTER_RE.match(text, end)`, tried only after a hyphen or before a word that
    opens like a product noun ("Patriot missiles", "IRIS-T system")."""
    if text[end + 1 : end + 4] not in PRODUCT_NOUN_OPENINGS and not text.startswith("-", end):
        return False
    return PRODUCT_AFTER_RE.match(text, end) is not None


def _at_the_seat(text: str, start: int, end: int) -> bool:
    """Whether the seat of power at [start, end) is named as a place: after "at the",
    "outside the" …, or before "ceremony", "lawn" …"""
    return bool(
        SEAT_BEFORE_RE.search(text, max(0, start - 12), start) or SEAT_AFTER_RE.match(text, end)
    )


def _after_maker(text: str, start: int, gaz: Gazetteer) -> bool:
    """Whether a known company and a model number come right before `start` ("Boeing 737
    Max"); "A 2019 GSMA report" has no maker."""
    match = MODEL_BEFORE_RE.search(text, max(0, start - 30), start)
    maker = known(gaz, match.group(1)) if match else None
    return maker is not None and maker[0] == "ORG"


def _people_of_place(word: str, gaz: Gazetteer) -> bool:
    """Whether `word` names the people of a known place: "Queenslanders", "Argentines",
    "Tennesseans" (the place, less up to four letters, plus an ending)."""
    for ending in _PEOPLE_SUFFIXES:
        if not word.endswith(ending) or len(word) - len(ending) < 4:
            continue
        stem = word[: -len(ending)]
        for tail in ("", "a", "e", "o", "y") if ending != "n" else ("",):
            hit = known(gaz, stem + tail) if stem + tail in gaz.places else None
            if hit is not None and (ending != "n" or hit[2] == SURE):
                return True  # a lone "-n" only after a sure place: "Tasmanian", not "Brian"
    return False


def _shouted(words: list[str], gaz: Gazetteer) -> bool:
    """Whether words in capitals are ordinary words shouted ("FLYING LOWER", "OR NOT"): one
    of them is a sentence word, or one ends like an English verb or adjective."""
    return any(
        word.title() in gaz.common or word.endswith(("ING", "ED", "ER", "LY", "LE", "ONE"))
        for word in words
    )


def _made_before(text: str, start: int) -> bool:
    """MADE_BEFORE_RE in the 12 characters before `start`: searched only when the character
    before the last one is an "s" (ending the verb) or whitespace, as it must be for a match."""
    previous = text[start - 2 : start - 1]
    if previous != "s" and not previous.isspace():
        return False
    return MADE_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def _government_body(words: list[str]) -> bool:
    """Words naming a state's ministry, army, police or parliament ("Ministry of Health",
    "Defence Ministry"), which a nationality before them is not part of."""
    return words[0] in GOVERNMENT_LEADS or words[-1] in GOVERNMENT_HEADS


def _product_words(words: list[str], gaz: Gazetteer) -> bool:
    """Words after a company's name that make a product of it: none is a title, an
    organisation's head word, a given name or a name the gazetteers know."""
    return not any(
        word in gaz.titles
        or word in gaz.org_heads
        or word in gaz.given_names
        or word in gaz.non_names
        or word in gaz.common
        or known(gaz, word) is not None
        for word in words
    )


_NICKNAMED = re.compile(r"(?:nicknamed|dubbed|called|named) .$")
_ADVERB_ENDINGS = (
    "ally", "ately", "ously", "ently", "antly", "ively", "ingly", "edly", "ably", "ibly", "stly",
    "ndly", "rdly",
)  # fmt: skip
_OPENING_MARKS = frozenset("‘“'\"")
_CLOSING_MARKS = frozenset("’”'\"")


def _opened_by_a_mark(text: str, start: int) -> bool:
    """Whether a quote mark opens right before `start`, or before a "The" there ("“The Big
    Short”": the run finder drops the article)."""
    if text.endswith("The ", 0, start):
        start -= 4
    return text[start - 1 : start] in _OPENING_MARKS


def _titled_work(text: str, start: int, end: int) -> bool:
    """Whether the run [start, end) of two words or more fills a pair of quote marks, as
    the title of a work does ("‘Hotline Bling’", "“The Big Short”"); a quoted name fills one
    word ("“Kasim”")."""
    if text.endswith("The ", 0, start):
        start -= 4
    return (
        text[start - 1 : start] in _OPENING_MARKS
        and text[end : end + 1] in _CLOSING_MARKS
        and not text[end + 1 : end + 2].isalpha()  # "“Joe Hockey’s wet dream”"
        and not _NICKNAMED.search(text, max(0, start - 12), start)  # "nicknamed ‘Pattaya Beach’"
    )


def _state_after_party(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether "D-Wash." or "R-N.C." ends at `end` (before its full stop) with a state the
    gazetteer abbreviates."""
    start = text.rfind("-", 0, end) + 1
    return text[end : end + 1] == "." and text[start:end] + "." in gaz.places


def _letter_code(words: list[str], gaz: Gazetteer) -> bool:
    """A word and a single capital letter that is not a given name and initial ("Malcolm
    X") or a known name and a letter ("Boeing X")."""
    letter = words[1]
    return (
        len(letter) == 1
        and letter != "I"
        and letter.isupper()
        and words[0] not in gaz.given_names
        and words[0] not in gaz.titles
        and known(gaz, words[0]) is None
    )


_SUFFIXES_BEFORE_TICKER = (" Inc.", " Inc", " Corp.", " Corp", " Co.", " Ltd.", " plc", " PLC")


def _ticker(text: str, start: int, end: int) -> bool:
    """A stock symbol: after an exchange's name and a colon, before ".N)" style suffixes, or
    in brackets after a company's "Inc." ("Pfizer Inc. (PFE)")."""
    return (
        TICKER_AFTER_RE.match(text, end) is not None
        or (text[start - 2 : start] == ": " and text.rfind("(", max(0, start - 12), start) >= 0)
        or (
            text[start - 2 : start] == " ("
            and text.startswith(")", end)
            and text.endswith(_SUFFIXES_BEFORE_TICKER, 0, start - 2)
        )
    )


def _camel_case(word: str) -> bool:
    """A capital inside a lowercase word, not after a surname prefix ("McDonald",
    "DeSantis", "LeBron"): how companies and apps write their names."""
    if word[1:].islower():
        return False  # most names: no capital after the first letter, no regex needed
    inner = CAMEL_RE.search(word, 1)
    return inner is not None and word[: inner.end() - 1] not in SURNAME_PREFIXES and word.isalpha()


def _dateline(text: str, start: int, end: int) -> bool:
    """A word in capitals opening a paragraph before a comma, a bracket or a dash:
    the place a story was filed from ("AUGUSTA, Ga. (AP) —", "LAGOS (Reuters) -")."""
    if start > 0 and text[start - 1] != "\n":
        return False
    return text.startswith((",", " (", " —", " –", " -"), end)


def _land(text: str, end: int) -> bool:
    """Whether a landscape noun follows `end` ("rainforest", "basin") or, with no company
    cue after it, the story is about forests or rivers."""
    if LAND_AFTER_RE.match(text, end):
        return True
    return ORG_AFTER_RE.match(text, end) is None and _about_land(text)


_LAND_SEEN: list[tuple[str, bool]] = []


def _about_land(text: str) -> bool:
    """Whether the story mentions forests or river basins; remembered for the last text, since
    every "the <organisation>" in a story asks and a search of the whole text is not free."""
    if _LAND_SEEN and _LAND_SEEN[0][0] is text:
        return _LAND_SEEN[0][1]
    # Plain substring tests: far cheaper than a regex search of the whole text.
    answer = any(stem in text for stem in LAND_STEMS)
    _LAND_SEEN[:] = [(text, answer)]
    return answer


def _names_a_pair(text: str, surface: str, gaz: Gazetteer) -> bool:
    """ "Kovac-Horvat" pairs two names known to the gazetteer or seen alone in the text."""
    parts = surface.split("-")
    if len(parts) != 2 or parts[0] == parts[1] or not all(p[:1].isupper() for p in parts):
        return False
    return all(known(gaz, part) is not None or _stands_alone(text, part) for part in parts)


def _stands_alone(text: str, word: str) -> bool:
    r"""Whether `word` occurs with no word character or hyphen on either side: the search
    `(?<![\w-])word(?![\w-])`, written to open with the word, so the regex engine skips
    ahead to it instead of trying the look-behind at every offset."""
    pattern = rf"{re.escape(word)}(?<![\w-].{{{len(word)}}})(?![\w-])"
    return re.search(pattern, text) is not None


def _split_hyphenated(text: str, start: int, surface: str, gaz: Gazetteer) -> list[Candidate]:
    """ "Kim-Putin" names two people; each part is classified on its own."""
    found: list[Candidate] = []
    offset = start
    for part in surface.split("-"):
        if part[:1].isupper():
            hit = known(gaz, part)
            label, canonical, confidence = hit if hit else ("PERSON", "", WEAK)
            found.append(Candidate(offset, offset + len(part), part, label, confidence, canonical))
        offset += len(part) + 1
    return found

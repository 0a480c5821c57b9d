"""Reporting verbs, role nouns and the patterns that tie a speaker to a quote."""

from __future__ import annotations

import re

_VERB_WORDS = """
said says say saying told tells tell telling added adds adding stated states stating
noted notes noting warned warns warning cautioned cautions cautioning indicated indicates
indicating explained explains explaining mentioned mentions mentioning asked asks asking
insisted insists insisting argued argues arguing urged urges urging wrote writes writing
tweeted tweets tweeting posted declared declares declaring announced announces announcing
replied replies replying responded responds responding continued continues claimed claims
claiming acknowledged acknowledges admitted admits conceded concedes recalled recalls
observed observes remarked remarks suggested suggests suggesting predicted predicts
promised promises pledged pledges vowed vows vowing emphasized emphasizes emphasised
emphasises emphasizing stressed stresses stressing reiterated reiterates confirmed confirms
denied denies described describes called calls calling commented comments testified
shouted yelled complained complains agreed agrees contended maintained maintains assured
answered answers concluded countered quipped joked boasted lamented echoed alleged alleges
charged accused accuses reported reports underscored underlined threatened threatens
threatening announced demanded demands demanding
defended defends dismissed dismisses praised praises branded brands hailed hails
barked barks screamed screams exclaimed exclaims cried whispered whispers muttered mutters
snapped retorted sighed texted quoted criticized criticised criticizes criticises condemned
condemns groused grumbled mused scoffed fumed gushed marvelled marveled welcomed welcomes
revealed reveals disclosed beamed enthused smiled laughed enthuses reckons reckoned laments
jokes muses recounts recounted quizzed queried shrugged shrugs reflected reflects
elaborated elaborates asserted asserts inquired inquires enquired enquires questioned
smiles grins grinned laughs ruled
praising criticizing criticising condemning accusing describing dismissing defending hailing
welcoming slamming blasting reads read believes believed proclaimed proclaims estimated
estimates
"""
_PHRASAL_VERBS = (
    r"fired\s+back|shot\s+back|hit\s+back|went\s+on|put\s+it"
    r"|pointed\s+out|points\s+out|pointing\s+out"
)
_CONTINUING = "added adds adding continued continues went reiterated echoed"
_ADVERB_WORDS = """
also later then again further once has have had was were is are would will could did does
not never just still previously recently
"""
_PREPOSITION_WORDS = """
of to with by for from against about on at in into over under between among toward towards
than via including like upon after before during without within behind beside outside
inside near across through along around beyond throughout amid
"""
_GAP_STOP_WORDS = " that who which and or but as while when if because "
_ROLE_WORDS = """
president minister spokesperson spokesman spokeswoman adviser advisor secretary leader chief
director ambassador senator governor mayor general commander chairman chairwoman chair
executive premier chancellor envoy lawmaker congressman congresswoman astronaut cosmonaut
judge king queen prince pope founder professor coach captain manager prosecutor
star champion veteran winner player striker midfielder goalkeeper defender forward boss
owner analyst economist strategist lawyer attorney doctor officer official suspect victim
witness survivor mother father wife husband son daughter resident actor actress singer
author novelist activist researcher scientist heir mp mep legislator candidate nominee
td msp mla mpp mna
counsel barrister skipper pm premier taoiseach administrator commissioner sheriff inspector
speaker
superintendent detective constable sergeant magistrate chairperson cji cjp cjn justice
negotiator
banker businessman businesswoman billionaire tycoon entrepreneur politician journalist
pastor priest cleric rapper musician artist filmmaker athlete
supremo
allrounder all-rounder batter batsman bowler spinner opener wicketkeeper keeper hooker
fly-half scrum-half flanker winger fullback quarterback pitcher
"""

# Nouns that stand for an organisation named earlier ("the ministry said"): the specific ones
# must appear in its name; the generic business ones stand for the last organisation named.
_ORG_NOUN_WORDS = """
ministry agency department office council commission authority bureau court police army
military embassy union committee party government regulator bank fund foundation
institute university federation association club board service panel district hospital
trust school college league network senate parliament assembly
"""
_GENERIC_ORG_WORDS = (
    "company firm group lender carmaker insurer retailer operator giant utility airline carrier"
    " broadcaster automaker miner producer manufacturer chipmaker startup conglomerate charity"
    " watchdog nonprofit"
)
ORG_NOUNS = frozenset(_ORG_NOUN_WORDS.split())
GENERIC_ORG_NOUNS = frozenset(_GENERIC_ORG_WORDS.split())


def _alternation(words: str) -> str:
    """A regex matching any of the words, factored by shared prefix so it scans fast."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words.split()):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


_VERB_ALT = rf"(?:according\s+to|{_PHRASAL_VERBS}|{_alternation(_VERB_WORDS)})"
# Where a reporting verb ends: a whole word, and not an agreement to something ("the deal
# Fianna Fáil agreed on", "they agreed to pay"), which reports no words.
_VERB_END = r"(?![\w-])(?!(?<=agreed|agrees)\s+(?:on|upon|to)\b)"

# The characters that re.IGNORECASE matches to a lowercase ASCII letter, beyond its capital.
_CASE_VARIANTS = {"i": "iIİı", "k": "kKK", "s": "sSſ"}


def _caseless_alternation(words: str, phrases: str = "") -> str:
    """`(?i:` words and `|`-separated phrase regexes `)` for a pattern compiled without
    re.IGNORECASE, written as one branch per case variant of a first letter ("s(?i:aid|ays)",
    "S(?i:aid|ays)"). The regex engine tests a branch's literal first character before it
    enters the branch; with re.IGNORECASE it enters every branch at every word start."""
    rests: dict[str, list[str]] = {}
    for word in sorted(set(words.split())):
        rests.setdefault(word[0], []).append(word[1:])
    phrase_rests: dict[str, list[str]] = {}
    for phrase in phrases.split("|") if phrases else []:
        phrase_rests.setdefault(phrase[0], []).append(phrase[1:])
    branches = []
    for first in sorted(rests.keys() | phrase_rests.keys()):
        alternatives = phrase_rests.get(first, [])
        if first in rests:
            alternatives = [*alternatives, _alternation(" ".join(rests[first]))]
        rest = "|".join(alternatives)
        for variant in _CASE_VARIANTS.get(first, first + first.upper()):
            branches.append(f"{re.escape(variant)}(?i:{rest})")
    return "(?:" + "|".join(branches) + ")"


# _VERB_ALT, case ignored, for patterns compiled without re.IGNORECASE (every verb and
# phrase has more than one letter, and none is a prefix of another followed by a space).
_VERB_ALT_CASELESS = _caseless_alternation(_VERB_WORDS, rf"according\s+to|{_PHRASAL_VERBS}")
_ADVERB_ALT = rf"(?:{_alternation(_ADVERB_WORDS)}|[a-z]+ly)"
_ROLE_ALT = _alternation(_ROLE_WORDS)
ROLE_NOUNS = frozenset(_ROLE_WORDS.split())
ROLE_ALT = _ROLE_ALT
CONTINUING_VERBS = frozenset(_CONTINUING.split())
PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())
QUOTE_CHARS = "\"“”„«»‘’'"

# A reporting verb anywhere (headlines capitalise it, so case is ignored).
VERB = re.compile(rf"(?<![\w-]){_VERB_ALT_CASELESS}(?![\w-])")
# After a closing mark: ", said ...", ", he said", ", the minister added".
_LEAD = r"[\s,—–-]*"
# These three ignore case only where re.IGNORECASE would matter: in the pronoun, the
# article, the adverbs and the verb (see _caseless_alternation).
TAIL_VERB = re.compile(rf"{_LEAD}({_VERB_ALT_CASELESS}){_VERB_END}")
TAIL_PRONOUN = re.compile(
    rf"{_LEAD}((?i:he|she|it|they|I|we))\s+(?:(?i:{_ADVERB_ALT})\s+){{0,3}}"
    rf"({_VERB_ALT_CASELESS}){_VERB_END}"
)
TAIL_DEFINITE = re.compile(
    rf"{_LEAD}((?i:the|a|an|his|her|their|its))\s+"
    rf"((?:(?!(?i:that|which|who)\s)[\w’'-]+\s+){{0,4}}?)"
    rf"(?:(?i:{_ADVERB_ALT})\s+){{0,2}}({_VERB_ALT_CASELESS}){_VERB_END}"
)
# Between an entity and its verb: an optional appositive and a few adverbs.
# The appositive's closing comma is often left out: "Judge Ana Novak, District Court said".
# Or a phrase saying where the speaker works: "Captain Ana Ruiz of the Boston police said",
# "Salama with WHO said".
# A full stop inside an abbreviation ("the U.S.-led operation") does not end it.
_APPOSITIVE_CHAR = r"(?:[^,;:.“”\"\n]|\.(?=\S))"
APPOSITIVE_THEN_VERB = re.compile(
    rf"(?:\s*,{_APPOSITIVE_CHAR}{{1,100}}?,?|\s+(?:of|from|at|with) {_APPOSITIVE_CHAR}{{1,60}}?"
    r"|\s+\([^()\n]{1,40}\))?"  # "Vivian Huang (黃珊珊) wrote": the name in another script
    rf",?\s+(?:{_ADVERB_ALT}\s+){{0,3}}({_VERB_ALT}){_VERB_END}"
)
# "'We'll rebuild:' Macron's vow": a headline quote owned by its speaker.
SPEECH_NOUN_AFTER = re.compile(
    r"(?:['’]s|(?<=s)['’]) (?:vow|pledge|promise|warning|message|plea|words|call|verdict|claim"
    r"|admission|boast|threat|reply|response|tribute|statement|comments?|remarks?|appeal"
    r"|decision|ruling|order|judgment|letter|tweet|post|speech)\b"
)
# "“No,” was Ryan’s uncontrived response": a quote, then whose view it was.
VERDICT_BEFORE = re.compile(r"(?:was|is)\s+")
VERDICT_AFTER = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:assessment|response|verdict|reply|answer|reaction|view"
    r"|take|summary|description|explanation|advice|message|comment|analysis|prediction)\b"
)
# "said a statement from the ministry", "according to a post by Acme"; searched for, "A
# statement from Mr Hopkins said:" as a sentence's subject.
STATEMENT_FROM = re.compile(
    r"\s+(?:[Aa]n?|[Tt]he|in a)\s+(?:[\w-]+\s+)?(?:statement|release|post|letter|filing|notice)"
    r"\s+(?:from|by|issued by|released by)\s+"
    r"|\s+(?:[Aa]n?|[Tt]he|in a)\s+(?:[\w-]+\s+)?(?:statement|release|post|letter|filing|notice)"
    r"\s+(?=the\s+[a-z]+\s+(?:issued|released|sent|posted|published)\b)"
)  # "according to a statement the district issued"
# "the 50-year-old told AFP": an age stands for a person.
AGE_RE = re.compile(r"\b\d+-year-old\b")
# "UNICEF's Robert Kezaala wrote": an organisation or place owning the speaker.
# Also "Bibi’s lawyer Saiful Mulook said": a few role words between owner and speaker.
# "Johnson’s attorneys fired back": an owner, then only lowercase words, then the verb.
OWNED_UNNAMED = re.compile(
    rf"(?:['’]s|(?<=s)['’])\s+(?:(?!(?:that|who|which|he|she|it|they|we|and|or)\s)[a-z-]+\s+){{1,3}}?"
    rf"(?:{_ADVERB_ALT}\s+){{0,2}}({_VERB_ALT}){_VERB_END}"
)
POSSESSIVE_GAP = re.compile(
    r"(?:['’]s|(?<=s)['’])\s+(?:[a-z]+,?\s+|[A-Z][a-z]+\s+){0,3}"
)  # "Lopez's wife, Lilian", "Taylor's Grandmother Constance Dingle"
# Title words between a verb and a name: "said White House adviser Jake Sullivan".
TITLE_GAP = re.compile(
    rf"[\s,—–-]*(?:(?!(?:{_alternation(_PREPOSITION_WORDS + _GAP_STOP_WORDS)})\b)"
    rf"[A-Za-z0-9][\w.’'&-]*,?\s+|\([A-Z][A-Z.]+\)\s+|(?:of\s+(?:the\s+)?|and\s+)(?=[A-Z])"
    rf"|(?<=\w\s)and\s+$){{0,8}}"  # "Movement and " before another body's name, not "” and "
)  # "said 53-year-old resident X", "Secretary of the Treasury X", "CEO and President X"
# The end of an attribution sentence, after an optional phrase of where, when or how
# ("Day said at a news conference.").
SENTENCE_END_AFTER = re.compile(
    r"(?:\s+(?:at|in|on|during|after|before|to|from|outside|inside|via|through|by)\b"
    r"[^.!?\n“”\"]{0,80})?[^\S\n]*(?:[.!?]|\n|$)"
)
CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas|although|though|and|yet|so)\s+|\s[—–]\s")
# "He said", "But he said", "On Friday, she said".
PRONOUN_AT_START = re.compile(
    r"\s*(?:[^,.;“”\"\n]{0,60},\s*|(?:but|and|yet|so|then)\s+"
    # "On the record he addresses …": a short opening phrase with no comma after it
    r"|(?:on|in|at|after|before|during|for|with)\s+(?:the\s+|a\s+|an\s+)?[a-z]+\s+)?"
    r"(he|she)\b",
    re.I,
)
# "The 36-year-old further added:" — an age standing for the person.
AGE_AT_START = re.compile(r"\s*the\s+\d+-year-old\b", re.I)
# "Speaking outside the court, she said": the opening participle's phrase holds no subject.
PARTICIPLE_PHRASE = re.compile(
    r"\s*(?:(?:After|Before|While|When|Since|Upon|By|Without)\s+[a-z]+ing|[A-Z][a-z]+ing)\b"
    r"[^,;.“”\"\n]{0,160},"
)  # also "After announcing charges against …, Bill Schuette said"
# "While Hazlewood and Cummins were unplayable, Kohli felt …": a subordinate clause whose
# subject is not the sentence's. ("As X said, …" is left out: X is the voice there.)
SUBORDINATE_CLAUSE = re.compile(
    r"\s*(?:While|Although|Though|Whereas|Even though|Even as|When|Once|Because|If)\s"
    r"[^,;.“”\"\n]{3,160},"
)
# "The minister …", "On Friday, the minister …", "Greece's new leader …".
DEFINITE_ROLE_AT_START = re.compile(
    rf"\s*(?:[^,.;“”\"\n]{{0,60}},\s*)?(?:the|(?:(?-i:[A-Z])[\w.-]*\s+){{0,2}}[\w.-]+(?:['’]s|s['’]))\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?"
    # "the president-elect"; not "The President’s Office", a body
    rf"(?:{_ROLE_ALT})(?:-elect|-designate)?\b(?!['’]s\s+(?-i:[A-Z]))",
    re.I,
)
DEFINITE_ROLE_AT_END = re.compile(rf"\bthe\s+(?:[\w.’'-]+\s+){{0,3}}(?:{_ROLE_ALT})\s*$", re.I)
# "Celtic manager Brendan Rodgers", "Ontario premier Doug Ford": a name that only qualifies
# the role between it and the person.
ROLE_BETWEEN = re.compile(rf"(?:\s+[A-Z][\w.-]*)?\s+(?:[a-z-]+\s+){{0,2}}(?:{_ROLE_ALT})\s+")
INDEFINITE_AT_START = re.compile(r"\s+(?:a|an|one|another)\s", re.I)  # "said one trader"
# "said he": a pronoun right after a verb (matched in the five characters after it).
PRONOUN_RIGHT_AFTER = re.compile(r"\s+(he|she)\b", re.I)


def is_adverb(word: str) -> bool:
    return word in _ADVERB_SET or (word.endswith("ly") and word.islower() and len(word) > 3)


_ADVERB_SET = frozenset(_ADVERB_WORDS.split())


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) offsets, split at blank lines, trailing blanks excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


def skip_adverbs_back(text: str, lo: int, pos: int) -> int:
    """`pos` moved back over whitespace and auxiliaries/adverbs ("has also", "later"), not
    before `lo`."""
    while True:
        end = pos
        while end > lo and text[end - 1].isspace():
            end -= 1
        start = end
        while start > lo and text[start - 1].isalpha():
            start -= 1
        word = text[start:end]
        if start < end and start > lo and text[start - 1].isspace() and is_adverb(word):
            pos = start
            continue
        return end

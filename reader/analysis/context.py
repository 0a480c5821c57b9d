"""Context cues: the words around a span that say it names a person, a place or an
organisation ("said", "in", "shares of", "X's chief executive").

The cues before a span are written twice: as regexes (`*_BEFORE_RE`, the reference the tests
compare against) and as word lookups (`WordCue`, what runs: the same answers at a fraction of
the cost).
"""

from __future__ import annotations

import re

from reader.analysis.cue_words import CueTable, WordCue, word_ending_at
from reader.analysis.model import Label

ROLE_WORDS = (
    "adviser|advisor|spokesperson|spokesman|spokeswoman|leader|president|minister|secretary"
    "|astronaut|cosmonaut|reporter|correspondent|analyst|official|director|envoy|ambassador"
    "|senator|lawmaker|general|commander|economist|professor|journalist|editor|founder"
    "|chairman|chairwoman|chief|executive|actor|actress|singer|player|coach|candidate|activist"
    "|lawyer|attorney|judge|diplomat|officer|researcher|scientist|author|writer|mayor|governor"
    "|premier|captain|manager|colleague|wife|husband|son|daughter|mother|father|brother|sister"
    "|dictator|strongman|opponent|rival|successor|predecessor|prosecutor|detective|pilot"
    "|woman|man|girl|boy|student|teacher|farmer|resident|priest|nurse|businessman"
    "|businesswoman|footballer|cricketer|athlete|sprinter|skipper|administrator|fullback"
    "|flyhalf|scrumhalf|winger|hooker|batsman|bowler|wicketkeeper|quarterback|pitcher"
)
REPORTING_VERBS = (
    "said|says|told|tells|added|adds|stated|states|noted|notes|warned|warns|cautioned|indicated"
    "|explained|argued|argues|claimed|claims|insisted|wrote|writes|tweeted|asked|replied"
    "|responded|announced|confirmed|denied|denies|declared|urged|acknowledged|admitted|believes"
    "|expressed|refrained|underscored|mentioned|seized|suggested|stressed|emphasized"
    "|emphasised|recalled|recounted|described|thinks|thought|wants|wanted|hopes|hoped|vowed"
    "|promised|pledged|signed|met|visited|spoke|speaks|called|criticized|criticised|praised"
)
# The cues before a name are written as regexes (the reference: tests compare against them) and
# looked up as words (ORG_BEFORE, PERSON_BEFORE... below).
PERSON_BEFORE_RE = re.compile(
    rf"(?:\b(?:{ROLE_WORDS})|\b(?:said|says|told|according to|Mr\.|Ms\.|Mrs\.))\s+$"
)
PERSON_AFTER_RE = re.compile(
    rf",? (?:also |later |then |has |had |have |previously |again |once |himself |herself )?"
    rf"(?:{REPORTING_VERBS})\b"
    r"|, (?:who|whose|\d{1,3},)"
    r"|, (?:a|an|the)\b[^,.]{0,50}?\b(?:" + ROLE_WORDS + r")\b"
)
# ", who", ", the top executive in …": an appositive that only a person takes.
PERSON_APPOSITIVE_RE = re.compile(
    r", (?:who\b|(?:a|an|the)\b[^,.]{0,50}?\b(?:" + ROLE_WORDS + r")\b)"
)
PLACE_OWNER_RE = re.compile(r"\b(?:in|at|from|near|into) [A-Z][\w-]+['’]s $")
# Nouns of what happens to a person or who stands by them: the name before is a person's.
PERSON_NOUN_AFTER_RE = re.compile(
    r"(?:'s|’s)? (?:homicide|killing|murder|shooting|assassination|abduction|kidnapping"
    r"|lawyer|lawyers|attorney|attorneys|widow|widower|family|relatives|resident of)\b"
)
PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|to|from|at|near|across|into|outside|towards?|via|visited|visit|capital|rivers?"
    r"|lake|asteroid|comet|planet|downtown|MPs? for|In|From|Near|Outside"
    r"|(?:town|city|village|district|province|region|county|port|island|municipality"
    r"|governorate|prefecture|suburb|outskirts|state|parts|areas|mayor|residents|citizens"
    r"|streets|heart|centre|center) of)\s+$"
)
# "Barnet’s libraries", "Rhyl's mayor": what only a place has, after its possessive.
PLACE_NOUN_AFTER_RE = re.compile(
    r"(?:'s|’s) (?:residents|streets|libraries|mayor|suburbs|outskirts|population|waterfront"
    r"|town centre|city centre|high street)\b"
)
# "Mayor Ana Reyes of X said": after a preposition, a reporting verb says nothing about X.
PERSON_AFTER_BLOCKED_RE = re.compile(r"\b(?:of|in|from|near|at|into|across|for)\s+$")
PLACE_AFTER_RE = re.compile(
    r" (?:market|province|district|region|city|county|village|town|river|valley|airport"
    r"|street|square|border|neighbou?rhood|prefecture|oblast|governorate|island|islands"
    r"|mountains|camp|port|suburb|municipality|counties|districts|provinces|regions|villages"
    r"|towns|cities|suburbs|neighbou?rhoods)\b"
    r"|(?: [a-z]+)? (?:settlements|slums|estates)\b"
)
# The people of a place after its name; only mid-sentence, where a capital is no adjective's.
PEOPLE_OF_PLACE_AFTER_RE = re.compile(r" (?:councillors|councilors|residents|villagers)\b")
# Organisation context: "shares of X", "an analyst at X", "X, the German arms maker", "X said it".
# "pilots’ union Balpa", "data firm Briter Bridges": the kind of organisation, then its name.
_ORG_BEFORE_NOUNS = (
    "union firm company maker carmaker automaker airline broadcaster insurer retailer lender"
    " startup conglomerate brokerage chipmaker manufacturer supplier developer operator agency"
    " coalition alliance party group bank miner brewer distiller chain publisher"
    " watchdog regulator charity newspaper court tribunal"
)
ORG_BEFORE_RE = re.compile(
    r"(?:\b[Ss]hares (?:of|in)|\b(?:analysts?|economists?|strategists?|researchers?|scientists?"
    r"|professors?|lecturers?|engineers?|executives?|employees?|staff|workers) at|\brival"
    r"|\bjoined from|\b(?:" + _ORG_BEFORE_NOUNS.replace(" ", "|") + r"))\s+$"
)
ORG_NOUNS = (
    r"maker|company|firm|group|bank|lender|insurer|retailer|developer|manufacturer|carmaker"
    r"|automaker|giant|operator|conglomerate|brokerage|club|side|union|party|broadcaster"
    r"|newspaper|agency|airline|producer|supplier|utility|chipmaker|startup|start-up|fund"
)
ORG_AFTER_RE = re.compile(
    r"(?:'s|’s)? (?:shares|stock|chief executive|CEO|chief financial officer|CFO|board"
    r"|shareholders|subsidiary|revenue|revenues|profits?|earnings|quarterly)\b"
    # "X said it would", "… it is investigating": not "it is the best feeling" ("it" no one).
    r"|,? (?:said|says) (?:on \w+ )?(?:that )?"
    r"(?:its\b|it\b(?!(?: is\b| was\b|['’]s\b)(?! [“\"‘']?[a-z]+ing\b)))"
    # One branch for the verbs after a space, so a name followed by anything else costs one test.
    r"| (?:(?:reported|posted|recorded|booked|forecast) (?:a |an )?(?:\w+ )?(?:revenues?|profits?"
    r"|sales|earnings|loss|losses|income)\b"
    r"|raised (?:about |nearly |more than |over )?[$€£]"
    r"|issued (?:a|its) (?:statement|recall|profit warning)\b"
    r"|recalled (?:about |nearly |more than |over )?[\d,.]+ (?:million )?(?:vehicles|cars|units)\b"
    # "Whitbread surged 15%", "Sage tumbles 6 per cent": shares move, people and towns do not.
    r"|(?:shares )?(?:surged?|surges|soared?|soars|tumbled?|tumbles|jumped|jumps|slumped|slumps"
    r"|plunged?|plunges|rallied|rallies|climbed|climbs|slid|slides|dipped|dips|sank|sinks"
    r"|gained|gains|rose|rises|fell|falls|dropped|drops|lost|loses|added|shed|sheds|edged"
    r"|(?:was|were) (?:up|down))(?: as much as| nearly| about| more than| over| by| up| down)?"
    r" [\d.]+ ?(?:%|per ?cent|percent)"
    r"|(?:(?:coffee|restaurant|retail|hotel|supermarket) )?(?:chain|subsidiary|division"
    r"|brand|franchise)\b"
    r"|(?:party|coalition|alliance|union)\b(?! (?:of|for)\b)"  # "his New Democracy party"
    # "Celtic manager Brendan Rodgers", "Acme spokeswoman Jo Li": a team's or firm's staff.
    r"|(?:manager|boss|coach|head coach|striker|midfielder|goalkeeper|defender|winger|skipper"
    r"|chairman|chairwoman|owner|founder|spokesman|spokeswoman|spokesperson|analyst|economist"
    r"|strategist) [A-Z][a-z])"
    r"|, (?:the|a|an) [^,.]{0,40}?\b(?:" + ORG_NOUNS + r")\b"
)
NATIVE_AFTER_RE = re.compile(r" natives?\b|-born\b")
STATEMENT_AFTER_RE = re.compile(
    r",? (?:said|says) in (?:a|its) (?:statement|filing|release|report)\b"
)
_A_BEFORE = ("a ", "A ", "an ", "An ")
SPOKESPERSON_AFTER_RE = re.compile(r" (?:spokes(?:person|man|woman)|representative)\b")
# "a Chedraui supermarket", "a Walmart store": one outlet of a company.
OUTLET_AFTER_RE = re.compile(
    r" (?:supermarket|store|shop|restaurant|factory|plant|dealership|pharmacy|branch|outlet)\b"
)
# A name followed by one of these, and not known to any gazetteer, names a product.
LOOK_BACK = 40
# The *_BEFORE_RE cues as word lookups (cue_words.py): the same answers, a fraction of the cost.
_ORG_STAFF = (
    "analyst analysts economist economists strategist strategists researcher researchers"
    " scientist scientists professor professors lecturer lecturers engineer engineers executive"
    " executives employee employees staff workers"
)
_PLACE_WORDS = (
    "in to from at near across into outside toward towards via visited visit capital river rivers"
    " lake asteroid comet planet downtown"
    " In From Near Outside"  # opening a sentence: "In Waukesha, GE blames …"
)
_PLACE_NOUNS = (
    "town city village district province region county port island municipality governorate"
    " prefecture suburb outskirts state parts areas mayor residents citizens streets heart centre"
    " center"
)
ORG_BEFORE = WordCue.of(
    ["rival", *_ORG_BEFORE_NOUNS.split()],
    ["shares of", "shares in", "Shares of", "Shares in", "joined from"]
    + [f"{noun} at" for noun in _ORG_STAFF.split()],
)
PERSON_BEFORE = WordCue.of(
    [*ROLE_WORDS.split("|"), "said", "says", "told"], ["according to"], ["Mr", "Ms", "Mrs"]
)
# Titles, roles and honorifics only: "said X" fits a company as well as a person.
ROLE_BEFORE = WordCue.of(ROLE_WORDS.split("|"), [], ["Mr", "Ms", "Mrs"])
PLACE_BEFORE = WordCue.of(
    _PLACE_WORDS.split(),
    [f"{noun} of" for noun in _PLACE_NOUNS.split()] + ["MP for", "MPs for"],  # a constituency
)
OWNERS_IN = WordCue.of([], ["investors in", "Investors in", "stake in", "stakes in"])
PERSON_AFTER_BLOCKED = WordCue.of(["of", "in", "from", "near", "at", "into", "across", "for"])


# The cues before a name that context_cue asks about, looked up at once: bit i is cue i.
_BEFORE = CueTable.of([ORG_BEFORE, PERSON_BEFORE, PLACE_BEFORE, PERSON_AFTER_BLOCKED, OWNERS_IN])
_ORG, _PERSON, _PLACE, _BLOCKED, _OWNERS = 1, 2, 4, 8, 16

# What every cue after a name (ORG_AFTER_RE, PERSON_AFTER_RE, PERSON_NOUN_AFTER_RE,
# PLACE_AFTER_RE) starts with: a name followed by anything else skips those four matches.
_AFTER_STARTS = frozenset(" ,'’")
# The first three letters of every word that can open ORG_AFTER_RE, STATEMENT_AFTER_RE,
# PERSON_AFTER_RE, NATIVE_AFTER_RE, PERSON_NOUN_AFTER_RE or PEOPLE_OF_PLACE_AFTER_RE after a
# space (every such word has three letters or more). Keep in step with those regexes.
_SPACED_WORDS = (
    # ORG_AFTER_RE
    "shares stock chief CEO CFO board shareholders subsidiary revenue profit earnings quarterly"
    " said says reported posted recorded booked forecast raised issued recalled surge soar"
    " tumble jumped jumps slumped slumps plunge rallied rallies climbed climbs slid slides"
    " dipped dips sank sinks gained gains rose rises fell falls dropped drops lost loses added"
    " shed sheds edged was were coffee restaurant retail hotel supermarket chain division"
    " brand franchise party coalition alliance union manager boss coach head striker"
    " midfielder goalkeeper defender winger skipper chairman chairwoman owner founder"
    " spokesman spokeswoman spokesperson analyst economist strategist"
    # PERSON_AFTER_RE (and its reporting verbs, below), NATIVE_AFTER_RE
    " also later then has had have previously again once himself herself native"
    # PERSON_NOUN_AFTER_RE
    " homicide killing murder shooting assassination abduction kidnapping lawyer attorney"
    " widow family relatives resident"
    # PEOPLE_OF_PLACE_AFTER_RE
    " councillors councilors residents villagers"
)
_SPACED_OPENINGS = frozenset(
    word[:3] for word in [*_SPACED_WORDS.split(), *REPORTING_VERBS.split("|")]
)


def context_cue(text: str, start: int, end: int) -> Label | None:
    """ORG, PERSON or PLACE from the words around a span, or None."""
    before = text[max(0, start - LOOK_BACK) : start]
    # A cue before the span ends where the trailing whitespace begins; with no trailing
    # whitespace no cue before can match at all. A cue never reaches across a line break.
    last = None  # the word there, shared by the lookups of the cues before
    if before[-1:] == " " and not before[-2:-1].isspace():
        words_end = len(before) - 1  # the common case, one space: no need to strip
        last = word_ending_at(before, words_end)
    else:
        words_end = len(before.rstrip())
        if words_end < len(before) and "\n" not in before[words_end:]:
            last = word_ending_at(before, words_end)
    cues = 0 if last is None else _BEFORE.ending(before, words_end, last)
    char = text[end : end + 1]
    if char == " ":
        # The commonest case. A cue after a space opens with one of a few words: a name
        # followed by any other word skips all but PLACE_AFTER_RE (whose "[a-z]+ settlements"
        # opens with any word).
        spaced = verb_after = text[end + 1 : end + 4] in _SPACED_OPENINGS
        after = quoted = spaced
    else:
        after = char in _AFTER_STARTS
        verb_after = char == ","  # STATEMENT_AFTER_RE, PERSON_AFTER_RE
        quoted = after and not verb_after  # "'s", "’s": PERSON_NOUN_AFTER_RE
        spaced = False
    if cues & _ORG or (after and ORG_AFTER_RE.match(text, end)):
        return "ORG"
    if verb_after and " " not in text[start:end] and STATEMENT_AFTER_RE.match(text, end):
        return "ORG"  # "Zentrova said in a statement" (people do too: one word only)
    if before.endswith(_A_BEFORE) and (
        SPOKESPERSON_AFTER_RE.match(text, end) or OUTLET_AFTER_RE.match(text, end)
    ):
        # "a Wabtec spokesperson said" (a person's would be "for Smith"), "a Chedraui
        # supermarket": a company's spokesperson or outlet. (One test of the article for both.)
        return "ORG"
    if cues & _PERSON or (verb_after and PERSON_AFTER_RE.match(text, end) and not cues & _BLOCKED):
        return "PERSON"
    if spaced and NATIVE_AFTER_RE.match(text, end):
        return "PLACE"  # "a Los Angeles native", "the Kenya-born runner"
    if before.endswith("-year-old "):
        return "PERSON"  # "the 23-year-old Osaka said"
    if quoted and PERSON_NOUN_AFTER_RE.match(text, end):
        return "PERSON"  # "in Ahmaud Arbery homicide case", "in Smith's killing"
    if quoted and char != " " and PLACE_NOUN_AFTER_RE.match(text, end):
        return "PLACE"
    if before.endswith(("’s ", "'s ")) and PLACE_OWNER_RE.search(before):
        return "PLACE"  # "in Nuh’s Pachgaon", "in Russia's Kursk region"
    if char == " " and PLACE_AFTER_RE.match(text, end):
        return "PLACE"
    if spaced and PEOPLE_OF_PLACE_AFTER_RE.match(text, end) and _mid_sentence(text, start):
        return "PLACE"  # "This week Neyland councillors expressed …" (not "Angry residents")
    if cues & _PLACE:
        # "investors in X", "a stake in X": owners put money in companies, not places.
        return "ORG" if cues & _OWNERS else "PLACE"
    return None


def after_the(text: str, start: int) -> bool:
    """Whether the word right before `start` is "the" (or "The")."""
    return (
        start >= 4
        and text[start - 4 : start] in ("the ", "The ")
        and (start == 4 or not text[start - 5].isalnum())
    )


def person_before(text: str, start: int) -> bool:
    """A title or role right before `start` ("Mr.", "spokesman"): a person, not a speaker."""
    before = text[max(0, start - LOOK_BACK) : start]
    return ROLE_BEFORE.search(before)


def _mid_sentence(text: str, start: int) -> bool:
    """Whether a word other than a sentence's end comes right before `start`."""
    return text[start - 1 : start] == " " and text[start - 2 : start - 1] not in ".!?:\n\"“'‘"

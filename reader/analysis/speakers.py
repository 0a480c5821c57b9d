"""Who said each quote: a reporting verb after or before it, the sentence before, pronouns.

Every rule returns the canonical name of an entity (a person, or an organisation or place
acting as speaker), never a pronoun: "he said" resolves to the most recent person who was
the subject of a sentence, or, after "added"/"continued", to the person quoted last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator, Sequence
from operator import attrgetter, itemgetter, lt

from reader.analysis.gazetteer import load
from reader.analysis.model import Entity
from reader.analysis.org_speakers import (
    DEFINITE_NOUN_AT_END,
    DEFINITE_NOUN_AT_START,
    DOCUMENT_NOUNS,
    THE_NOUN_OPENS,
    latest_organisation,
    stands_for_organisation,
)
from reader.analysis.reporting import (
    AGE_AT_START,
    AGE_RE,
    APPOSITIVE_THEN_VERB,
    CLAUSE_BREAK,
    CONTINUING_VERBS,
    DEFINITE_ROLE_AT_END,
    DEFINITE_ROLE_AT_START,
    INDEFINITE_AT_START,
    ORG_NOUNS,
    OWNED_UNNAMED,
    PARTICIPLE_PHRASE,
    POSSESSIVE_GAP,
    PREPOSITIONS,
    PRONOUN_AT_START,
    PRONOUN_RIGHT_AFTER,
    QUOTE_CHARS,
    ROLE_ALT,
    ROLE_BETWEEN,
    ROLE_NOUNS,
    SENTENCE_END_AFTER,
    SPEECH_NOUN_AFTER,
    STATEMENT_FROM,
    SUBORDINATE_CLAUSE,
    TAIL_DEFINITE,
    TAIL_PRONOUN,
    TAIL_VERB,
    TITLE_GAP,
    VERB,
    VERDICT_AFTER,
    VERDICT_BEFORE,
    is_adverb,
    paragraph_spans,
    skip_adverbs_back,
)

# How far back a pronoun may reach, in paragraphs, and how far a quote's context extends.
_PRONOUN_REACH = 4
_HEAD_REACH = 500
_TAIL_REACH = 200

# "was branded", "were described": the subject did not speak; "by X" may say who did.
_PASSIVE_AUXILIARIES = frozenset(["was", "were", "been", "being", "is", "are", "be"])
_PASSIVE_VERBS = frozenset(
    [
        "branded",
        "described",
        "called",
        "dubbed",
        "labelled",
        "labeled",
        "criticized",
        "criticised",
        "condemned",
        "praised",
        "dismissed",
        "quoted",
        "accused",
        "told",
        "asked",
    ]
)
_BY = re.compile(r"\bby\s+(?:the\s+)?")
# An owner's office speaks for the owner ("Netanyahu’s office confirmed").
_VOICE_AFTER = re.compile(
    r"(?:['’]s|(?<=s)['’])\s+(?:\w+\s+)?(?:office|spokesman|spokeswoman|spokesperson)\b"
)
# The word right after a place name: "Iraq PM", "Johannesburg magistrate", "Yorkshire-based firm".
_WORD_AFTER_PLACE = re.compile(r"(?:-based)? ([a-z]+|[A-Z]+\b|[A-Z][a-z]+)\b")
# A lowercase noun that does the reporting or is described: "Myanmar state television
# said", "One Barnsley glazer, who …", "Jobless Dubai labourer who stabbed …".
_NOUN_DOING = re.compile(rf" [a-z]+(?:(?: [a-z]+)? {VERB.pattern}|,? who\b)")
_CAPITAL_NEXT = re.compile(r" +[A-Z]")
# "with the department saying": "with", then who does the -ing verb (group 1).
_WITH_BEFORE = re.compile(r"\bwith\s+((?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)\s+$")
# Staff who speak for their organisation: "analysts at", "a spokesperson for the".
_STAFF_BEFORE = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[Aa]nalysts|[Ee]conomists|[Rr]esearchers|[Oo]fficials"
    r"|[Ee]xecutives|[Ss]pokes(?:man|woman|person)|[Rr]epresentatives?)\s+(?:at|from|for|of)\s+"
    r"(?:the\s+)?$"
)
# "a spokesperson for (the) X": X is an organisation whose voice "the spokesperson" is.
_SPOKESPERSON_FOR = re.compile(r"spokes(?:person|man|woman)\s+(?:for|from|of|at)\s+(?:the\s+)?")
_SPOKESPERSON = re.compile(r"(?<= )spokes(?:person|man|woman)\b")
# What follows a role to say whose or where it is: "the MP for Abetifi", "the mayor of Irpin".
_ROLE_COMPLEMENT = re.compile(
    r"(?<=\w) (?:of|for|at|in) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? $"
)
# A relative clause after a quoted phrase saying who claims it: "… that it claims will …".
_RELATIVE_CLAIM = re.compile(
    r",? (?:that|which) (he|she|it) (?:claims|claimed|says|said|calls|called|described)\b"
)
# A role set after a name between commas: "Lina Hidalgo, the top executive".
_APPOSITIVE_ROLE = re.compile(r",\s+(?:the|a|an)\s", re.I)
# A participle's clause closing an attribution: "…, Jayapal said, citing the memo."
_PARTICIPLE_AFTER = re.compile(r", [a-z]+ing\b")
# What may follow a title before the name: "-elect ", " of the Treasury ", " Dr. ".
# "Chief Justice of Pakistan (CJP) Qazi Faez Isa": the office's short form may follow it.
_TITLE_TAIL = re.compile(
    r"(?:-[a-z]+)?(?:,? (?:of|for|the|and|[A-Z][\w.’'-]*|\([A-Z][A-Za-z]{1,6}\)))*,? ?"
)
# Words before a role that say nothing about which office it is ("the new minister").
_PLAIN_QUALIFIERS = frozenset(
    ["the", "former", "new", "current", "then", "outgoing", "incoming", "late", "veteran", "top"]
)
_PLAIN_SAYING = frozenset(["said", "says", "told", "tells"])
# What a speaker says right before their own name in their words ("It's me, Jean Ping").
_SELF_NAMING = ("me, ", "I am ", "I'm ", "I’m ", "name is ")
# Words someone owns right before a quote: "the prime minister’s vow to “get Brexit done”".
_OWNED_WORDS = re.compile(
    r"['’]s (?:vow|pledge|promise|claim|warning|slogan|mantra|demand|description|words"
    r"|comments?|remarks?) (?:to |that |of )?$"
)
# A document owned by a pronoun opening the clause: "Her statement went on to call".
_OWNED_DOCUMENT = re.compile(
    r"\s*(His|Her|Their|Its)\s+(?:[a-z]+\s+)?(?:statement|letter|post|tweet|message)\b"
)
_OWNER_PRONOUN = {"His": "he", "Her": "she", "Their": "they", "Its": "it"}
# Between a person and where they belong: "Lars Klingbeil of the SPD".
_MEMBER_OF = re.compile(r",? (?:of|from|at) (?:the )?")
# Whom a closing "told" names: "told the Times-News", "told reporters", "told Reuters".
_LISTENER = re.compile(
    r" (?:(?:news )?reporters|journalists|the (?:media|press|paper|newspaper)"
    r"|(?:the )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3})(?=[\s.,])"
)
# How a sentence ends when a reporting verb closes it: "…, Foster said."
_CLOSING_VERB_ENDINGS = (" said.", " says.", " added.", " told.", " explained.", " noted.")
# What comes between a US politician's name and their state: "Pramila Jayapal, D-Wash.".
_PARTY_TAGS = frozenset([", D-", ", R-", ", I-", " (D-", " (R-", " (I-"])
# What may stand between "a statement from" and who issued it.
_BEFORE_ISSUER = frozenset(["", "the", "The", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."])
# A pronoun closing a sentence of reported speech: "…, he said."
_CLOSING_PRONOUN = re.compile(r"(he|she) (?:said|says|added|told|explained|noted)\.$")
# Titles written short in a role and in full before the name ("the PM", "Prime Minister X").
_TITLE_SPELLED = {
    "PM": "Prime Minister", "CJI": "Chief Justice", "CJP": "Chief Justice", "CJN": "Chief Justice"
}  # fmt: skip
# An unnamed member of an organisation: "a BNP lawyer", "one Tesco worker" (not "a Wabtec
# spokesperson" or "a Downing Street statement", which speak for it, nor its chief).
_UNNAMED_MEMBER = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+$")
_MEMBER_NOUN = re.compile(
    r"\s+(?!spokes|statement|press|news|release|report|chief|executive|head|boss|director"
    r"|official)"
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:said|says|told|added)\b"
)
# Roles a headline writer calls "boss": "Ulster boss Dan McFarland" is the head coach.
_BOSSES = frozenset(["coach", "manager", "executive", "chief", "chairman", "director"])
# A judge's title in Commonwealth courts, right before the name.
_JUSTICE = ("Justice ", "Justice Dr ", "Justice Dr. ")
# An organisation's document as the subject of a reporting verb ("… fact sheet says").
_DOCUMENT_THEN_VERB = re.compile(
    r"['’]?s?\s+(?:[a-z-]+\s+)?(?:statement|report|sheet|release|notice|letter|post|tweet|note"
    r"|filing|memo|website)\s+(?:also\s+)?(?:said|says|stated|states|reads|read|added|noted)\b"
)
# What follows a dateline's place: "GENEVA (Reuters) -", "LONDON, May 3 (AFP) —", "Dhaka:".
_DATELINE_AFTER = re.compile(r"(?:,[^\n(]{0,30})?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—]{1,2}|:)\s")
# An owner's role with a capitalised region or portfolio in it: "’s Asia director ",
# "Britain's Foreign Secretary ".
_OWNED_ROLE_GAP = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[A-Z][\w-]*\s+){0,3}(?:[a-z-]+\s+){0,3}")
# "quoted Amina Mohammed as saying": group 1 is who was quoted.
_QUOTED_AS = re.compile(r"\bquot(?:ed|ing)\s+(?:the\s+)?(.{1,60}?)\s+as\s+$")
# A role word right after an organisation's name, closing the attribution ("the DRDO chief.")
_ROLE_RIGHT_AFTER = re.compile(rf"\s+({ROLE_ALT})\b(?=\s*[.,;]|\s*$)", re.I)
# An unnamed person as the antecedent of "who" ("a source, who said").
_UNNAMED_WHO = re.compile(r"\b(?:[Aa]n?|[Oo]ne|another)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+who\s*$")
# A quote's close, then the reporting verb: "“…,” said X", "“…?” asked X".
_AFTER_A_QUOTE = re.compile(r"(?:[,!?][\"”]|[\"”],)\s+$")
# A clause that opens with its verb ("…, and reworked …") has the sentence's subject.
_VERB_OPENS = re.compile(r"\s*(?:also\s+|then\s+|later\s+)?[a-z]+ed\b")
# A verb whose object is a clause, between a sentence's start and a name ("… showed Bongo").
_COMPLEMENT_VERBS = "showed shows found finds suggested suggests revealed reveals confirmed"
_COMPLEMENT_BEFORE = re.compile(rf"\b[a-z]+ (?:{_COMPLEMENT_VERBS.replace(' ', '|')})(?: that)? $")
# How a text ends where _COMPLEMENT_BEFORE matches (`$` also matches before a final "\n"):
# one endswith() in C rules out the regex search, which tries every offset of the clause.
_COMPLEMENT_ENDINGS = tuple(
    f"{verb}{that} {newline}"
    for verb in _COMPLEMENT_VERBS.split()
    for that in ("", " that")
    for newline in ("", "\n")
)
# A definite role opening a sentence ("The Chief Executive was"); group 1 is the role.
_THE_ROLE_OPENS = re.compile(rf"The\s+(?:[A-Z][\w-]*\s+)?({ROLE_ALT})\b", re.I)
# A name made a modifier by a hyphen: "the U.S.-led coalition", "a Trump-backed candidate".
_MODIFIER_AFTER = re.compile(
    r"-(?:led|backed|based|era|style|born|owned|run|funded|allied|linked|made|bound|aligned"
    r"|appointed|controlled|dominated|sponsored|registered|listed|affiliated)\b"
)
# Prepositions that also open a clause: the name after them may be its subject.
_CONJUNCTIONS = frozenset(["after", "before", "since", "until", "as"])
_THE_NOUN = re.compile(r"\s+the\s+([a-z]+)\b")
_STOPS = frozenset(["and", "or", "but", "that", "which", "who", "as", "to"])
_OPENING_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\b")
_COMMAS = (", ", ",\n")
_INNER_COMMAS = (",” ", ',"' + " ", ",’ ")
# Words between a preposition and the name it governs.
_BEFORE_NAMES = frozenset(["the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."])

# Words of a noun phrase between a preposition and the name it ends in.
_NOUN_PHRASE = frozenset(
    [
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "new",
        "former",
        "head",
        "top",
        "senior",
        "chief",
        "deputy",
        "interim",
        "acting",
        "then",
        "late",
        "fellow",
        "own",
        "current",
    ]
)
# Every word after_preposition walks over between a preposition and a name, in one set.
_BETWEEN_PREPOSITION_AND_NAME = _BEFORE_NAMES | _NOUN_PHRASE | ROLE_NOUNS
# Capitalised words that are no part of a name: "After", "The", "For" opening a sentence.
_NOT_NAME_WORDS = _BETWEEN_PREPOSITION_AND_NAME | PREPOSITIONS | _CONJUNCTIONS
# After "the minister": a lowercase word that is not a title's part, so a verb of its own.
_ROLE_THEN_VERB = re.compile(r"\s+(?!of\b|and\b|for\b)[a-z]{3,}")

# An event's position, the key its lists are kept sorted by (itemgetter runs in C).
_event_pos = itemgetter(0)

# An entity's (start, end), the key entities are sorted by (attrgetter runs in C).
_entity_span = attrgetter("start", "end")

Resolution = tuple[bool, str | None]  # (a rule decided, the speaker it named)
_UNDECIDED: Resolution = (False, None)


def _sorted_entities(entities: Sequence[Entity]) -> tuple[list[Entity], list[int]]:
    """The entities sorted by (start, end), and their starts. find_entities gives them
    sorted and without overlaps, so their starts rise strictly: checked in C (far cheaper
    than sorting with a key), they are kept as given."""
    starts = [entity.start for entity in entities]
    if all(map(lt, starts, starts[1:])):
        return list(entities), starts
    ordered = sorted(entities, key=_entity_span)
    return ordered, [entity.start for entity in ordered]


class Attributor:
    """Indexes of one text (entities, sentences, paragraphs, quotes) and the rules over them."""

    def __init__(
        self,
        text: str,
        quotes: Sequence[tuple[int, int, int]],
        entities: Sequence[Entity],
        sentences: Sequence[tuple[int, int]],
        paragraphs: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.quotes = list(quotes)
        self.quote_starts = [start for start, _, _ in self.quotes]
        self.entities, self.entity_starts = _sorted_entities(entities)
        self.entity_by_end = {entity.end: entity for entity in self.entities}
        self.sentences = sorted(sentences)
        self.sentence_starts = [start for start, _ in self.sentences]
        self.paragraphs = paragraph_spans(text) if paragraphs is None else paragraphs
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.quote_paragraph = [self.paragraph_of(start) for start in self.quote_starts]
        # The first entity of each name: built backwards, so earlier ones overwrite later.
        self.by_name = {entity.name: entity for entity in reversed(self.entities)}
        self.gender: dict[str, str] = {}
        self.given_gender = load().genders  # "Michelle" is a woman unless the text says else
        self.subject_events: list[tuple[int, Entity]] = []
        self.speaker_events: list[tuple[int, Entity]] = []
        self._learn_honorifics()
        self.indexed_sentences: set[int] = set()

    # ---- small lookups -------------------------------------------------------------

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, pos) - 1)

    def inside_quote(self, pos: int) -> bool:
        index = bisect_right(self.quote_starts, pos) - 1
        return index >= 0 and pos < self.quotes[index][1]

    def sentence_index(self, pos: int) -> int | None:
        index = bisect_right(self.sentence_starts, pos) - 1
        if index >= 0 and pos < self.sentences[index][1]:
            return index
        return None

    def sentence_stop(self, pos: int) -> int:
        """End of the sentence holding `pos` (the text's end when none does)."""
        index = self.sentence_index(pos)
        return self.sentences[index][1] if index is not None else len(self.text)

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding `pos`, never before its paragraph."""
        floor = self.paragraphs[self.paragraph_of(pos)][0]
        index = self.sentence_index(pos)
        if index is None:
            index = bisect_right(self.sentence_starts, pos) - 1
            start = self.sentences[index][1] if index >= 0 else floor
        else:
            start = self.sentences[index][0]
            # A sentence starting in lower case was split too eagerly (an abbreviation).
            while index > 0 and start > floor and self.text[start : start + 1].islower():
                index -= 1
                start = self.sentences[index][0]
        return max(start, floor, pos - _HEAD_REACH)

    def entities_in(self, lo: int, hi: int) -> list[Entity]:
        first = bisect_left(self.entity_starts, lo)
        last = bisect_left(self.entity_starts, hi)
        return [e for e in self.entities[first:last] if e.end <= hi]

    def word_before(self, pos: int, floor: int) -> str:
        """The lower-cased word (with any trailing full stop) that ends just before `pos`."""
        text = self.text
        end = pos
        while end > floor and text[end - 1].isspace():
            end -= 1
        # The word starts after the last space or newline; a newline before that space
        # cannot matter, so it is only looked for after it.
        start = max(floor, text.rfind(" ", floor, end) + 1)
        start = max(start, text.rfind("\n", start, end) + 1)
        return text[start:end].lower()

    def after_preposition(self, entity: Entity, floor: int) -> bool:
        """Whether a preposition comes before `entity`, maybe with an article or an
        honorific between ("reserves of the Salar de Uyuni", "blame on Mr Kenyatta")."""
        pos = entity.start
        first = self._first_of_pair(entity, floor)
        if first is not entity:
            # "after Codie Taylor and Sevu Reece were sin-binned": the pair shares the first
            # name's preposition.
            return self.after_preposition(first, floor)
        capitals = False  # whether capitalised words were passed
        gaz = load()
        for step in range(8):
            owner = self._owner_before(pos)
            if owner is not None:
                pos = owner.start  # "lost to Thailand's Jutamas Jitpong": past the owner
                continue
            word = self.word_before(pos, floor)
            capital = self.text[pos - len(word) - 1 : pos - len(word)].isupper()
            if (
                capital
                and word.isalpha()
                and word not in _NOT_NAME_WORDS
                and word.capitalize() not in gaz.common  # "On Friday Musk tried"
            ):
                # "of the French National Front leader Marine Le Pen": a name's words and
                # titles stand between the preposition and the person too.
                pos = self.text.rfind(" ", floor, pos - len(word)) + 1
                if pos <= floor:
                    return False
                capitals = True
                continue
            if capitals and word in PREPOSITIONS:
                # Unless the preposition is a title's own ("Minister of Health X", "nominee
                # for Georgia governor X", "Head of Equity X"): then the title, not the
                # person, comes after it.
                head = self.word_before(pos - len(word) - 1, floor)
                if head in ROLE_NOUNS or head.capitalize() in gaz.titles or head == "head":
                    return False
            if word not in _BETWEEN_PREPOSITION_AND_NAME:
                # "after President Trump ripped GM": a clause's subject after its opener.
                return word in PREPOSITIONS and not (step and word in _CONJUNCTIONS)
            # "on Mr Kenyatta", "under their new head coach Hathurusingha"
            pos = self.text.rfind(" ", floor, pos - len(word)) + 1
            if pos <= floor:
                return False
        return False

    def _named_voice(self, owner: Entity) -> Entity | None:
        """The person named between commas after an owner's spokesperson, or None."""
        voice = _VOICE_AFTER.match(self.text, owner.end)
        if voice is None or not self.text.startswith(", ", voice.end()):
            return None
        named = self.entities_in(voice.end() + 2, voice.end() + 60)[:1]
        if not named or named[0].start != voice.end() + 2 or named[0].label != "PERSON":
            return None
        return named[0] if self.text.startswith(",", named[0].end) else None

    def _member_before(self, entity: Entity, lo: int) -> Entity | None:
        """The person `entity` tells where they belong: "Lars Klingbeil of the SPD"."""
        before = self.entities_in(lo, entity.start)[-1:]
        if (
            before
            and before[0].label == "PERSON"
            and _MEMBER_OF.fullmatch(self.text, before[0].end, entity.start)
        ):
            return before[0]
        return None

    def _speech_owner(self, pos: int) -> str | None:
        """Whose words end at the possessive at `pos`: a person named there, or a role
        ("the prime minister’s") that a titled person holds."""
        named = self.entity_by_end.get(pos)
        if named is not None:
            return named.name if named.label in ("PERSON", "ORG") else None
        role = DEFINITE_ROLE_AT_END.search(self.text[max(0, pos - 40) : pos] + " ")
        if role is None:
            return None
        return self._role_holder(role.group(), pos)

    def _first_of_pair(self, entity: Entity, lo: int) -> Entity:
        """The first of two people joined by "and" before a verb, else `entity` itself."""
        if self.text[entity.start - 5 : entity.start] != " and ":
            return entity
        before = self.entity_by_end.get(entity.start - 5)
        return (
            before
            if before is not None and before.label == "PERSON" and before.start >= lo
            else entity
        )

    def _owner_before(self, pos: int) -> Entity | None:
        """The entity in the possessive right before `pos` ("Thailand's " before a name)."""
        if self.text[pos - 3 : pos] not in ("'s ", "’s "):
            return None
        return self.entity_by_end.get(pos - 3)

    def possessive(self, entity: Entity) -> bool:
        """ "Davis’s" or, after an s, "Davis’": the entity owns what follows."""
        mark = self.text[entity.end : entity.end + 2]
        return mark in ("’s", "'s") or (
            mark in ("’ ", "' ") and self.text[entity.end - 1 : entity.end] == "s"
        )

    # ---- document-wide indexes -----------------------------------------------------

    def _learn_honorifics(self) -> None:
        text = self.text
        for entity in self.entities:
            if entity.label != "PERSON":
                continue
            floor = max(0, entity.start - 6)
            # Every honorific holds an "m": most names have none before them to look at.
            window = text[floor : entity.start]
            if "m" not in window and "M" not in window:
                continue
            title = self.word_before(entity.start, floor)
            if title in ("mr.", "mr"):
                self.gender.setdefault(entity.name, "m")
            elif title in ("mrs.", "mrs", "ms.", "ms", "miss"):
                self.gender.setdefault(entity.name, "f")

    def _index_subjects(self, floor: int, pos: int) -> None:
        """Subjects of the sentences in [floor, pos), found once and only where needed."""
        first = bisect_left(self.sentence_starts, floor)
        last = bisect_left(self.sentence_starts, pos)
        for index in range(first, last):
            if index in self.indexed_sentences:
                continue
            self.indexed_sentences.add(index)
            start, end = self.sentences[index]
            if self.inside_quote(start):
                continue
            match = PRONOUN_AT_START.match(self.text, start, end)
            if match:
                # "He said Richardson had tried …": the pronoun, not the name after the verb.
                name = self.resolve(match.start(1), match.group(1).lower(), False)
                entity = self._entity_named(name)
                if entity is not None:
                    insort(self.subject_events, (match.start(1), entity), key=_event_pos)
                continue
            reporter = self.closing_reporter(start, end)
            if reporter is not None:
                # "Wing Caleb Clarke was an uncomplicated individual, Foster said.": Foster
                # spoke last, whoever the reported words were about.
                insort(self.subject_events, reporter, key=_event_pos)
            clause = self.clause_start(start, end)
            subject = self.first_subject(start, end, clause)
            role = DEFINITE_ROLE_AT_START.match(self.text, clause, end)
            if role and self._role_is_subject(role, subject):
                # "…, the Ryanair boss hit out at Bertie Ahern": the boss, not Ahern.
                titled = self._role_holder(role.group(), start)
                entity = self._entity_named(titled or self.resolve(start, "person", True))
                if entity is not None:
                    insort(self.subject_events, (start, entity), key=_event_pos)
                continue
            if subject is None or subject.label != "PERSON":
                # "The ministry said it would inspect Kizuna’s plant": the organisation the
                # noun stands for, before any place or organisation later in the sentence.
                opening = THE_NOUN_OPENS.match(self.text, start, end)
                named = self._entity_named(opening and self._organisation_opening(opening, start))
                if named is not None:
                    insort(self.subject_events, (start, named), key=_event_pos)
                    continue
            if subject is not None and not (
                subject.label == "PERSON"
                and self.text.endswith(_COMPLEMENT_ENDINGS, clause, subject.start)
                and _COMPLEMENT_BEFORE.search(self.text, clause, subject.start)
            ):
                # "Results … showed Bongo won": Bongo heads the reported clause, not this one.
                insort(self.subject_events, (subject.start, subject), key=_event_pos)

    def closing_reporter(self, start: int, end: int) -> tuple[int, Entity] | None:
        """Where the closing attribution after a comma of the sentence [start, end) names its
        speaker ("…, Foster said.", "…, he said."), and who that is; or None."""
        text = self.text
        if text[end - 1 : end] != "." or not text.endswith(_CLOSING_VERB_ENDINGS, start, end):
            return None  # most sentences end on no reporting verb: one test in C
        comma = text.rfind(", ", start, end)
        if comma < 0 or self.inside_quote(comma):
            return None
        pronoun = _CLOSING_PRONOUN.match(text, comma + 2, end)
        if pronoun is not None:
            # "Labor deserved respect for its unity, he said.": whoever "he" is spoke last.
            entity = self._entity_named(self.resolve(comma + 2, pronoun.group(1), True))
            return None if entity is None else (comma + 2, entity)
        named = self.entities_in(comma, end)[:1]
        if not named or named[0].label != "PERSON" or named[0].start != comma + 2:
            return None
        verb = APPOSITIVE_THEN_VERB.match(text, named[0].end, end)
        if verb is None or text[verb.end() : end] != ".":
            return None
        return named[0].start, named[0]

    def _organisation_opening(self, opening: re.Match[str], pos: int) -> str | None:
        """The organisation a sentence's opening "The ministry" or "The health ministry"
        (a THE_NOUN_OPENS match) stands for, or None."""
        noun = opening.group(1) if stands_for_organisation(opening.group(1)) else opening[2]
        return self.organisation_for(noun, pos) if noun else None

    def _named_next(self, pos: int) -> str | None:
        """A lead that introduces its person by role first names them in one of the next
        two sentences ("Greece's new leader vowed …" then "Kyriakos Mitsotakis was …")."""
        index = self.sentence_index(pos)
        if index is None:
            return None
        for start, end in self.sentences[index + 1 : index + 3]:
            subject = self.first_subject(start, end)
            if subject is not None and subject.label == "PERSON":
                return subject.name
        return None

    def _role_is_subject(self, role: re.Match[str], subject: Entity | None) -> bool:
        """Whether a definite role opening a clause ("The Prime Minister touched Kalousek")
        is its subject rather than the name after it (an appositive follows a comma), or
        the name before it ("Lina Hidalgo, the top executive in Harris County, warned")."""
        if subject is not None and _APPOSITIVE_ROLE.match(self.text, subject.end, role.end()):
            return False
        return (
            subject is None
            or subject.start < role.end()  # "The Samsung heir": a modifier of the role
            or _ROLE_THEN_VERB.match(self.text, role.end(), subject.start) is not None
        )

    def _entity_named(self, name: str | None) -> Entity | None:
        return None if name is None else self.by_name.get(name)

    def _qualified_by_place(self, place: Entity) -> re.Match[str] | None:
        """The role or noun `place` qualifies ("Iraq PM says", "One Barnsley glazer, who …,
        said"), so the place is not the subject; None when the place is the subject."""
        match = _WORD_AFTER_PLACE.match(self.text, place.end)
        if match is None:
            return None
        word = match.group(1)
        if word.lower() in ROLE_NOUNS or word in ORG_NOUNS:
            return match
        if not word.islower() or not _NOUN_DOING.match(self.text, match.start(1) - 1):
            return None  # "The US issued a warning": a verb, not a noun, follows
        if VERB.fullmatch(word) or is_adverb(word) or word in PREPOSITIONS or word in _STOPS:
            return None
        return match

    def _holder_of_role(self, role: re.Match[str]) -> Entity | None:
        """The person the story titles with the role after a place ("Iraq PM says" → "Prime
        Minister Adel Abdul-Mahdi"), unless the role is the title of a name right after it
        ("Alberta Premier Rachel Notley", who the scan meets next)."""
        if role.group(1).lower() not in ROLE_NOUNS or _CAPITAL_NEXT.match(self.text, role.end()):
            return None
        return self._entity_named(self._titled_person(role.group(1), len(self.text)))

    def clause_start(self, lo: int, hi: int) -> int:
        """Where the main clause starts: after an opening participle's phrase ("Speaking
        outside the Rolls Building, she said"), which holds no subject."""
        opening = PARTICIPLE_PHRASE.match(self.text, lo, hi)
        if opening and not self.entities_in(lo, lo + 1 + opening.group().find(" ", 1))[:1]:
            return opening.end()
        subordinate = SUBORDINATE_CLAUSE.match(self.text, lo, hi)
        return subordinate.end() if subordinate else lo

    def opening_subject(self, lo: int, hi: int) -> str | None:
        """The person or organisation that opens the sentence at `lo` as its subject ("Bayer
        is fighting …", "He commended …", "Mr Smith said"), or None."""
        pronoun = PRONOUN_AT_START.match(self.text, lo, hi)
        if pronoun:
            return self.resolve(pronoun.start(1), pronoun.group(1).lower(), False)
        lo = self.clause_start(lo, hi)  # "Addressing Congress, Mr Macron predicted …"
        clause = self.text[lo:hi]
        first = lo + len(clause) - len(clause.lstrip())
        named = self.entities_in(first, hi)[:3]
        person = next((e for e in named[1:] if e.label == "PERSON"), None)
        if (
            person is not None
            and named[0].label in ("ORG", "PLACE", "GROUP")
            and ROLE_BETWEEN.fullmatch(self.text, named[0].end, person.start)
        ):
            # "Celtic manager Brendan Rodgers felt", "Senate Democratic leader Chuck Schumer
            # addressed": the role's holder
            named = [person]
            first = person.start
        if named and named[0].label not in ("PERSON", "ORG"):
            return None
        if (
            named
            and self.possessive(named[0])
            and not SPEECH_NOUN_AFTER.match(self.text, named[0].end)
        ):
            return None  # "Gonzalez Rogers’ decision was …" is still hers
        gap = self.text[first : named[0].start] if named else "-"
        if gap in ("", "Mr ", "Mrs ", "Ms ", "Mr. ", "Mrs. ", "Ms. "):
            return named[0].name
        role = _THE_ROLE_OPENS.match(self.text, first, hi)
        if role:
            # "The Chief Executive was “outraged”": the person titled so earlier.
            return (
                self._titled_person(role.group(1), first)
                or self.resolve(first, "person", False)
                or self._named_next(first)
            )
        return None

    def participle_subject(self, lo: int, index: int) -> str | None:
        """For a quote inside an opening participle's phrase ("Holding that “…”, the Madras
        High Court has …"), the main clause's subject after the comma, or None."""
        end = self.quotes[index][1]
        # The phrase ends at a comma after the quote, or inside it (“…,” the court).
        comma = self.text[end : end + 2] in _COMMAS or self.text[end - 2 : end + 1] in _INNER_COMMAS
        if not comma or not _OPENING_PARTICIPLE.match(self.text, lo):
            return None
        hi = self.sentence_stop(lo)
        named = self.entities_in(end, hi)[:1]
        gap = self.text[end + 1 : named[0].start].strip() if named else "-"
        if named and named[0].label in ("PERSON", "ORG") and gap in ("", "the", "The"):
            return named[0].name
        return None

    def first_subject(self, lo: int, hi: int, clause: int | None = None) -> Entity | None:
        """The clause's subject: its first person not after a preposition, else org or place.
        `clause` is `clause_start(lo, hi)` when the caller has it already."""
        fallback: Entity | None = None
        if clause is None:
            clause = self.clause_start(lo, hi)
        for entity in self.entities_in(clause, hi)[:40]:
            if entity.label != "PERSON" and (fallback is not None or entity.label == "GROUP"):
                continue  # only a person can still change the answer: skip the tests
            if self.inside_quote(entity.start):
                continue
            owner = self.possessive(entity)  # asked twice below
            if owner and (
                _VOICE_AFTER.match(self.text, entity.end)
                or (
                    SPEECH_NOUN_AFTER.match(self.text, entity.end)
                    and not self.text[clause : entity.start].strip()
                )
            ):
                # "Benjamin Netanyahu’s office confirmed"; "Hawley's letter asked" opening the
                # clause (not "When told about Hafeez’s comments, Cummins …"): their voice,
                # unless the voice is named ("Armstrong's spokesperson, Sam Singer, sent").
                return self._named_voice(entity) or entity
            if owner or self.after_preposition(entity, lo):
                if entity.label == "ORG" and fallback is None and self._staff_of(entity, lo):
                    fallback = entity  # "analysts at Morgan Stanley said": the bank's view
                continue
            qualified = self._qualified_by_place(entity) if entity.label == "PLACE" else None
            if qualified is not None:
                holder = self._holder_of_role(qualified)
                if holder is not None:
                    return holder
                continue  # "Myanmar state television said": the place only qualifies it
            if entity.label == "PLACE" and _DATELINE_AFTER.match(self.text, entity.end):
                continue  # "GENEVA (Reuters) - The U.N. rights chief said": the dateline
            if self.text[entity.start - 1 : entity.start] == "(" and self.text.startswith(
                ")", entity.end
            ):
                continue  # "(Reuters)", "(NAB)": an aside in brackets
            if (
                entity.label == "ORG"
                and _UNNAMED_MEMBER.search(self.text, max(0, entity.start - 8), entity.start)
                and _MEMBER_NOUN.match(self.text, entity.end)
            ):
                continue  # "a BNP lawyer said": someone of the party, not the party
            if self.text.startswith("-", entity.end) and _MODIFIER_AFTER.match(
                self.text, entity.end
            ):
                continue  # "the U.S.-led coalition said": a modifier, not the subject
            if entity.label == "PERSON":
                return entity
            fallback = fallback or entity
        if fallback is not None and fallback.label == "ORG":
            # "Kremlin spokesman says …": the spokesman the story names ("Kremlin
            # spokesman Dmitry Peskov"), if it does.
            return self._role_holder_named(fallback) or fallback
        return fallback

    def _role_holder_named(self, organisation: Entity) -> Entity | None:
        """The person the text titles with `organisation` and the role that follows it here
        ("Kremlin spokesman says" → "Kremlin spokesman Dmitry Peskov"), anywhere, or None."""
        after = self.text[organisation.end : organisation.end + 20]
        role = after.split()[0].rstrip(":,") if after.startswith(" ") and after.split() else ""
        if role.lower() not in ROLE_NOUNS:
            return None
        surface = self.text[organisation.start : organisation.end]
        return self._entity_named(self._titled_person(role, len(self.text), owner=surface))

    def voice_owner(self, lo: int, hi: int) -> str | None:
        """The person whose comments, statement or letter [lo, hi) names last ("Lucas Dow's
        comments"), or None."""
        for entity in reversed(self.entities_in(lo, hi)):
            if (
                entity.label == "PERSON"
                and self.possessive(entity)
                and SPEECH_NOUN_AFTER.match(self.text, entity.end)
            ):
                return entity.name
        return None

    def _staff_of(self, entity: Entity, lo: int) -> bool:
        """Whether `entity` follows its staff opening the clause ("Analysts at X", "a
        spokesperson for X"), who speak for it."""
        match = _STAFF_BEFORE.search(self.text, max(lo, entity.start - 40), entity.start)
        if match is None:
            return False
        opening = self.text[lo : match.start()].rstrip()
        return not opening or opening.endswith(",")  # "In a statement, a spokesperson for"

    # ---- pronouns ------------------------------------------------------------------

    def resolve(
        self, pos: int, pronoun: str, prefer_speaker: bool, skip: frozenset[str] = frozenset()
    ) -> str | None:
        """The entity a pronoun (or "the spokesperson") at `pos` stands for, or None.

        A given name's usual gender is only a preference: "he" skips "Michelle Doyle" for
        another man in reach, but still finds "Lula" when no one else fits."""
        wants_person = pronoun not in ("it", "they")
        if pronoun in ("they", "i", "we", "you"):
            return None
        for by_name in (True, False):
            for entity in self._antecedents(pos, prefer_speaker, wants_person):
                if entity.name in skip:
                    continue
                if not by_name and " " in entity.name and not self._was_subject(entity, pos):
                    # Against a given name's gender, only a subject or speaker, or a name
                    # with no given name to go by: "she added" after "shared by Gary
                    # Sitton, a nurse warned" is the unnamed nurse, not Gary.
                    continue
                if self._compatible(entity, pronoun, wants_person, by_name):
                    if pronoun in ("he", "she"):
                        self.gender.setdefault(entity.name, "m" if pronoun == "he" else "f")
                    return entity.name
        return None

    def _named_in(self, start: int, end: int) -> frozenset[str]:
        """The people the quote [start, end) names, but for the speaker naming themselves:
        "“I was disappointed for Akira,” he said" is not Akira's; "“It's me, Jean Ping,” he
        told reporters" is Ping's."""
        return frozenset(
            entity.name
            for entity in self.entities_in(start, end)
            if entity.label == "PERSON"
            and not self.text.endswith(_SELF_NAMING, start, entity.start)
        )

    def _speaks_of(self, start: int, pronoun: str) -> bool:
        """Whether the quote at `start` opens by speaking of someone as `pronoun` ("“He's
        got great self-awareness,” he said"): then that someone is not the speaker."""
        if pronoun not in ("he", "she"):
            return False
        word = pronoun.capitalize()
        return self.text.startswith((f"{word} ", f"{word}'s", f"{word}’s"), start + 1)

    def _earlier_voice(self, pos: int, pronoun: str) -> str | None:
        """The nearest person within reach of `pos` whom the text has already quoted or
        reported speaking, and whom `pronoun` fits; None if there is no such person."""
        spoke = {entity.name for _, entity in self.speaker_events}
        for entity in self._antecedents(pos, True, False):
            if entity.name in spoke and self._compatible(entity, pronoun, True):
                return entity.name
        return None

    def _was_subject(self, entity: Entity, pos: int) -> bool:
        """Whether `entity` was a subject or speaker within a pronoun's reach of `pos`."""
        floor = self.paragraphs[max(0, self.paragraph_of(pos) - _PRONOUN_REACH)][0]
        return any(other.name == entity.name for other in self._events_before(pos, floor))

    def _antecedents(self, pos: int, prefer_speaker: bool, anyone: bool) -> Iterator[Entity]:
        """Who a pronoun at `pos` may stand for, best first: after "added", the people quoted
        lately; then subjects and speakers, nearest first; then, if `anyone`, every person
        named ("the 72-year-old was defiant … he said"), even as an owner or object."""
        floor = self.paragraphs[max(0, self.paragraph_of(pos) - _PRONOUN_REACH)][0]
        if prefer_speaker:
            recent_floor = self.paragraphs[max(0, self.paragraph_of(pos) - 2)][0]
            for event_pos, entity in reversed(self.speaker_events):
                if event_pos < recent_floor:
                    break
                if event_pos < pos:
                    yield entity
        yield from self._events_before(pos, floor)
        if anyone:
            for entity in reversed(self.entities_in(floor, pos)):
                if entity.label == "PERSON" and not self.inside_quote(entity.start):
                    yield entity

    def _compatible(
        self, entity: Entity, pronoun: str, wants_person: bool, by_name: bool = True
    ) -> bool:
        if (entity.label == "PERSON") != wants_person:
            return False
        if pronoun == "it" and entity.label != "ORG":
            return False  # "it said" after a statement: the organisation, never a place
        known = self.gender.get(entity.name)
        if known is None and by_name:
            known = self.given_gender.get(entity.name.split()[0])
        if pronoun == "he":
            return known != "f"
        if pronoun == "she":
            return known != "m"
        return True

    def _events_before(self, pos: int, floor: int) -> list[Entity]:
        """Subjects and speakers before `pos`, nearest first."""
        self._index_subjects(floor, pos)
        merged: list[tuple[int, Entity]] = []
        for events in (self.subject_events, self.speaker_events):
            low = bisect_left(events, floor, key=_event_pos)
            high = bisect_left(events, pos, key=_event_pos)
            merged += events[low:high]
        merged.sort(key=_event_pos, reverse=True)
        return [entity for _, entity in merged]

    def note_speaker(self, pos: int, name: str | None) -> None:
        entity = self._entity_named(name)
        if entity is not None:
            insort(self.speaker_events, (pos, entity), key=_event_pos)

    # ---- explicit attribution: around the quote --------------------------------------

    def explicit(self, index: int) -> Resolution:
        start, end, _ = self.quotes[index]
        closed = end - start >= 2 and self.text[end - 1] in QUOTE_CHARS
        if closed:
            decided = self.tail(index)
            if decided[0]:
                return decided
        decided = self.head(start)
        if decided[0] or not closed:
            return decided
        return self.closing_attribution(index)

    def closing_attribution(self, index: int) -> Resolution:
        """Attribution closing the quote's sentence after more words: “…” of the find,
        Reitze said. / …, BA added. / …, he said."""
        start, end, _ = self.quotes[index]
        text = self.text
        sentence = self.sentence_index(start)
        if sentence is None:
            return _UNDECIDED
        hi = self.sentences[sentence][1]
        if index + 1 < len(self.quotes):
            hi = min(hi, self.quotes[index + 1][0])
        comma = text.rfind(", ", end, hi)
        while comma >= 0:
            # The last comma first: "…, Reitze said."; then earlier ones, whose attribution a
            # participle's clause may follow ("…, Jayapal said, citing the memo.").
            decided = self._closing_at(comma, hi)
            if decided[0]:
                return decided
            comma = text.rfind(", ", end, comma)
        return _UNDECIDED

    def _closing_at(self, comma: int, hi: int) -> Resolution:
        """The attribution after the comma at `comma` that closes its sentence, if any."""
        text = self.text

        def closes(pos: int) -> bool:
            return bool(SENTENCE_END_AFTER.match(text, pos) or _PARTICIPLE_AFTER.match(text, pos))

        said = TAIL_VERB.match(text, comma, hi)
        if said:
            # "Labour taking ‘any opportunity’ to block Brexit, says Gavin Williamson."
            after = self.entities_in(said.end(), min(hi, said.end() + 80))[:1]
            if (
                after
                and after[0].label == "PERSON"
                and TITLE_GAP.fullmatch(text, said.end(), after[0].start)
                and closes(after[0].end)
            ):
                return True, after[0].name
        named = self.entities_in(comma, min(hi, comma + 80))[:3]
        person = next((e for e in named if e.label == "PERSON"), None)
        if person is not None and TITLE_GAP.fullmatch(text, comma, person.start):
            named = [person]  # "…, Twin Falls County Commissioner Don Hall told the paper."
        if named and named[0].label != "GROUP" and TITLE_GAP.fullmatch(text, comma, named[0].start):
            verb = APPOSITIVE_THEN_VERB.match(text, named[0].end, hi)
            if verb and closes(_past_listener(text, verb)):
                return True, named[0].name
        pronoun = TAIL_PRONOUN.match(text, comma, hi)
        if pronoun and closes(pronoun.end()):
            prefer = pronoun.group(2).lower() in CONTINUING_VERBS
            return True, self.resolve(pronoun.start(1), pronoun.group(1).lower(), prefer)
        return _UNDECIDED

    def tail(self, index: int) -> Resolution:
        """Attribution right after the closing mark: “…,” said X / X said / he said."""
        start, end, _ = self.quotes[index]
        text = self.text
        hi = min(self.paragraphs[self.quote_paragraph[index]][1], end + _TAIL_REACH)
        if index + 1 < len(self.quotes):
            hi = min(hi, self.quotes[index + 1][0])
        first = end
        while first < hi and (text[first].isspace() or text[first] in ",—–-"):
            first += 1
        if first >= hi:
            return _UNDECIDED
        signed = self._signature(end, first)
        if signed is not None:
            return True, signed
        # After a full stop inside the marks, a capital starts a new sentence unless the
        # attribution is all that sentence holds ("Smith said.").
        strict = text[end - 2 : end - 1] == "." and text[first].isupper()

        def ends_sentence(pos: int) -> bool:
            return not strict or SENTENCE_END_AFTER.match(text, pos) is not None

        verb_first = TAIL_VERB.match(text, end, hi)
        if verb_first and not strict:
            if verb_first.group(1).lower().startswith("according"):
                # "He called it “…”, according to the Associated Press": the outlet reports
                # what the sentence's own subject said.
                own = self.head(start)
                if own[1] is not None:
                    return own
            decided = self.speaker_after(verb_first.end(), hi)
            if decided[0]:
                return decided
        relative = _RELATIVE_CLAIM.match(text, end, hi)
        if relative:
            # "a “rush to trial after trial” that it claims will disrupt": whose claim it is.
            return True, self.resolve(relative.start(1), relative.group(1).lower(), False)
        pronoun = TAIL_PRONOUN.match(text, end, hi)
        if pronoun and ends_sentence(pronoun.end()):
            word = pronoun.group(1).lower()
            if self._speaks_of(start, word):
                voice = self._earlier_voice(pronoun.start(1), word)
                if voice is not None:
                    return True, voice
            prefer = pronoun.group(2).lower() in CONTINUING_VERBS
            return True, self.resolve(pronoun.start(1), word, prefer, self._named_in(start, end))
        verdict = self._verdict_of(first, hi)
        if verdict is not None:
            return True, verdict
        owner: Entity | None = None
        # "a “soldier” of Islamic State, which has claimed …": the quote's own complement.
        complement = text.startswith(" of ", end)
        for entity in self.entities_in(first, min(hi, first + 80))[: 0 if complement else 4]:
            if owner is not None:
                if entity.label == "PLACE" and _OWNED_ROLE_GAP.fullmatch(
                    text, owner.end, entity.start
                ):
                    continue  # "HRW’s Asia director Brad Adams said": the region of the role
                if entity.label != "PERSON" or not (
                    POSSESSIVE_GAP.fullmatch(text, owner.end, entity.start)
                    or _OWNED_ROLE_GAP.fullmatch(text, owner.end, entity.start)
                ):
                    break
            elif entity.label == "GROUP" or not TITLE_GAP.fullmatch(text, end, entity.start):
                continue
            if entity.label == "ORG":
                document = _DOCUMENT_THEN_VERB.match(text, entity.end, hi)
                if document and ends_sentence(document.end()):
                    return True, entity.name  # "a Washington State Department of Health
                    # fact sheet says": the organisation that issued it
            verb = APPOSITIVE_THEN_VERB.match(text, entity.end, hi)
            if verb and ends_sentence(verb.end()):
                if entity.label != "PERSON":
                    # "the head of operator RWE, Markus Krebber, said": the person speaks.
                    inner = [
                        e
                        for e in self.entities_in(entity.end, verb.start(1))
                        if e.label == "PERSON"
                    ]
                    if inner:
                        return True, inner[0].name
                return True, entity.name
            if entity.label == "PERSON" and SPEECH_NOUN_AFTER.match(text, entity.end):
                return True, entity.name  # "'We'll rebuild:' Macron's vow"
            if owner is not None:
                break
            if self.possessive(entity):
                owner = entity  # "UNICEF's Robert Kezaala wrote", "Bibi's lawyer X said"
                continue
            if entity.label == "PERSON":
                if self._pair_says(entity, hi):
                    return True, entity.name  # "…,” Michael Hancock and Federico Peña said"
                break
            # Else "Kizuna President Haruto Sakamoto said": the organisation is part of a
            # title, so the name after it, if only title words come between, may speak.
        if owner is not None:
            unnamed = OWNED_UNNAMED.match(text, owner.end, hi)
            if unnamed and ends_sentence(unnamed.end()):
                if _VOICE_AFTER.match(text, owner.end):
                    return True, owner.name  # "Netanyahu’s office said": his voice
                return True, None  # "Johnson’s attorneys fired back": nobody named
        definite = TAIL_DEFINITE.match(text, end, hi)
        # "…”, a warning that": an -ing word right after the article is a noun, not a verb.
        noun = definite is not None and not definite[2] and definite[3].endswith("ing")
        if definite and not noun and ends_sentence(definite.end()):
            described = self._described_person(definite.start(2), definite.end(2))
            if described is not None:
                return True, described  # "…,” a calm and composed Mashrafe said
            return self._description(definite.group(1), definite.group(2), definite.start(1))
        return _UNDECIDED

    def _pair_says(self, first: Entity, hi: int) -> bool:
        """Whether `first` and another person, joined by "and", then say the quote: the
        first named speaks for both, as news credits a joint statement."""
        if not self.text.startswith(" and ", first.end):
            return False
        second = self.entities_in(first.end + 5, hi)[:1]
        if not second or second[0].start != first.end + 5 or second[0].label != "PERSON":
            return False
        return TAIL_VERB.match(self.text, second[0].end, hi) is not None

    def _described_person(self, lo: int, hi: int) -> str | None:
        """The person whose name ends the words [lo, hi) after an article ("a jubilant
        Serena Williams"), or None."""
        named = self.entities_in(lo, hi)[-1:]
        if not named or named[0].label != "PERSON" or self.text[named[0].end : hi].strip():
            return None
        before = self.text[lo : named[0].start].split()
        if len(before) >= 2 and before[-1] in ("from", "by") and before[-2] in DOCUMENT_NOUNS:
            return named[0].name  # "…,” a statement from MacLean says
        if before and before[-1].lower() in PREPOSITIONS:
            return None  # "the motion for Travis McMichael states": the motion's words
        return named[0].name

    def _verdict_of(self, first: int, hi: int) -> str | None:
        """“…,” was Rodgers' assessment: whose response, view or verdict the quote was."""
        opening = VERDICT_BEFORE.match(self.text, first, hi)
        if opening is None:
            return None
        named = self.entities_in(opening.end(), min(hi, opening.end() + 60))[:1]
        if (
            named
            and named[0].start == opening.end()
            and named[0].label != "GROUP"
            and VERDICT_AFTER.match(self.text, named[0].end)
        ):
            return named[0].name
        return None

    def _signature(self, end: int, first: int) -> str | None:
        """“…” - Tim Paine: a dash after the quote, then a name that ends the paragraph (the
        way headlines and pull quotes sign a quote)."""
        gap = self.text[end:first]
        if "—" not in gap and "–" not in gap and "-" not in gap:
            return None
        named = self.entities_in(first, first + 60)[:1]
        if not named or named[0].start != first or named[0].label == "GROUP":
            return None
        paragraph_end = self.paragraphs[self.paragraph_of(first)][1]
        if self.text[named[0].end : paragraph_end].strip(" .,"):
            return None
        return named[0].name

    def _description(self, article: str, words: str, pos: int) -> Resolution:
        """A definite role ("the spokesperson said") names the last person seen, a definite
        organisation noun ("the ministry said") the last organisation of that kind; "a" none,
        but for a spokesperson, who speaks for the organisation named with them."""
        if article.lower() != "the":
            if "spokes" in words:  # "a Verizon spokesperson told", "a spokesman for X said"
                return True, self._spokesperson_of(pos + len(article) + 1 + len(words))
            parts = words.split()
            if len(parts) >= 2 and parts[-1] in DOCUMENT_NOUNS:
                # "a district news release said": the body the release is from
                issuers = (self.organisation_for(part.lower(), pos) for part in parts[:-1])
                issuer = next((name for name in issuers if name), None)
                if issuer is not None:
                    return True, issuer
            return True, None
        plain = words.replace("-elect", "").replace("-designate", "")  # "the president-elect"
        role_only = _ROLE_COMPLEMENT.sub(" ", plain)  # "the MP for Abetifi", "the mayor of Irpin"
        if role_only != plain and DEFINITE_ROLE_AT_END.search(f"the {role_only}".rstrip() + " "):
            plain = words = role_only
        last = words.split()[-1] if words.split() else ""
        if DEFINITE_ROLE_AT_END.search(f"the {plain}".rstrip() + " ") or AGE_RE.search(words):
            if last.lower().startswith("spokes"):
                voice = self._spokesperson_of(pos)
                if voice is not None:
                    return True, voice  # "a spokesperson from the WRHA … the spokesperson said"
            if self._unnamed_earlier(last, pos):
                return True, None  # "An Israeli official said … the official said"
            titled = self._role_holder(words, pos)
            if titled is not None:
                return True, titled  # "the president said": the person titled President
            return True, self.resolve(pos, "person", True)  # "the 50-year-old told AFP"
        if last.lower() in DOCUMENT_NOUNS:
            return True, self._issuer(pos)  # "the statement said": whoever issued it
        return True, self.organisation_for(last.lower(), pos)

    def _spokesperson_of(self, pos: int) -> str | None:
        """The organisation whose spokesperson the text brought in last before `pos`
        ("a spokesperson for the Elysée Palace", "A Wabtec spokesperson"), or None."""
        found: tuple[int, str] | None = None
        for match in _SPOKESPERSON_FOR.finditer(self.text, 0, pos):
            named = self.entities_in(match.end(), match.end() + 80)[:1]
            if named and named[0].start == match.end() and named[0].label == "ORG":
                found = (match.start(), named[0].name)
        for match in _SPOKESPERSON.finditer(self.text, 0, pos):
            owner = self.entity_by_end.get(match.start() - 1)
            if owner is None or owner.label != "ORG":
                continue
            if found is None or found[0] < owner.start:
                found = (owner.start, owner.name)
        return found[1] if found else None

    def _issuer(self, pos: int) -> str | None:
        """Who issued the document "the statement" at `pos` refers to: the latest
        organisation or person that spoke or was a subject, within the pronoun reach."""
        floor = self.paragraphs[max(0, self.paragraph_of(pos) - _PRONOUN_REACH)][0]
        for entity in self._events_before(pos, floor):
            if entity.label in ("ORG", "PERSON"):
                return entity.name
        return None

    def _role_holder(self, phrase: str, pos: int) -> str | None:
        """The titled person a role phrase ("The Information Minister", "the prime
        minister") names: the office word, with the word before it when that says which."""
        parts = phrase.split()
        qualifier = parts[-2] if len(parts) >= 2 else ""
        if not qualifier.isalpha() or qualifier.lower() in _PLAIN_QUALIFIERS:
            qualifier = ""
        former = "former" in parts
        if qualifier:
            # "the Information Minister", not the Health Minister named later; but "the
            # Ireland coach" may be the coach the story never called that.
            titled = self._titled_person(parts[-1], pos, former=former, owner=qualifier)
            if titled is not None:
                return titled
        return self._titled_person(parts[-1], pos, former=former)

    def _titled_person(
        self, role: str, pos: int, former: bool = False, owner: str = ""
    ) -> str | None:
        """The last person before `pos` introduced with `role` as a title ("French President
        Emmanuel Macron" for "the president"), anywhere earlier: a title binds further
        than a pronoun. `former`: "the former president" wants "former" in the title too;
        `owner`: "the DRDO chief" wants "DRDO" there too, not "ISRO chief K Sivan"."""
        if not role.replace("-", "").isalpha():
            return None
        title = role if role.isupper() else role.capitalize()  # "MP", "President"
        # Or the role as a plain noun right before the name: "Samsung heir Lee Jae-yong",
        # "Argentina's president-elect Alberto Fernández".
        nouns = re.escape(role.lower())
        if role.lower() in _BOSSES:
            nouns += "|boss"  # "the Ulster head coach" is "Ulster boss Dan McFarland"
        noun = re.compile(rf"\b(?:{nouns})(?:-elect|-designate)?\s+$", re.I)
        spelled = _TITLE_SPELLED.get(title)
        titles = load().titles
        for entity in reversed(self.entities_in(0, pos)):
            if entity.label != "PERSON":
                continue
            window = self.text[max(0, entity.start - 30) : entity.start]
            if former != ("former" in window.lower()):
                continue  # "the coach" is not "former coach Gernot Rohr", nor the other way
            if (
                owner
                and owner.lower() not in self.text[max(0, entity.start - 45) : entity.start].lower()
            ):
                continue
            if _titled_in(title, window) or noun.search(window) or _titled_in(spelled, window):
                return entity.name
            if title == "Judge" and window.endswith(_JUSTICE):
                return entity.name  # "Justice Athar Minallah" is a judge ("Justice Minister" not)
            wider = self.text[max(0, entity.start - 45) : entity.start]
            # Only a title word right before the name's space changes the window: asked first.
            if not (wider.endswith(" ") and wider[wider.rfind(" ", 0, -1) + 1 : -1] in titles):
                continue
            bare = _without_honorifics(wider, titles)
            if bare != wider and noun.search(bare):
                return entity.name  # "judge Datuk Collin Sequerah", "chief Dr. K Sivan"
        return None

    def _unnamed_earlier(self, noun: str, pos: int) -> bool:
        """Whether this paragraph brought in "a/an/one … <noun>" before `pos` with no name."""
        start = self.paragraphs[self.paragraph_of(pos)][0]
        pattern = rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(noun)}\b(?!,? [A-Z])"
        return re.search(pattern, self.text[start:pos]) is not None

    def organisation_for(self, noun: str, pos: int) -> str | None:
        """The latest organisation before `pos` that "the <noun>" can stand for: one whose
        name holds the noun anywhere earlier ("the commission" for an Election Commission
        named at the top), else for a business noun ("the company") a recent one."""
        if not stands_for_organisation(noun):
            return None
        named = latest_organisation(
            noun, self.entities_in(0, pos), by_name_only=True, text=self.text
        )
        if named is not None:
            return named
        floor = self.paragraphs[max(0, self.paragraph_of(pos) - _PRONOUN_REACH)][0]
        return latest_organisation(noun, self.entities_in(floor, pos))

    def speaker_after(self, pos: int, hi: int) -> Resolution:
        """The speaker named right after a verb: "said (Defense Secretary) Mark Esper"."""
        text = self.text
        source = STATEMENT_FROM.match(text, pos, hi)
        if source is not None:
            return True, self._statement_source(source.end(), hi)
        organisation: Entity | None = None
        owner: Entity | None = None
        for entity in self.entities_in(pos, min(hi, pos + 80))[:6]:
            if self.text[entity.start - 1 : entity.start] == "(":
                continue  # "the National Accountability Bureau (NAB) prosecutor, X"
            if owner is not None:
                if not POSSESSIVE_GAP.fullmatch(text, owner.end, entity.start):
                    break
            elif not TITLE_GAP.fullmatch(text, pos, entity.start):
                break
            if self.possessive(entity) and owner is None:
                owner = entity  # "said Mr Lopez's wife, Lilian Tintori": she speaks
                continue
            if (
                entity.label == "GROUP"
                and text[pos : entity.start].strip() == "the"
                and text[entity.end - 1] != "s"
                and text[entity.end : entity.end + 1] in (".", ",")
            ):
                return True, self.resolve(entity.start, "person", True)  # "said the Briton."
            if entity.label == "PERSON":
                holder = self._role_holder_after(entity, hi)
                return True, (holder or entity).name
            if entity.label != "GROUP" and organisation is None:
                organisation = entity
        if organisation is not None and organisation.label == "PLACE":
            qualified = self._qualified_by_place(organisation)
            if qualified is not None:
                # "warns Limerick Judge", "said one Barnsley glazer": the place qualifies who
                # speaks, the person the story titles so, or no one named.
                holder = self._holder_of_role(qualified)
                return True, holder.name if holder is not None else None
        if organisation is not None:
            role = _ROLE_RIGHT_AFTER.match(text, organisation.end, hi)
            if role:
                # "noted the DRDO chief": the person who holds that role, if one is in reach
                surface = text[organisation.start : organisation.end]
                officer = self._titled_person(role.group(1), pos, owner=surface) or self.resolve(
                    pos, "person", False
                )
                return True, officer or organisation.name
            return True, organisation.name
        pronoun = PRONOUN_RIGHT_AFTER.match(text[pos : pos + 5])
        if pronoun:
            return True, self.resolve(pos, pronoun.group(1).lower(), False)
        window = text[pos : pos + 60]
        definite = DEFINITE_ROLE_AT_START.match(window)
        if definite and window[: definite.start() + 4].strip().lower() == "the":
            return True, self.resolve(pos, "person", False)
        if INDEFINITE_AT_START.match(window):
            return True, None
        noun = DEFINITE_NOUN_AT_START.match(window)
        named = noun and self.organisation_for(noun.group(1).lower(), pos)
        if named:
            return True, named
        return _UNDECIDED

    def _role_holder_after(self, entity: Entity, hi: int) -> Entity | None:
        """The person after `entity` and a role ("Cisse campaign director Tiebile Drame"): the
        role's holder, whom the first name only qualifies; else None."""
        after = self.entities_in(entity.end, min(hi, entity.end + 60))[:1]
        if (
            after
            and after[0].label == "PERSON"
            and ROLE_BETWEEN.fullmatch(self.text, entity.end, after[0].start)
        ):
            return after[0]
        return None

    def _statement_source(self, pos: int, hi: int) -> str | None:
        """Who issued "a statement from <X>": the name right there, or "the <noun>"."""
        named = self.entities_in(pos, min(hi, pos + 60))[:1]
        gap = self.text[pos : named[0].start].strip() if named else "-"
        if named and named[0].label != "GROUP" and gap in _BEFORE_ISSUER:
            return named[0].name
        for pattern in (_THE_NOUN, DEFINITE_NOUN_AT_START):  # "the district issued"
            noun = pattern.match(self.text, pos - 1, hi)
            named_by = noun and self.organisation_for(noun.group(1).lower(), pos)
            if named_by:
                return named_by
        return None

    def head(self, start: int) -> Resolution:
        """Attribution earlier in the quote's sentence: the last reporting verb's subject."""
        text = self.text
        lo = self.sentence_start(start)
        owned = _OWNED_WORDS.search(text, max(lo, start - 60), start)
        if owned:
            owner = self._speech_owner(owned.start())
            if owner is not None:
                return True, owner  # "the prime minister’s vow to “get Brexit done”"
        verb: re.Match[str] | None = None
        outer: re.Match[str] | None = None
        for match in VERB.finditer(text, lo, start):
            if not self.inside_quote(match.start()):
                verb = match
                outer = outer or match
        if (
            outer is not None
            and verb is not None
            and outer.start() > lo
            and outer.group(0).lower() in _PLAIN_SAYING
            and verb.group(0).lower() not in _PLAIN_SAYING
            and start - verb.end() > 30
        ):
            # "The RMT said train operators had promised proposals following “intensive
            # talks”": the quote is in the reported speech of whoever said it.
            said = self.clause_subject(lo, outer.start(), outer.group(0).lower())
            if said[1] is not None:
                return said
        if verb is not None and verb.start() == lo:
            # "Answers to such questions will be “…”": a noun opening the sentence, unless a
            # name follows it ("Says Hall: “…”").
            inverted = self.speaker_after(verb.end(), start)
            if inverted[0]:
                return inverted
            verb = None
        elif (
            verb is not None
            and _AFTER_A_QUOTE.search(text, lo, verb.start())
            and text[lo:start].rstrip().endswith((",", ":"))
        ):
            # "“…,” said McKinstry after the draw, “…”": the verb follows the sentence's first
            # quote and the clause leads into this one, so its speaker is named after the verb.
            inverted = self.speaker_after(verb.end(), start)
            if inverted[0]:
                return inverted
        if verb is None:
            before = text[lo:start].rstrip()
            if before.endswith(":"):
                return self.clause_subject(lo, lo + len(before) - 1, "stating")
            return _UNDECIDED
        word = verb.group(0).lower()
        if word.startswith("according"):
            return self.speaker_after(verb.end(), self.paragraphs[self.paragraph_of(start)][1])
        if word in _PASSIVE_VERBS and self.word_before(verb.start(), lo) in _PASSIVE_AUXILIARIES:
            return True, self._agent(verb.end())  # "was branded “tasteless” (by X)"
        if word.endswith("ing"):
            with_subject = self._with_subject(lo, verb.start())
            if with_subject[0]:
                return with_subject
            went_on = self._inverted_before(lo, verb.start())
            if went_on is not None:
                return True, went_on  # "“…,” said the minister, adding, “…”"
            quoted = _QUOTED_AS.search(text, max(lo, verb.start() - 80), verb.start())
            if quoted:
                people = self.entities_in(quoted.start(1), quoted.end(1))
                named = next((e for e in people if e.label == "PERSON"), None)
                if named is not None:
                    return True, named.name  # "the statement quoted Mohammed as saying, “…”"
                if quoted.group(1) in ("him", "her"):
                    # "The report also quoted him as saying, “…”"
                    pronoun = "he" if quoted.group(1) == "him" else "she"
                    return True, self.resolve(quoted.start(1), pronoun, True)
        clause_lo = lo
        for brk in CLAUSE_BREAK.finditer(text, lo, verb.start()):
            if not self.inside_quote(brk.start()) and text[brk.end() : verb.start()].strip():
                clause_lo = brk.end()  # "…, and told the meeting": the clause before speaks
        found = self.clause_subject(clause_lo, verb.start(), word)
        if found[1] is None and clause_lo > lo and _VERB_OPENS.match(text, clause_lo):
            # "Mr Macron predicted …, and reworked … by calling on the US to “…”": the
            # clause after "and" shares the sentence's subject.
            return self.clause_subject(lo, verb.start(), word)
        return found

    def _inverted_before(self, lo: int, participle: int) -> str | None:
        """Who the inverted attribution right after a quote names, when a participle after a
        comma goes on from it: "“…,” said the minister, adding, “…”"."""
        if not self.text.endswith(", ", lo, participle):
            return None
        for said in VERB.finditer(self.text, lo, participle):
            if self.inside_quote(said.start()) or not _AFTER_A_QUOTE.search(
                self.text, lo, said.start()
            ):
                continue
            found, name = self.speaker_after(said.end(), participle)
            if found and name is not None:
                return name
        return None

    def _with_subject(self, lo: int, verb_start: int) -> Resolution:
        """“with the department saying …”: who the participle after "with" belongs to."""
        match = _WITH_BEFORE.search(self.text, max(lo, verb_start - 60), verb_start)
        if match is None or self.inside_quote(match.start()):
            return _UNDECIDED
        named = self.entity_by_end.get(match.end(1))
        if (
            named is not None
            and named.label != "GROUP"
            and named.start >= match.start(1)
            and TITLE_GAP.fullmatch(self.text, match.start(1), named.start)
        ):
            return True, named.name  # "with Chief Haber saying"
        noun = match.group(1).split()[-1].lower()
        if stands_for_organisation(noun):
            return True, self.organisation_for(noun, match.start())
        return _UNDECIDED

    def _agent(self, pos: int) -> str | None:
        """The name after "by" in the rest of the sentence from `pos`, or None."""
        hi = self.sentence_stop(pos)
        for match in _BY.finditer(self.text, pos, hi):
            named = self.entities_in(match.end(), hi)[:1]
            if (
                named
                and TITLE_GAP.fullmatch(self.text, match.end(), named[0].start)
                and not self.inside_quote(match.start())
            ):
                return named[0].name  # "by (Senator) John Smith"
        return None

    def clause_subject(self, lo: int, verb_start: int, verb: str) -> Resolution:
        """Who does the reporting verb at `verb_start`, within the clause from `lo`."""
        text = self.text
        end = skip_adverbs_back(text, lo, verb_start)
        participle = verb.endswith("ing")
        if text[end - 1 : end] == ",":
            comma = text.rfind(",", lo, end - 1)
            if comma >= lo and end - comma <= 120 and not self.inside_quote(comma):
                inner = self.entity_by_end.get(end - 1)
                if (
                    inner is not None
                    and inner.label == "PERSON"
                    and inner.start > comma
                    and TITLE_GAP.fullmatch(text, comma + 1, inner.start)
                ):
                    return True, inner.name  # "Lawyer for the president, Ahmednasir Abdullahi,"
                end = skip_adverbs_back(text, lo, comma)  # an appositive: "X, a spokesman,"
            else:
                participle = True  # "…, stating that"
        if not participle:
            entity = self.entity_by_end.get(end)
            if entity is not None and text[entity.start - 4 : entity.start] in _PARTY_TAGS:
                entity = self.entity_by_end.get(entity.start - 4)  # "Jayapal, D-Wash., who"
            if entity is not None and entity.label == "PERSON":
                entity = self._first_of_pair(entity, lo)  # "Emma Parker and Nik Jones said"
            if entity is not None and entity.label != "GROUP" and entity.start >= lo:
                if not self.after_preposition(entity, lo) or (
                    self.word_before(entity.start, lo) in _CONJUNCTIONS
                ):
                    return True, entity.name  # "a day after Haber admitted he “misspoke”"
                member = self._member_before(entity, lo)
                if member is not None:
                    return True, member.name  # "Lars Klingbeil of the SPD said:"
                participle = True  # "Yoon of South Korea": the place is not the subject
            else:
                word = self.word_before(end, lo)
                if word in ("he", "she", "it", "they", "i", "we", "you"):
                    return True, self.resolve(end - len(word), word, verb in CONTINUING_VERBS)
                if word == "who" and _UNNAMED_WHO.search(text, max(lo, end - 60), end):
                    return True, None  # "according to a source, who said:": nobody named
                role = DEFINITE_ROLE_AT_END.search(text[max(lo, end - 80) : end] + " ")
                if role:
                    titled = self._role_holder(role.group(), end)
                    if titled is not None:
                        return True, titled  # "the Prime Minister called him a “drunk”"
                    resolved = self.resolve(end, "person", verb in CONTINUING_VERBS)
                    return True, resolved or self._named_next(lo)  # "The U.N. rights chief"
                noun = DEFINITE_NOUN_AT_END.search(text, max(lo, end - 40), end)
                named = noun and self.organisation_for(noun.group(1).lower(), noun.start())
                if named:
                    return True, named
        if participle:
            earlier = None
            # (not a verb in an opening phrase: "After announcing charges …, X said, saying")
            for match in VERB.finditer(text, self.clause_start(lo, verb_start), verb_start):
                if not self.inside_quote(match.start()):
                    earlier = match
            if earlier is not None:
                # "she told the press…, adding:": the participle shares the earlier verb's
                # subject, not the first name in the clause ("outside 10 Downing Street").
                return self.clause_subject(lo, earlier.start(), earlier.group(0).lower())
        source = (
            STATEMENT_FROM.search(text, max(0, lo - 1), verb_start)
            if "from " in text[lo:verb_start] or " by " in text[lo:verb_start]
            else None  # most clauses name no document's source: two tests in C first
        )
        if source is not None:
            issuer = self._statement_source(source.end(), verb_start)
            if issuer is not None:
                return True, issuer  # "a statement from Mr Hopkins said:"
        clause = self.clause_start(lo, verb_start)
        subject = self.first_subject(lo, verb_start, clause)
        role = DEFINITE_ROLE_AT_START.match(text, clause, verb_start)
        if role and self._role_is_subject(role, subject):
            # "The Prime Minister touched Kalousek and called him …": the role is the subject
            # and the name after it the object (an appositive would follow a comma).
            titled = self._role_holder(role.group(), lo)
            return True, titled or self.resolve(lo, "person", False) or self._named_next(lo)
        pronoun = PRONOUN_AT_START.match(text, lo, verb_start)
        if pronoun and (
            subject is None
            or (
                subject.start > pronoun.end()
                and VERB.search(text, pronoun.end(), subject.start) is None
            )
        ):
            # "He absolved goalkeeper Daniel Akpeyi from blame. “…”": the pronoun is the
            # subject, the name after it the object.
            return True, self.resolve(pronoun.start(1), pronoun.group(1).lower(), False)
        if subject is not None:
            return True, subject.name
        if AGE_AT_START.match(text, lo, verb_start):
            return True, self.resolve(lo, "person", False)
        document = _OWNED_DOCUMENT.match(text, lo, verb_start)
        if document:  # "Her statement went on to call the process “divisive”"
            owner = _OWNER_PRONOUN[document.group(1)]
            return True, self.resolve(document.start(1), owner, False)
        opening = THE_NOUN_OPENS.match(text, lo, verb_start)
        if opening:  # "The party also issued a statement saying"
            return True, self._organisation_opening(opening, lo)
        return True, None


def _titled_in(title: str | None, window: str) -> bool:
    """Whether `title` sits in `window` (the text before a name) with only title words
    after it ("Prime Minister Theresa", "President-elect "), not in an earlier sentence."""
    if not title:
        return False
    at = window.rfind(title)
    return at >= 0 and _TITLE_TAIL.fullmatch(window, at + len(title)) is not None


def _without_honorifics(window: str, titles: frozenset[str]) -> str:
    """`window` (the text before a name) without the honorifics that end it: "High Court
    judge Datuk Seri " gives "High Court judge ", so the role before them shows."""
    words = window.split(" ")
    while len(words) > 1 and words[-1] == "" and words[-2].istitle() and words[-2] in titles:
        words[-2:] = [""]
    return " ".join(words)


def _past_listener(text: str, verb: re.Match[str]) -> int:
    """Where an attribution goes on after its verb: past whom it was told to ("told the
    Times-News", "told reporters"), since a closing attribution may name them."""
    if verb.group(1).lower() not in ("told", "tells"):
        return verb.end()
    listener = _LISTENER.match(text, verb.end())
    return listener.end() if listener else verb.end()

"""Story-level relevance: whether a whole story is about politics, and which events it keeps."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from transforms.dictionaries import dictionary
from transforms.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Entity types whose words name an organisation or a thing, not what the story is about.
_NAMES = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


class Word(NamedTuple):
    """A word of a story: its lower-case lemma, whether it is part of a name, whether a verb."""

    lemma: str
    in_name: bool = False
    verb: bool = False


@dataclass(frozen=True)
class Relevance:
    """The story decision, the political share of its evidence and a reason a person can audit."""

    political: bool
    score: float
    reason: str


@dataclass(frozen=True)
class _Lexicon:
    core_roles: frozenset[str]
    story_roles: frozenset[str]
    political_words: frozenset[str]
    noun_only: frozenset[str]
    other_words: dict[str, str]  # word -> domain
    place_preps: frozenset[str]
    place_deps: frozenset[str]
    actor_weight: float
    unplaced_group_weight: float
    word_weight: float
    mention_cap: int
    word_cap: int
    min_political: float
    min_words: int
    words_from: float
    threshold: float
    responder_domains: frozenset[str]
    responder_weight: float
    press_roles: frozenset[str]
    press_cooperation_roots: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    data = dictionary("relevance.yaml")
    sets = {k: frozenset(str(v) for v in data[k]) for k in
            ("core_roles", "story_roles", "political_words", "noun_only", "place_preps",
             "place_deps", "press_roles", "press_cooperation_roots", "responder_domains")}
    other = {w: domain for domain, words in data["other_words"].items() for w in words}
    counts = {k: int(data[k]) for k in ("mention_cap", "word_cap", "min_words")}
    weights = {k: float(data[k]) for k in
               ("actor_weight", "unplaced_group_weight", "word_weight", "min_political",
                "words_from", "threshold", "responder_weight")}
    return _Lexicon(**sets, other_words=other, **counts, **weights)


def story_words(doc: Doc | None = None, text: str = "") -> list[Word]:
    """The words of a parsed story as lemmas (hyphenated compounds kept whole), or of a text."""
    if doc is None:  # no lemmas: a plural "-s" is dropped where that gives a listed word
        known = _lexicon().political_words | _lexicon().other_words.keys()
        return [Word(w[:-1] if w not in known and w.endswith("s") and w[:-1] in known else w)
                for w in _WORD.findall(text.lower())]
    words: list[Word] = []
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        j = i  # "cease-fire", "state-run": one word, not "fire" and "run"
        while (j + 2 < len(tokens) and tokens[j + 1].text == "-" and not tokens[j].whitespace_
               and not tokens[j + 1].whitespace_ and tokens[j + 2].is_alpha):
            j += 2
        named = tokens[i].ent_type_ in _NAMES
        if j > i:
            words.append(Word("".join(t.text for t in tokens[i:j + 1]).lower(), named))
        elif tokens[i].is_alpha:
            words.append(Word(tokens[i].lemma_.lower(), named, tokens[i].pos_ == "VERB"))
        i = j + 1
    return words


def _field(actor: Actor | Mapping, name: str) -> object:
    return actor.get(name) if isinstance(actor, Mapping) else getattr(actor, name, None)


def _as_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a country mention names where something happens ("a quake in Iran", "Wellington,
    New Zealand", "Texas"), not a country that acts or is acted upon."""
    from transforms.countries import country_code, demonym_country, seat_of_government

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    text = span.text
    if not (country_code(text) or demonym_country(text) or seat_of_government(text)):
        return True  # "Texas", "Bloomington": a region or a town stands for no state
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "compound":  # "the Iran quake" is a place, "Danish web sites" a nationality
        return tok.pos_ == "PROPN" and tok.ent_type_ != "NORP"
    lex = _lexicon()
    return tok.dep_ in lex.place_deps or (
        tok.dep_ == "pobj" and tok.head.lemma_.lower() in lex.place_preps)


def _mentions(actor: Actor | Mapping, doc: Doc | None) -> float:
    """The weight of an actor's mentions, capped: one mis-sectored protagonist must not decide;
    a group no country is known for ("officials", "guards") counts less."""
    lex = _lexicon()
    if isinstance(actor, Mapping):
        n = int(actor.get("mentions") or 1)
    elif doc is not None and actor.actor_type == "country":
        # a phrase span ("Iran's nuclear programme") names no country, so it counts as a place
        n = sum(not _as_place(doc, s, e) for s, e in actor.spans)
    else:
        n = actor.mentions or max(len(actor.spans), 1)
    unplaced = _field(actor, "actor_type") == "group" and not _field(actor, "country")
    return min(n, lex.mention_cap) * (lex.unplaced_group_weight if unplaced else 1.0)


def core_actor(role: str | None, actor_type: str | None, country: str | None) -> bool:
    """Whether an actor is the state or organised politics: a core sector, a country acting as a
    whole, or an international organisation."""
    return role in _lexicon().core_roles or (actor_type == "country" and role is None) \
        or (country == "IGO" and role is None)


def _story_actor(actor: Actor | Mapping) -> bool:
    """Whether an actor is evidence of a political story: a core actor, a rights group or a
    humanitarian agency."""
    role, country = _field(actor, "role"), _field(actor, "country")
    extra = _lexicon().story_roles
    return core_actor(role, _field(actor, "actor_type"), country) or role in extra \
        or (country in extra and role is None)


def relevance_of(words: Iterable[Word], actors: Sequence[Actor | Mapping],
                 doc: Doc | None = None) -> Relevance:
    """The story decision from its words and its actors (Actor objects or actors-table rows)."""
    lex = _lexicon()
    words = [w for w in words if not (w.verb and w.lemma in lex.noun_only)]
    core = sum(_mentions(a, doc) for a in actors if _story_actor(a))
    political_counts = Counter(w.lemma for w in words if w.lemma in lex.political_words)
    pol_words = sum(min(n, lex.word_cap) for n in political_counts.values())
    domains: Counter[str] = Counter()
    other_counts = Counter(w.lemma for w in words if not w.in_name and w.lemma in lex.other_words)
    for lemma, n in other_counts.items():
        domains[lex.other_words[lemma]] += min(n, lex.word_cap)
    other = lex.word_weight * sum(domains.values())
    top_domain = domains.most_common(1)[0][0] if domains else None
    if top_domain in lex.responder_domains and domains[top_domain] >= lex.words_from:
        core *= lex.responder_weight  # officials of a disaster story mostly respond to it
    political = lex.actor_weight * core + lex.word_weight * pol_words
    share = political / (political + other) if political + other else 0.0
    decided = political >= lex.min_political and share >= lex.threshold and (
        pol_words >= lex.min_words or other < lex.words_from)
    top = ", ".join(f"{d} {n}" for d, n in domains.most_common(2)) or "none"
    reason = (f"{'political' if decided else 'not political'}: share {share:.2f} "
              f"(core actor mentions {core:g}, political words {pol_words}; other words {top})")
    return Relevance(decided, round(share, 3), reason)


def story_relevance(actors: Sequence[Actor | Mapping], doc: Doc | None = None,
                    text: str = "") -> Relevance:
    """Whether a story is about politics, from its actors and its parsed text (or plain text)."""
    return relevance_of(story_words(doc, text), actors, doc)


def _side_core(event: Mapping, side: str) -> bool:
    """Whether one side ("source" or "target") of an event is the state or organised politics."""
    role, country = event.get(f"{side}_role") or None, event.get(f"{side}_country") or None
    if key := event.get(f"{side}_actor_key"):
        actor_type = key.split("|", 1)[0]
    else:  # a table row has no key: a country acting as a whole is named as the country
        from transforms.countries import country_code

        name = event.get(f"{side}_name") or ""
        actor_type = "country" if country and country_code(name) == country else None
    return core_actor(role, actor_type, country)


def press_cooperation(event: Mapping) -> bool:
    """Whether an event is the press cooperating with someone ("agreed to help the reporter", "the
    reporter met his source"): the press is no political party, so this is no interaction."""
    lex = _lexicon()
    code = str(event.get("cameo_code") or "")
    return code[:2] in lex.press_cooperation_roots and any(
        (event.get(f"{side}_role") or None) in lex.press_roles for side in ("source", "target"))


def political_event(event: Mapping, story_political: bool) -> bool:
    """Whether to keep a coded event (a row, or the coder's dict with actor keys): every event of a
    political story but the press's cooperation; in any other story only the state's or organised
    politics' act on another such actor, or with no recipient (a statement, a resignation)."""
    if press_cooperation(event):
        return False
    if story_political:
        return True
    if not _side_core(event, "source"):
        return False
    has_target = event.get("target_actor_key") or event.get("target_name")
    return not has_target or _side_core(event, "target")

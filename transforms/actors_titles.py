"""Titles, collective nouns and organisation names -> sector codes, from actors_roles.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from transforms.countries import normalize_name


@dataclass(frozen=True)
class Title:
    """A title found in text: its words, sector, leader flag and whether it is a past office."""

    text: str
    role: str | None
    leader: bool
    former: bool
    generic: bool = False  # an office any organisation has ("spokesman"): its sector is theirs
    shared: bool = False  # a state title non-state bodies use too ("president" of a company)
    key: str = ""  # the dictionary title, without modifiers ("deputy" in "sheriff's deputy")
    sensed: bool = False  # a cue word around it chose its sector ("sheriff's deputy")


@cache
def roles_data() -> dict:
    """The parsed actors_roles.yaml."""
    from transforms.countries import _yaml

    return _yaml("actors_roles.yaml")


@cache
def title_words() -> frozenset[str]:
    """Every word that can be part of a title phrase (titles and their modifiers)."""
    data = roles_data()
    words = {w for t in data["titles"] for w in t.replace("-", " ").split()}
    for group in data["title_modifiers"].values():
        words.update(group)
    return frozenset(words)


def _key(word: str) -> str:
    return normalize_name(word).strip("-")


def title_from_words(words: list[str], prefer: str = "right") -> Title | None:
    """The longest known title among the words ("then-Defense Minister" -> defense minister, MIL).

    Ties go to the title nearest the name: the rightmost before a name, the leftmost after it.
    """
    data = roles_data()
    titles = data["titles"]
    former_words = set(data["title_modifiers"]["former"])
    modifiers = set(data["title_modifiers"]["other"])
    keyed = [(k, w) for w in words if (k := _key(w))]
    keys = [k for k, _ in keyed]
    best: tuple[int, int, int] | None = None
    for i in range(len(keys)):
        for j in range(len(keys), i, -1):
            if " ".join(keys[i:j]) not in titles:
                continue
            rank = (j - i, j if prefer == "right" else -i)
            if best is None or rank > (best[0], best[1]):
                best = (rank[0], rank[1], i)
    if best is None:
        return None
    i = best[2]
    j = i + best[0]
    between = keys[j:] if prefer == "right" else keys[:i]
    if any(_word_forms(k) & kin_nouns() for k in between):
        return None  # "the slain deputy's wife, X", "X, widow of a deputy": someone else's office
    key = " ".join(keys[i:j])
    info = titles[key] or {}
    role = info.get("role")
    sense = sense_of(key, keys[:i] + keys[j:])
    if sense is not None:
        role = sense[0]
    while i > 0 and keys[i - 1] in modifiers:
        i -= 1
    former = i > 0 and keys[i - 1] in former_words
    text = " ".join(w for _, w in keyed[i:j])
    return Title(text=text, role=role, leader=bool(info.get("leader")), former=former,
                 generic=bool(info.get("generic")), shared=bool(info.get("shared")), key=key,
                 sensed=sense is not None)


@cache
def _senses() -> dict[str, tuple[tuple[str | None, frozenset[str]], ...]]:
    data = roles_data().get("title_senses") or {}
    return {key: tuple((s.get("role"), frozenset(s["cues"])) for s in senses)
            for key, senses in data.items()}


@cache
def kin_nouns() -> frozenset[str]:
    """Nouns of a person's relation to another ("widow"): a title beyond them is the other's."""
    return frozenset(roles_data().get("kin_nouns") or ())


@cache
def story_sense_titles() -> frozenset[str]:
    """Titles whose sector, once a cue settles it, holds for the story's other uses."""
    return frozenset(roles_data().get("story_senses") or ())


def _word_forms(word: str) -> set[str]:
    w = normalize_name(word).strip("-'\"")
    w = w[:-2] if w.endswith("'s") else w
    forms = {w}
    if w.endswith("ies"):
        forms.add(w[:-3] + "y")
    elif w.endswith("s"):
        forms.add(w[:-1])
    return forms


def sense_of(key: str, words: list[str]) -> tuple[str | None] | None:
    """(sector,) of a title read with the words around it ("sheriff's deputy" -> COP), or None
    when no cue word is there and the title keeps its own sector."""
    senses = _senses().get(key)
    if not senses:
        return None
    forms = set().union(*(_word_forms(w) for w in words)) if words else set()
    for role, cues in senses:
        if forms & cues:
            return (role,)
    return None


def group_role(lemma: str) -> tuple[str | None, bool] | None:
    """Sector and `domestic` flag of a collective noun ("lawmakers" -> LEG, True), or None."""
    info = roles_data()["groups"].get(lemma.lower())
    if info is None:
        return None
    return info.get("role"), bool(info.get("domestic"))


def is_equipment(lemma: str) -> bool:
    """Whether a group noun names weapons or vehicles ("tank"), actors only through an owner."""
    info = roles_data()["groups"].get(lemma.lower())
    return bool(info and info.get("equipment"))


def is_thing(lemma: str) -> bool:
    """Whether a noun names a weapon, ammunition or a vehicle ("rifle", "van", "tank")."""
    return lemma.lower() in roles_data()["things"] or is_equipment(lemma)


def has_object_sense(lemma: str) -> bool:
    """Whether a collective noun also names an object ("magazine" of a rifle)."""
    return lemma.lower() in roles_data()["object_senses"]


def modifier_role(word: str) -> str | None:
    """The sector a modifier word gives a generic head ("military" delegation -> MIL)."""
    return roles_data()["group_modifiers"].get(word.lower())


def org_role(name: str) -> str | None:
    """The sector implied by words of an organisation's name ("Foreign Ministry" -> GOV)."""
    keywords = roles_data()["org_keywords"]
    words = normalize_name(name).replace("'s", "").split()
    for end in range(len(words), 0, -1):
        for start in range(max(0, end - 4), end):
            phrase = " ".join(words[start:end])
            if phrase in keywords:
                return keywords[phrase]
    return None


def is_not_actor(lemma: str) -> bool:
    """Whether a noun names commentators rather than actors ("analysts", "observers")."""
    return lemma.lower() in roles_data()["not_actors"]


@cache
def place_name_heads() -> frozenset[str]:
    """Last words of names of structures and features, never actors ("Mosul Dam")."""
    return frozenset(roles_data()["place_name_heads"])

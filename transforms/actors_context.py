"""Country, role and title of mentions from their context: titles, appositions, possessors."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from datetime import date

from spacy.tokens import Doc

from transforms.actors_dictionary import office_on
from transforms.actors_mentions import LED_BODIES, Mention, owner_index
from transforms.actors_titles import (
    Title,
    org_role,
    roles_data,
    story_sense_titles,
    title_from_words,
    title_words,
)
from transforms.countries import country_code, demonym_country, place_country, seat_of_government

_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "from"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_GLUE = frozenset({"of", "the", "and", "for", "-", "on"})
_MAX_PORTFOLIO_WORDS = 3
# Sectors outside the state: a "president" or "chairman" of such a body is not a government
# official ("the president of Citibank" is BUS).
_NON_STATE = frozenset({"BUS", "MED", "EDU", "NGO", "LAB", "REL", "HLH", "AGR"})
_SPEECH_VERBS = frozenset({"say", "add", "tell", "state", "announce"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
# Verbs of a relative clause that state the subject's own office ("X, who is the deputy ...").
_COPULAS = frozenset({"be", "become", "serve", "remain", "act", "work"})
_TITLE_STOP = frozenset({",", "(", ")", ";", ":", "\u2014", "\u2013", "\"", "\u201c", "\u201d"})


def _title_scan_left(doc: Doc, m: Mention, owner: list[int | None],
                     mentions: list[Mention]) -> tuple[int, list[str], list[Mention]]:
    """Tokens of the title phrase before a name: (start token, title words, actors inside)."""
    words_set = title_words()
    sent_start = doc[m.start].sent.start
    i = m.start - 1
    words: list[tuple[int, str]] = []
    inner: list[Mention] = []
    seen_title = False
    start = m.start
    portfolio = 0
    while i >= sent_start:
        tok = doc[i]
        if tok.text in _TITLE_STOP:
            break
        if owner[i] is not None:
            other = mentions[owner[i]]
            owned = other.end < len(doc) and doc[other.end].text in _POSSESSIVE
            if other.kind == "country" or (other.kind == "organization" and (seen_title or owned)):
                if (other.start > sent_start and doc[other.start - 1].lower_ in _PLACE_PREPS
                        and other.resolution != "demonym"):
                    break  # "In Turkey Minister Ellwood met": where; "from Japanese ..." is whose
                inner.append(other)
                start = other.start
                i = other.start - 1
                if i >= sent_start and doc[i].lower_ in _GLUE - {"the"}:
                    continue
                break
            break
        key = tok.lower_.strip(".")
        if tok.text in _POSSESSIVE and (seen_title or (
                i > sent_start and owner[i - 1] is not None
                and mentions[owner[i - 1]].kind == "organization")):
            i -= 1
            continue
        if key in words_set:
            words.insert(0, (i, tok.text))
            seen_title = True
            start = i
        elif key in _GLUE and seen_title:
            words.insert(0, (i, tok.text))
        elif seen_title and tok.is_title and tok.pos_ == "PROPN":
            words.insert(0, (i, tok.text))  # a portfolio: "Planning and Investment Minister"
            start = i
        elif (seen_title and (tok.is_lower or i == sent_start) and tok.pos_ in ("NOUN", "ADJ")
              and portfolio < _MAX_PORTFOLIO_WORDS and words[0][1].lower() not in _GLUE):
            # a portfolio precedes its title directly: "supporters of former President X"
            # are not part of X's title
            portfolio += 1  # "Italy's central bank governor", "mining minister"
            words.insert(0, (i, tok.text))
        else:
            break
        i -= 1
    while words and words[0][1].lower() in _GLUE - {"-"}:
        words.pop(0)
    if words:
        start = min(start, words[0][0])
    return start, [w for _, w in words], inner


def _apposition(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """Token span of an apposition after the name ("Pak Yong-il, deputy director of ...")."""
    if m.end >= len(doc) or doc[m.end].text != ",":
        return None
    for tok in doc[m.end + 1:min(len(doc), m.end + 4)]:
        if tok.dep_ == "appos" and m.start <= tok.head.i < m.end:
            return tok.left_edge.i, tok.right_edge.i + 1
    sent_end = doc[m.start].sent.end
    words_set = title_words()
    stop = m.end + 1
    while stop < sent_end and stop < m.end + 16 and doc[stop].text not in (",", ".", ";"):
        stop += 1
    if (m.end + 1 < len(doc) and doc[m.end + 1].lower_ in _RELATIVES
            and doc[m.end + 1].head.lemma_ not in _COPULAS):
        return None  # "X, who married the deputy": the office is another's
    if any(t.lower_ in words_set and t.pos_ == "NOUN" for t in doc[m.end + 1:stop]):
        return m.end + 1, stop
    return None


def _appositive_parts(doc: Doc, span: tuple[int, int], owner: list[int | None],
                      mentions: list[Mention]) -> tuple[list[str], list[Mention]]:
    words: list[str] = []
    inner: list[Mention] = []
    for k in range(*span):
        if owner[k] is not None:
            other = mentions[owner[k]]
            if _possesses_counterpart(doc, other):
                continue  # "chief of Israel's militia ally": the ally's, not Israel's
            if other.kind in ("country", "organization") and other not in inner:
                inner.append(other)
        elif doc[k].text not in _POSSESSIVE:
            words.append(doc[k].text)
    if any(o.kind == "organization" and o.country in ("IGO", "NGO") for o in inner):
        # "head of field operations in Darfur for UNICEF": the country is where the body works
        inner = [o for o in inner if not (o.kind == "country" and o.start > 0
                                          and doc[o.start - 1].lower_ == "in")]
    return words, inner


def _possesses_counterpart(doc: Doc, m: Mention) -> bool:
    """Whether a mention is the possessor of a counterpart noun ("Israel's ally")."""
    from transforms.countries import _yaml

    last = doc[m.end - 1]
    return last.dep_ == "poss" and last.head.lemma_.lower() in _yaml(
        "actors_relations.yaml")["counterpart_nouns"]


def _org_of(inner: list[Mention]) -> Mention | None:
    orgs = [o for o in inner if o.kind == "organization"]
    known = [o for o in orgs if o.entry is not None]
    return (known or orgs or [None])[-1]


def _apply_title(m: Mention, title: Title | None, inner: list[Mention], resolution: str) -> None:
    countries = [o.country for o in inner if o.kind == "country" and o.country]
    org = _org_of(inner)
    if title is not None and m.title is None:
        m.title = title.text
        m.titled = True
        m.former = m.former or title.former
        m.leader = m.leader or title.leader
        m.sensed = title.sensed
        sector = None
        if org is not None:  # a dictionary entry's sector is its own ("European Union" is no union)
            sector = org.role if org.entry is not None else org.role or org_role(org.name)
        general = title.generic or (title.role == "GOV" and sector in _NON_STATE)
        role = sector if general and sector else title.role or sector
        if ((title.shared or title.generic) and org is not None and not sector and not countries
                and org.entry is None and not org.country):
            role = None  # "Mobil vice president": an unknown body's officer is not the state's
        if role and not m.role:
            m.role = "ELI" if title.former and m.entry is None else role
        if resolution and m.resolution in ("ner", "coreference"):
            m.resolution = resolution
            m.confidence = max(m.confidence, 0.8)
    first = min(inner, key=lambda o: o.start) if inner else None
    if not m.country:
        if first is not None and first.kind == "organization" and first.country in ("IGO", "NGO"):
            # "the head of the UN Palestinian refugee agency": the body's nationality word
            # names whom it serves, the official is international
            m.country = first.country
        elif countries:
            m.country = countries[0]
        elif org is not None and org.country:
            m.country = org.country
    if org is not None and not m.role and m.kind == "person" and title is not None:
        m.role = org.role or org_role(org.name)


def _subject_body(doc: Doc, m: Mention) -> str | None:
    """The sector of the unnamed body that is the subject of the verb an apposition hangs on
    ("Lane Telecommunications Inc said Richard Lane, its president, ...")."""
    tok = doc[m.start:m.end].root
    for _ in range(3):  # up through the clause the name is the subject of ("... resigned")
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < m.start), None)
        if subj is not None:
            return org_role(doc[subj.left_edge.i:subj.i + 1].text)
        if tok.head.i == tok.i:
            break
    return None


def _reported_body(doc: Doc, m: Mention) -> str | None:
    """The sector of the organisation a speaker reports on as its subject ("Bank X is confident
    ..., president Y said"), or None."""
    root = doc[m.start:m.end].root
    if root.dep_ != "nsubj" or root.head.lemma_ not in _SPEECH_VERBS:
        return None
    said = next((c for c in root.head.children if c.dep_ == "ccomp" and c.i < m.start), None)
    subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if said is not None else None
    return org_role(doc[subj.left_edge.i:subj.i + 1].text) if subj is not None else None


def apply_person_context(doc: Doc, mentions: list[Mention]) -> None:
    """Titles before names and appositions after them, for person mentions."""
    owner = owner_index(doc, mentions)
    for m in mentions:
        if m.kind != "person":
            continue
        start, words, inner = _title_scan_left(doc, m, owner, mentions)
        title = title_from_words(words) if words else None
        if title is not None or inner:
            m.ext_start = start
        stated = [o.country for o in inner if o.kind == "country" and o.country]
        if title is not None and stated and m.entry is not None:
            # "Norwegian Prime Minister Jens Stoltenberg": the text's nationality, as of its
            # date, wins over the dictionary's (or a namesake's) country
            m.country = stated[0]
        _apply_title(m, title, inner, "title")
        org = _org_of(inner)
        if title is not None and org is None and m.entry is None and m.role == "GOV":
            body = org_role(" ".join(words))
            if body in _NON_STATE:
                m.role = body  # "Westfield Ltd president John Smith": the company's officer
        if (title is not None and (title.shared or title.generic) and not inner
                and m.entry is None and m.role == "GOV"
                and (body := _reported_body(doc, m)) in _NON_STATE):
            m.role = body  # "Bank X is confident ..., president Y said": the bank's officer
        if title is None and org is not None and not m.role:
            m.role = org.role or org_role(org.name)  # "CNN's Sanjay Gupta" works for CNN
        span = _apposition(doc, m)
        if span is not None:
            words, inner = _appositive_parts(doc, span, owner, mentions)
            if not any(o.kind == "organization" for o in inner) and any(
                    doc[k].lower_ in ("its", "their") for k in range(*span)):
                # "Lane Telecommunications said Richard Lane, its president, ...": the
                # organisation named before in the sentence owns the office
                sent = doc[m.start].sent
                before = [o for o in mentions if o.kind == "organization"
                          and sent.start <= o.start < m.start]
                inner = inner + before[-1:]
                owner_body = None if before else _subject_body(doc, m)
            else:
                owner_body = None
            title = title_from_words(words, prefer="left")
            if title is not None:
                m.extra.append(span)
                _apply_title(m, title, inner, "apposition")
                if owner_body in _NON_STATE and m.role == "GOV" and m.entry is None:
                    m.role = owner_body  # the parser missed the company's name as an entity
        root = doc[m.start:m.end].root
        if (root.dep_ == "appos" and root.head.i < m.start and owner[root.head.i] is None
                and (root.head.pos_ == "NOUN" or root.head.lower_ in title_words())):
            # "Niyazov's successor, President Berdymukhamedov": the noun names the person too
            m.extra.append((root.head.i, root.head.i + 1))
            if m.title is None:  # "the vice minister of trade, Makoto Kuroda"
                words, inner = _appositive_parts(doc, (root.head.left_edge.i, m.start), owner,
                                                 mentions)
                _apply_title(m, title_from_words(words), inner, "apposition")
        if m.end + 1 < len(doc) and doc[m.end].lower_ == "of" and owner[m.end + 1] is not None:
            other = mentions[owner[m.end + 1]]
            if other.kind == "country" and not m.country:
                m.country = other.country  # "King Hassan of Morocco"


def apply_org_context(doc: Doc, mentions: list[Mention]) -> None:
    """Country and sector of organisations from their name, possessor or nationality."""
    owner = owner_index(doc, mentions)
    for m in mentions:
        if m.kind != "organization" or m.entry is not None:
            continue
        m.role = m.role or org_role(m.name)
        if m.country is None:
            m.country = _country_inside(doc, m) or _leader_country(doc, m)
        i = m.start - 1
        if i >= 0 and doc[i].text in _POSSESSIVE:
            i -= 1
        steps = 0
        while i >= 0 and owner[i] is None and doc[i].pos_ in ("NOUN", "ADJ") and steps < 3:
            i -= 1  # "Ukrainian media outlet Euromaidan Press"
            steps += 1
        if m.role is None and steps:  # "the magazine Dabiq" is the press
            from transforms.actors_titles import group_role

            for tok in doc[i + 1:m.start]:
                info = group_role(tok.lemma_)
                if info and info[0]:
                    m.role = info[0]
                    break
        if steps and i >= 0 and doc[i].text in _POSSESSIVE:
            i -= 1  # "ISIL's magazine Dabiq"
        if i >= 0 and owner[i] is not None and mentions[owner[i]].kind in ("country",
                                                                           "organization"):
            other = mentions[owner[i]]
            m.ext_start = other.start
            if m.country is None:
                m.country = other.country
        after = owner[m.end + 1] if m.end + 1 < len(doc) else None
        if (m.country is None and after is not None and doc[m.end].lower_ in ("in", "of")
                and mentions[after].kind == "country"):
            m.country = mentions[after].country


def _country_inside(doc: Doc, m: Mention) -> str | None:
    # Longest window first, so "New Jersey Board" is American, not Jersey's.
    for k in range(m.start, m.end):
        for j in range(min(m.end, k + 3), k, -1):
            text = doc[k:j].text
            iso = demonym_country(text) or country_code(text)
            if iso is None and j - k > 1:
                iso = place_country(text)
            if iso:
                return iso
            if j - k > 1 and place_country(text):
                break
    last = doc[m.end - 1]
    if m.end - m.start > 2 and doc[m.end - 2].lower_ == "of":
        seat = seat_of_government(last.text)  # "the Textile Company of Cairo" is Egyptian
        if seat and seat["country"] not in ("IGO", "NGO"):
            return seat["country"]
    first = doc[m.start + (doc[m.start].lower_ == "the")]
    if m.end - first.i > 1 and last.lower_ not in roles_data()["arrangement_words"]:
        # "Baghdad University" is Iraqi; the "Warsaw Pact" binds more than Poland
        seat = seat_of_government(first.text)
        if seat and seat["country"] not in ("IGO", "NGO"):
            return seat["country"]
    return None


def _leader_country(doc: Doc, m: Mention) -> str | None:
    """The country of the leader a government is named after ("the Reagan Administration")."""
    if m.role != "GOV" or m.end - m.start != 2 or doc[m.start + 1].lower_ not in LED_BODIES:
        return None
    from transforms.actors_dictionary import surname_country

    return surname_country(doc[m.start].text)


# Votes of the dateline's country for the article's home country: a story filed in La Paz is
# about Bolivia unless another country is named more often.
_DATELINE_VOTES = 2
# Without a dateline, a country named this often is the article's home country.
_CLEAR_HOME_MENTIONS = 3
_STATE_ROLES = frozenset({"GOV", "LEG", "MIL", "COP", "JUD", "SPY"})


def _domestic_institution(m: Mention) -> bool:
    """An organisation named by a domestic noun alone ("the Senate", "Congress")."""
    from transforms.actors_titles import group_role

    if m.kind != "organization" or m.entry is not None or " " in m.name.strip():
        return False
    info = group_role(m.name.strip().lower())
    return bool(info and info[1])


# How many sentences back a domestic noun looks for a same-sector actor with a country.
_KIN_REACH = 2


def apply_domestic_fallback(doc: Doc, mentions: list[Mention], home: str | None = None) -> None:
    """Country of bare domestic nouns ("lawmakers", "police") from their sentence, the doc or
    the dateline's country `home`."""
    counts: Counter[str] = Counter({home: _DATELINE_VOTES} if home else {})
    counts.update(m.country for m in mentions
                  if m.country and m.kind in ("person", "organization", "country"))
    dominant = counts.most_common(1)[0][0] if counts else None
    # an international body has no "government" or "police" of its own
    national = next((c for c, _ in counts.most_common() if c not in ("IGO", "NGO")), None)
    starts = [s.start for s in doc.sents]
    for m in mentions:
        if m.country or not (m.kind == "group" and m.domestic or _domestic_institution(m)):
            continue
        sent = doc[m.start].sent
        # an organisation of unknown sector ("the U.S. Dollar") says nothing of who governs
        same = [o for o in mentions if o is not m and o.country
                and (o.kind == "person" or o.kind == "organization" and (o.role or o.entry))
                and sent.start <= o.start < sent.end and o.country not in ("IGO", "NGO")]
        before = [o for o in same if o.start < m.start]
        # "Israeli troops moved in as the military pledged ...": the same sector named earlier
        kin = [o for o in mentions if o.kind == "group" and o.country and o.role == m.role
               and sent.start <= o.start < m.start and o.country not in ("IGO", "NGO")]
        # "... blamed Israeli troops. The military said ...": the same sector named just before
        recent = [o for o in mentions if o.kind in ("group", "organization") and o.country
                  and o.role == m.role and o.country not in ("IGO", "NGO") and o.start < m.start
                  and bisect_right(starts, m.start) - bisect_right(starts, o.start) <= _KIN_REACH]
        # "Brazilian business leaders called on the government": a national group named before
        groups = [o for o in mentions if o.kind == "group" and o.country
                  and o.country not in ("IGO", "NGO") and sent.start <= o.start < m.start]
        # "The Israeli military said ... [later] The military said": the article's own
        # sector named anywhere before outranks the country it acts on
        earlier = [o for o in mentions if o.kind in ("group", "organization") and o.country
                   and o.role == m.role and o.country not in ("IGO", "NGO") and o.start < m.start]
        nearest = kin or before or recent
        pick = nearest[-1] if nearest else (same[0] if same else (
            groups[-1] if groups else (earlier[-1] if earlier else None)))
        m.country = pick.country if pick else national
        if m.country:
            m.confidence = 0.5
    _apply_policed_country(doc, mentions)
    # An official titled without a country ("mining minister Jaime Villalobos") serves the
    # article's home country when no other country rivals it: visiting officials are
    # reported from their host's capital.
    second = counts.most_common(2)[1][1] if len(counts) > 1 else 0
    if dominant is None or counts[dominant] < 2 * second or (
            home is None and counts[dominant] < _CLEAR_HOME_MENTIONS):
        return
    if home is not None and dominant != home:
        return  # a story filed at home about a foreign country: its officials may be either
    for m in mentions:
        if (m.kind == "person" and m.titled and not m.country and m.entry is None
                and m.role in _STATE_ROLES):
            m.country = dominant


def shared_title_groups(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Groups named by a title shared by sectors ("the officers") that no modifier placed."""
    shared = roles_data()["context_titles"]
    return [m for m in mentions if m.kind == "group" and m.role is None and m.head is not None
            and doc[m.head].lemma_.lower() in shared]


def apply_context_titles(mentions: list[Mention], doc: Doc | None = None) -> None:
    """Sector of a bare title shared by sectors ("the officer") from the article's actors."""
    shared = roles_data()["context_titles"]
    groups = {id(m) for m in shared_title_groups(doc, mentions)} if doc is not None else set()
    for m in mentions:
        grouped = id(m) in groups
        title = doc[m.head].lemma_ if grouped else m.title
        options = shared.get((title or "").lower()) if m.kind == "person" or grouped else None
        if not options or m.entry is not None:
            continue
        present = {o.role for o in mentions if o is not m and o.role in options
                   and (o.title or "").lower() not in shared}
        if len(present) == 1:
            m.role = present.pop()


def apply_story_senses(mentions: list[Mention]) -> None:
    """Sector of a title with no cue of its own from the story's cued uses of it: "Deputy Ortiz"
    of a story about a "sheriff's deputy" is police."""
    keyed: list[tuple[str, Mention]] = []
    for m in mentions:
        title = title_from_words(m.title.split()) if m.title and m.kind == "person" else None
        if title is not None and title.key in story_sense_titles():
            keyed.append((title.key, m))
    for key in {k for k, _ in keyed}:
        cued = {m.role for k, m in keyed if k == key and m.sensed}
        if len(cued) != 1:
            continue
        role = cued.pop()
        for k, m in keyed:
            if k == key and not m.sensed and m.entry is None:
                m.role, m.sensed = role, True


# Sectors of the crowds police act on: "Egyptian police dispersed demonstrators" are Egyptian.
_POLICED_ROLES = frozenset({"OPP", "CVL", "LAB", "REL"})


def _apply_policed_country(doc: Doc, mentions: list[Mention]) -> None:
    """Country of a crowd with none from the national police of its sentence: police act at
    home."""
    for m in mentions:
        if m.country or m.kind != "group" or m.role not in _POLICED_ROLES:
            continue
        sent = doc[m.start].sent
        police = {o.country for o in mentions if o.kind == "group" and o.role == "COP"
                  and o.country and o.country not in ("IGO", "NGO")
                  and sent.start <= o.start < sent.end and any(
                      demonym_country(t.text) == o.country for t in doc[o.phrase_start:o.start])}
        if len(police) == 1:
            m.country, m.confidence = police.pop(), 0.5


def nominal_title_mentions(doc: Doc, mentions: list[Mention],
                           published: date | None = None) -> list[Mention]:
    """Unnamed office holders tied to a country or organisation ("Russia's chief of the staff")."""
    owner = owner_index(doc, mentions)
    used = set()
    for m in mentions:
        used.update(range(m.phrase_start, m.end))
        for a, b in m.extra:
            used.update(range(a, b))
    singles = {w for w in title_words()}
    out: list[Mention] = []
    for tok in doc:
        if tok.i in used or owner[tok.i] is not None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.tag_ in ("NNS", "NNPS") or tok.lower_ not in singles:
            continue
        left = [c for c in tok.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")]
        start = min([tok.i] + [c.left_edge.i for c in left])
        end = tok.i + 1
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "to"):
                end = child.right_edge.i + 1
                break
        words, inner = _appositive_parts(doc, (start, end), owner, mentions)
        title = title_from_words(words, prefer="left")
        if title is None or title.text.lower() in ("member",):
            continue
        if not inner:
            found = _unnamed_office_holder(doc, tok, start, end, title, mentions, published)
            if found is not None:
                out.append(found)
                used.update(range(start, end))
            continue
        phrase = " ".join(t.text for t in doc[start:end] if t.text not in _POSSESSIVE
                          and t.lower_ not in ("the", "a", "an"))
        m = Mention(tok.i, tok.i + 1, "person", phrase.replace("\u2019", "'"),
                    resolution="title", confidence=0.6, ext_start=start)
        m.extra.append((start, end))
        _apply_title(m, title, inner, "title")
        out.append(m)
        used.update(range(start, end))
    return out


def _holds_office(m: Mention, published: date | None) -> bool:
    """Whether a titled person still held office on the article date (not "former", not ended)."""
    if m.former:
        return False
    return m.entry is None or not m.entry.offices or not office_on(m.entry, published)[1]


def _unnamed_office_holder(doc: Doc, tok, start: int, end: int, title: Title,
                           mentions: list[Mention], published: date | None) -> Mention | None:
    """ "The president" -> the last person titled president before it, else an unnamed actor."""
    if title.role is None or not any(c.dep_ == "det" for c in tok.children) and start > 0:
        return None
    head = tok.lower_
    # A former or dead office holder is not "the president" of the article's present.
    earlier = [m for m in mentions if m.kind == "person" and m.start < start and m.title
               and head in m.title.lower() and _holds_office(m, published)]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if earlier and definite and not title.former:
        src = earlier[-1]
        m = Mention(tok.i, tok.i + 1, "person", src.name, src.country, src.role, src.title,
                    resolution="coreference", confidence=0.6, entry=src.entry, ext_start=start,
                    sensed=src.sensed)
        m.extra.append((start, end))
        return m
    phrase = " ".join(t.text for t in doc[start:end] if t.lower_ not in ("the", "a", "an"))
    m = Mention(tok.i, tok.i + 1, "person", phrase, resolution="title", confidence=0.4,
                ext_start=start)
    m.extra.append((start, end))
    _apply_title(m, title, [], "title")
    return m

"""Relation extraction quality on re3d (Syria/Iraq documents with typed relations).

Run: .venv/bin/python benchmarks/relations.py [--show 20] [--missed 20] [--docs N]

Gold: the re3d relations of the four mapped types (AlliesOf -> allied_with, FightingAgainst ->
opposes, InChargeOf -> leader_of/official_of, BelongsTo -> member_of/official_of) whose IBCC
confidence (the dataset's probability that the crowd-checked annotation is right) is at least
0.5: below it the crowd rejected the annotation ("The UK AlliesOf The UK", "ISIL BelongsTo
VBIEDs").

Matching: dyads keeps one row per (subject, type, object, former) and article, while re3d
annotates every mention, so a predicted relation matches a gold one of a compatible type when
some mention of its subject overlaps the gold source span and some mention of its object
overlaps the gold target, anywhere in the document (either direction for the symmetric
allied_with and opposes). A leader_of answers what official_of answers: dyads keeps only the
strongest office of a person in a body, and its leader is an official of it. The `_sentence`
figures ask the same within the relation's evidence sentence only.

Recall: `recall` counts the gold relations whose two ends are actor entities (Organisation,
Person, Nationality): dyads relates actors only, and a weapon that belongs to a group, a town
a group controls or a building a strike hit is no relation between actors; `recall_all`
counts every mapped gold relation.

Precision: `precision` leaves out the predictions re3d's scheme cannot hold, a person's office
in a country ("Russian Foreign Minister Lavrov"): re3d records a person's country as a
Nationality entity and relates no person to a country in any of its 1,136 relations
(`unscorable` counts them). Nor does it score an unmatched prediction whose evidence sentence
holds no re3d entity at all (`unannotated`): re3d annotated parts of some documents only (a
list of coalition members is annotated in one daily report and left bare, without even its
country entities, in the next), so a relation there is neither confirmed nor refuted; a
prediction in a sentence with any entity annotation is scored strictly. `precision_all`
scores every prediction.

`covered_actor_gold` counts the actor gold whose two ends overlap some actor mention of dyads,
`found_covered` the ones of them found; `--missed` prints each miss with the actors covering
its ends (or "uncovered"), `--show` the unmatched and the unannotated predictions.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
RE3D = SHARED / "benchmarks" / "events" / "re3d_permissive"
GOLD_TYPES = {"AlliesOf": {"allied_with"}, "FightingAgainst": {"opposes"},
              "InChargeOf": {"leader_of", "official_of"},
              "BelongsTo": {"member_of", "official_of"}}
SYMMETRIC = {"allied_with", "opposes"}
MIN_GOLD_CONFIDENCE = 0.5
# dyads keeps the strongest office of a person in a body; a leader is an official of it too.
IMPLIES = {"leader_of": {"official_of"}}
# Entity types that can be actors; relations whose ends are weapons or places are out of reach.
ACTOR_TYPES = {"Organisation", "Person", "Nationality"}

Spans = list[tuple[int, int]]

if TYPE_CHECKING:
    from transforms.types import Actor


def _json_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8-sig").splitlines()
            if line.strip()]


def load_re3d() -> tuple[dict[str, str], list[dict], dict[str, list[dict]]]:
    """Document texts, gold relations of the four mapped types, entities per document."""
    docs: dict[str, str] = {}
    gold: list[dict] = []
    entities: dict[str, list[dict]] = {}
    for sub in sorted(p for p in RE3D.iterdir() if p.is_dir()):
        for d in _json_lines(sub / "documents.json"):
            docs[d["_id"]] = d["text"]
        for r in _json_lines(sub / "relations.json"):
            if r["type"] in GOLD_TYPES and r["confidence"] >= MIN_GOLD_CONFIDENCE:
                gold.append(r)
        for e in _json_lines(sub / "entities.json"):
            entities.setdefault(e["documentId"], []).append(e)
    return docs, gold, entities


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _type_of(entities: list[dict], begin: int, end: int) -> set[str]:
    return {e["type"] for e in entities if e["begin"] == begin and e["end"] == end}


def _is_actor_gold(g: dict, entities: list[dict]) -> bool:
    return bool(_type_of(entities, g["sourceBegin"], g["sourceEnd"]) & ACTOR_TYPES
                and _type_of(entities, g["targetBegin"], g["targetEnd"]) & ACTOR_TYPES)


def _is_unscorable(subject: Actor, obj: Actor) -> bool:
    """A person's office in a country: re3d relates no person to a country."""
    return subject.actor_type == "person" and obj.actor_type == "country"


def matched_gold(relation_type: str, subj: Spans, obj: Spans, gold: list[dict]) -> list[str]:
    """Ids of the gold relations a prediction with these subject and object mentions matches."""
    out: list[str] = []
    for g in gold:
        if not ({relation_type} | IMPLIES.get(relation_type, set())) & GOLD_TYPES[g["type"]]:
            continue
        src = (g["sourceBegin"], g["sourceEnd"])
        tgt = (g["targetBegin"], g["targetEnd"])
        forward = any(_overlaps(s, src) for s in subj) and any(_overlaps(o, tgt) for o in obj)
        backward = relation_type in SYMMETRIC and any(_overlaps(s, tgt) for s in subj) and any(
            _overlaps(o, src) for o in obj)
        if forward or backward:
            out.append(g["_id"])
    return out


def evaluate(max_docs: int = 0, show: int = 0, missed: int = 0) -> dict:
    """Precision and recall of the mapped relation types over re3d (the first max_docs docs)."""
    from transforms.actors import resolve_actors
    from transforms.nlp import load_nlp
    from transforms.relations import extract_relations

    docs, gold, entities = load_re3d()
    ids = sorted(docs)[:max_docs or None]
    gold = [g for g in gold if g["documentId"] in set(ids)]
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["documentId"], []).append(g)
    mapped = set().union(*GOLD_TYPES.values())
    predicted = hits = hits_sent = unscorable = unannotated = predicted_all = hits_all = 0
    found: set[str] = set()
    found_sent: set[str] = set()
    wrong: list[str] = []
    skipped: list[str] = []
    per_type: dict[str, list[int]] = {}
    ends: dict[str, tuple[str, str]] = {}
    for doc_id, doc in zip(ids, load_nlp().pipe([docs[i] for i in ids], batch_size=16),
                           strict=True):
        actors = {a.key: a for a in resolve_actors(doc, None)}
        sents = list(doc.sents)
        for g in by_doc.get(doc_id, []):
            src = [a.name for a in actors.values()
                   if any(_overlaps(s, (g["sourceBegin"], g["sourceEnd"])) for s in a.spans)]
            tgt = [a.name for a in actors.values()
                   if any(_overlaps(s, (g["targetBegin"], g["targetEnd"])) for s in a.spans)]
            if src and tgt:
                ends[g["_id"]] = (src[0], tgt[0])
        for rel in extract_relations(doc, list(actors.values())):
            if rel.relation_type not in mapped:
                continue
            a, b = actors[rel.subject_key], actors[rel.object_key]
            ids_doc = matched_gold(rel.relation_type, a.spans, b.spans, by_doc.get(doc_id, []))
            sent = sents[rel.sentence_index]
            bounds = (sent.start_char, sent.end_char)
            predicted_all += 1
            hits_all += bool(ids_doc)
            if _is_unscorable(a, b):
                unscorable += 1
                continue
            if not ids_doc and not any(_overlaps((e["begin"], e["end"]), bounds)
                                       for e in entities.get(doc_id, [])):
                unannotated += 1
                skipped.append(f"{rel.relation_type}: {a.name} -> {b.name} | "
                               f"{sent.text.strip()[:120]!r}")
                continue
            predicted += 1
            ids_sent = matched_gold(rel.relation_type, [s for s in a.spans if _overlaps(s, bounds)],
                                    [o for o in b.spans if _overlaps(o, bounds)],
                                    by_doc.get(doc_id, []))
            hits += bool(ids_doc)
            tally = per_type.setdefault(rel.relation_type, [0, 0])
            tally[0] += bool(ids_doc)
            tally[1] += 1
            hits_sent += bool(ids_sent)
            found.update(ids_doc)
            found_sent.update(ids_sent)
            if not ids_doc:
                wrong.append(f"{rel.relation_type}{' (former)' if rel.former else ''}: "
                             f"{a.name} ({a.actor_type} {a.role}) -> {b.name} ({b.actor_type} "
                             f"{b.role}) | {sent.text.strip()[:160]!r}")
    for line in wrong[:show]:
        print("  unmatched", line)
    for line in skipped[:show]:
        print("  unannotated", line)
    actor_gold = {g["_id"] for g in gold if _is_actor_gold(g, entities[g["documentId"]])}
    for g in [g for g in gold if g["_id"] in actor_gold - found][:missed]:
        text = docs[g["documentId"]]
        at = min(g["sourceBegin"], g["targetBegin"])
        cover = " = ".join(ends[g["_id"]]) if g["_id"] in ends else "uncovered"
        print(f"  missed {g['type']}: {g['source']} -> {g['target']} ({g['value']}) [{cover}] | "
              f"{text[max(0, at - 60):max(g['sourceEnd'], g['targetEnd']) + 40]!r}")

    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    return {"documents": len(ids), "gold": len(gold), "actor_gold": len(actor_gold),
            "predicted": predicted, "unscorable": unscorable, "unannotated": unannotated,
            "precision": ratio(hits, predicted),
            "precision_all": ratio(hits_all, predicted_all),
            "recall": ratio(len(found & actor_gold), len(actor_gold)),
            "recall_all": ratio(len(found), len(gold)),
            "covered_actor_gold": len(actor_gold & set(ends)),
            "found_covered": len(found & actor_gold & set(ends)),
            "precision_sentence": ratio(hits_sent, predicted),
            "recall_sentence": ratio(len(found_sent & actor_gold), len(actor_gold)),
            "matched_by_type": {k: f"{a}/{b}" for k, (a, b) in sorted(per_type.items())}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="print N unmatched predictions")
    parser.add_argument("--missed", type=int, default=0,
                        help="print N missed gold relations between actors")
    parser.add_argument("--docs", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    if not RE3D.is_dir():
        sys.exit(f"re3d not found under {SHARED}")
    print("re3d", evaluate(args.docs, args.show, args.missed))


if __name__ == "__main__":
    main()

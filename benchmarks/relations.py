"""Relation extraction quality on re3d (Syria/Iraq documents with typed relations).

Run: .venv/bin/python benchmarks/relations.py [--show 20]
A predicted relation matches a gold one of a compatible type when a mention of its subject in
its sentence overlaps the gold source span and a mention of its object overlaps the gold target
(either direction for the symmetric allied_with and opposes).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
RE3D = SHARED / "benchmarks" / "events" / "re3d_permissive"
GOLD_TYPES = {"AlliesOf": {"allied_with"}, "FightingAgainst": {"opposes"},
              "InChargeOf": {"leader_of", "official_of"},
              "BelongsTo": {"member_of", "official_of"}}
SYMMETRIC = {"allied_with", "opposes"}
# Entity types that can be actors; relations whose ends are weapons or places are out of reach.
ACTOR_TYPES = {"Organisation", "Person", "Nationality"}


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
            if r["type"] in GOLD_TYPES:
                gold.append(r)
        for e in _json_lines(sub / "entities.json"):
            entities.setdefault(e["documentId"], []).append(e)
    return docs, gold, entities


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _type_of(entities: list[dict], begin: int, end: int) -> set[str]:
    return {e["type"] for e in entities if e["begin"] == begin and e["end"] == end}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if not RE3D.is_dir():
        sys.exit(f"re3d not found under {SHARED}")
    from transforms.actors import resolve_actors
    from transforms.nlp import load_nlp
    from transforms.relations import extract_relations

    docs, gold, entities = load_re3d()
    nlp = load_nlp()
    mapped = set().union(*GOLD_TYPES.values())
    predicted = matched_pred = 0
    matched_gold: set[str] = set()
    wrong: list[str] = []
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["documentId"], []).append(g)
    ids = sorted(docs)
    for doc_id, doc in zip(ids, nlp.pipe([docs[i] for i in ids], batch_size=16), strict=True):
        actors = {a.key: a for a in resolve_actors(doc, None)}
        sents = list(doc.sents)
        for rel in extract_relations(doc, list(actors.values())):
            if rel.relation_type not in mapped:
                continue
            predicted += 1
            sent = sents[rel.sentence_index]
            bounds = (sent.start_char, sent.end_char)
            subj = [s for s in actors[rel.subject_key].spans if _overlaps(s, bounds)]
            obj = [s for s in actors[rel.object_key].spans if _overlaps(s, bounds)]
            hit = False
            for g in by_doc.get(doc_id, []):
                if rel.relation_type not in GOLD_TYPES[g["type"]]:
                    continue
                src = (g["sourceBegin"], g["sourceEnd"])
                tgt = (g["targetBegin"], g["targetEnd"])
                forward = any(_overlaps(s, src) for s in subj) and any(
                    _overlaps(o, tgt) for o in obj)
                backward = rel.relation_type in SYMMETRIC and any(
                    _overlaps(s, tgt) for s in subj) and any(_overlaps(o, src) for o in obj)
                if forward or backward:
                    hit = True
                    matched_gold.add(g["_id"])
            matched_pred += hit
            if not hit:
                wrong.append(f"{rel.relation_type}: {actors[rel.subject_key].name} -> "
                             f"{actors[rel.object_key].name} | {sent.text.strip()[:120]}")
    actor_gold = [g for g in gold
                  if _type_of(entities[g["documentId"]], g["sourceBegin"], g["sourceEnd"])
                  & ACTOR_TYPES and _type_of(entities[g["documentId"]], g["targetBegin"],
                                             g["targetEnd"]) & ACTOR_TYPES]
    for line in wrong[:args.show]:
        print("  unmatched", line)
    out = {"documents": len(docs), "gold": len(gold), "predicted": predicted,
           "precision": round(matched_pred / predicted, 3) if predicted else 0.0,
           "recall": round(len(matched_gold) / len(gold), 3),
           "actor_gold": len(actor_gold),
           "recall_actor_ends": round(len(matched_gold & {g["_id"] for g in actor_gold})
                                      / len(actor_gold), 3)}
    print("re3d", out)


if __name__ == "__main__":
    main()

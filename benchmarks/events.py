"""Event coding quality and speed against ../shared/benchmarks/events (figures printed).

    .venv/bin/python benchmarks/events.py [--only plover|cameo|location|speed] [--errors N]

- PLOVER gold sentences: event type macro-F1 over the 16 types (the sentence's predicted type is
  that of its most confident event with a PLOVER type), and source/target country accuracy
  where the type is right.
- CAMEO codebook examples: CAMEO root accuracy (most confident event of any root).
- Event-location gold: the place (or none) that transforms.geo gives the gold event verb.
- Speed: events stage time against spaCy time on the same articles.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT / ".." / "shared"))
EVENTS = SHARED / "benchmarks" / "events"
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
                "ASSAULT")
# Pre-ISO codes the gold still uses for some countries.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def extracted_events(text: str) -> list[dict]:
    """The event rows `transforms.extract` gives one text (a sentence is a valid body)."""
    from transforms import extract

    return extract(text, published=None).events


def primary(events: list[dict], typed: bool) -> dict | None:
    """The most confident event (with a PLOVER type when `typed`; negated rows last), asserted
    then earliest on ties."""
    pool = [e for e in events if e.get("plover_type")] if typed else list(events)
    # A negated row says the event did not happen: it names the sentence's event only when alone.
    pool = [e for e in pool if e["modality"] != "negated"] or pool
    if not pool:
        return None
    return max(pool, key=lambda e: (e["confidence"], e["modality"] == "asserted",
                                    -e["trigger_start"]))


def macro_f1(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> tuple[float, dict]:
    """Macro-averaged F1 over `labels` of (gold, predicted) pairs; NONE predictions are misses."""
    per = {}
    for lab in labels:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = (2 * prec * rec / (prec + rec) if prec + rec else 0.0, prec, rec, tp + fn)
    return sum(v[0] for v in per.values()) / len(labels), per


def plover_records() -> list[dict]:
    """The PLOVER gold sentences."""
    path = EVENTS / "plover_gsr_cameo" / "plover_gsr.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _codes(items: list[dict]) -> set[str]:
    return {LEGACY_CODES.get(a["code"], a["code"]) for a in items}


def bench_plover(show_errors: int, limit: int | None = None, step: int = 1) -> dict:
    """PLOVER event type macro-F1 and actor-country accuracy (every step-th sentence)."""
    recs = plover_records()[:limit:step]
    pairs, right_type, src_ok, tgt_ok, both_ok, errors, wrong_dyads = [], 0, 0, 0, 0, [], []
    for r in recs:
        gold = r["event_plover_2023"]
        ev = primary(extracted_events(r["text"]), typed=True)
        pred = ev["plover_type"] if ev else "NONE"
        pairs.append((gold, pred))
        if pred != gold:
            errors.append((gold, pred, ev["trigger"] if ev else "", r["text"]))
            continue
        right_type += 1
        s_ok = ev["source_country"] in _codes(r["actor"])
        t_gold = _codes(r["recipient"])
        if t_gold:
            t_ok = ev["target_country"] in t_gold
        else:  # compound actors ("X and Y agreed") are coded as acting on each other
            t_ok = ev["target_country"] is None or (
                len(r["actor"]) > 1 and ev["target_country"] in _codes(r["actor"]))
        src_ok += s_ok
        tgt_ok += t_ok
        both_ok += s_ok and t_ok
        if not (s_ok and t_ok):
            wrong_dyads.append((sorted(_codes(r["actor"])), sorted(t_gold), ev["source_country"],
                                ev["target_country"], ev["trigger"], r["text"]))
    f1, per = macro_f1(pairs, PLOVER_TYPES)
    print(f"PLOVER gold: {len(recs)} sentences, event type macro-F1 {f1:.3f}")
    for lab, (f, p, rc, n) in per.items():
        print(f"  {lab:10s} F1 {f:.2f}  P {p:.2f}  R {rc:.2f}  n={n}")
    coded = sum(1 for _, p in pairs if p != "NONE")
    print(f"  sentences with a typed event: {coded}/{len(recs)}; type right {right_type}")
    if right_type:
        print(f"  where type right: source country {src_ok / right_type:.3f}, "
              f"target country {tgt_ok / right_type:.3f}, both {both_ok / right_type:.3f}")
    for gold, pred, trig, text in errors[:show_errors]:
        print(f"    gold {gold:9s} pred {pred:9s} [{trig}] {text[:150]}")
    for g_src, g_tgt, p_src, p_tgt, trig, text in wrong_dyads[:show_errors]:
        print(f"    dyad gold {g_src}->{g_tgt} pred {p_src}->{p_tgt} [{trig}] {text[:150]}")
    return {"plover_macro_f1": f1, "plover_both_country": both_ok / max(right_type, 1),
            "plover_source_country": src_ok / max(right_type, 1),
            "plover_target_country": tgt_ok / max(right_type, 1)}


def cameo_examples() -> list[tuple[str, str, str]]:
    """(code, root, example sentence) of the CAMEO codebook."""
    path = EVENTS / "cameo_codebook" / "cameo-codes.csv"
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [(r["code"], r["root_code"], r["example"].strip()) for r in rows
            if r["example"] and r["example"] != "NA"]


def bench_cameo(show_errors: int, limit: int | None = None, step: int = 1) -> dict:
    """CAMEO root accuracy on the codebook examples (every step-th example)."""
    items = cameo_examples()[:limit:step]
    right, coded, errors = 0, 0, []
    for code, root, text in items:
        ev = primary(extracted_events(text), typed=False)
        coded += ev is not None
        if ev is not None and ev["cameo_root"] == root:
            right += 1
        else:
            errors.append((code, ev["cameo_code"] if ev else "-", ev["trigger"] if ev else "",
                           text))
    acc = right / len(items)
    print(f"CAMEO codebook examples: {len(items)}, root right {acc:.3f}, coded {coded}")
    for code, pred, trig, text in errors[:show_errors]:
        print(f"    gold {code:5s} pred {pred:5s} [{trig}] {text[:150]}")
    return {"cameo_root_accuracy": acc}


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower().replace("the ", "")).strip()


def location_records() -> list[dict]:
    """The adjudicated event-location gold records."""
    path = EVENTS / "event_location_gold" / "event_location_relabel_gold.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def bench_location(show_errors: int, limit: int | None = None) -> dict:
    """Location (or none) accuracy of transforms.geo at the gold event verb."""
    from transforms.geo import event_place
    from transforms.nlp import load_nlp

    nlp = load_nlp()
    recs = [r for r in location_records() if r["event_verb"]][:limit]
    right, errors = 0, []
    docs = nlp.pipe([r["text"] for r in recs], batch_size=64)
    for r, doc in zip(recs, docs, strict=True):
        verb_idx = r["spans_token_idx"][0]["token_start"] if r["spans_token_idx"] else None
        verb = r["event_verb"][0]
        trig = next((t for t in doc if t.text == verb), None)
        if trig is None and verb_idx is not None and verb_idx < len(doc):
            trig = doc[verb_idx]
        if trig is None:
            errors.append((r["event_location"], "NO TRIGGER", r["text"]))
            continue
        place = event_place(trig, trig, [])
        gold = [_norm(g) for g in r["event_location"]]
        pred = _norm(place.name) if place else None
        ok = (pred is None and not gold) or (pred is not None and any(
            pred == g or pred in g or g in pred for g in gold if g))
        right += ok
        if not ok:
            errors.append((r["event_location"], place.name if place else None,
                           f"[{verb}] {r['text']}"))
    acc = right / len(recs)
    print(f"Event-location gold: {len(recs)} sentences, location (or none) right {acc:.3f}")
    for gold, pred, text in errors[:show_errors]:
        print(f"    gold {gold} pred {pred!r} {text[:160]}")
    return {"location_accuracy": acc}


def bench_speed(n_docs: int = 150) -> dict:
    """Events-stage time (coding and the story decision) as a share of spaCy time over ECB+
    articles."""
    from transforms import story_events
    from transforms.actors import resolve_actors
    from transforms.nlp import load_nlp

    files = sorted((SHARED / "corpora" / "ecbplus").glob("*.txt"))[:n_docs]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    t_spacy = time.perf_counter() - t0
    actors = [resolve_actors(d, None) for d in docs]
    from transforms.geo import place_of

    place_of("Lyon")  # load the gazetteer once, as spaCy's model is loaded before timing
    story_events(docs[0], actors[0], None)
    t0 = time.perf_counter()
    n_events = sum(len(story_events(d, a, None)[0]) for d, a in zip(docs, actors, strict=True))
    t_events = time.perf_counter() - t0
    share = t_events / t_spacy
    print(f"Speed: {len(docs)} ECB+ articles, spaCy {t_spacy:.2f}s, events {t_events:.2f}s "
          f"({share:.1%} of spaCy), {n_events} events")
    return {"events_share_of_spacy": share}


def main() -> int:
    """Run the selected benchmarks and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=["plover", "cameo", "location", "speed"])
    parser.add_argument("--errors", type=int, default=0, help="print this many errors per set")
    args = parser.parse_args()
    if not EVENTS.is_dir():
        print(f"missing {EVENTS}", file=sys.stderr)
        return 1
    figures: dict[str, float] = {}
    for name, run in (("plover", bench_plover), ("cameo", bench_cameo),
                      ("location", bench_location)):
        if args.only in (None, name):
            figures.update(run(args.errors))
    if args.only in (None, "speed"):
        figures.update(bench_speed())
    print(json.dumps({k: round(v, 4) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

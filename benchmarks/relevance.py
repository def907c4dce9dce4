"""Story-level relevance (transforms/relevance.py) against labelled story sets (figures printed).

    .venv/bin/python benchmarks/relevance.py [--sample N] [--errors N] [--seed S]

Labelled sets (labels are the populations' definitions, not judgements of each story):
- POLITICAL: the event audit population (benchmarks/audit.py): Reuters-21578 international-
  politics stories and the political topics of ECB+.
- NOT POLITICAL: the other ECB+ topics (crime trials, sport, business, accidents, celebrities) and
  Reuters-21578 stories with a business topic (earn, acq, crude, grain, money-fx); a business story
  whose headline also matches the audit's political-headline pattern belongs to both populations
  and is reported apart ("overlap"). The two not-political sets are subsampled (--sample).
Figures: per set, the share of stories decided as labelled; the PLOVER gold sentences decided
political (all are political news); and what the event policy (`political_event`) would do to
the judged audit rows: judged-right rows of the political samples 2030-2033 it would drop (must
be ~0) and held-out rows (events_heldout_2034.csv) it would keep; and all coded events kept.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tarfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import audit  # noqa: E402  (benchmarks/audit.py: the audit population and its row key)

AUDITS = ROOT / "benchmarks" / "audits"
POLITICAL_SAMPLES = [AUDITS / f"events_sample_20{n}.csv" for n in (30, 31, 32, 33)]
HELD_OUT = AUDITS / "events_heldout_2034.csv"
BUSINESS_TOPICS = {"earn", "acq", "crude", "grain", "money-fx"}
Story = tuple[str, str, date | None]


def business_stories(n: int, seed: int) -> tuple[list[Story], list[Story]]:
    """(business-only, overlap) Reuters stories of a business topic, `n` drawn at random."""
    import pandas as pd

    manifest = pd.read_csv(audit.SHARED / "corpora" / "reuters21578" / "manifest.csv")
    chosen = manifest[manifest.dup_of.isna() & manifest.topics.notna()]
    chosen = chosen[chosen.topics.str.split(";").map(lambda t: bool(BUSINESS_TOPICS & set(t)))]
    files = sorted(chosen.file)
    picked = set(random.Random(seed).sample(files, min(n, len(files))))
    meta = {f: (t if isinstance(t, str) else "", d) for f, t, d
            in zip(chosen.file, chosen.title, chosen.date, strict=True) if f in picked}
    plain: list[Story] = []
    overlap: list[Story] = []
    with tarfile.open(audit.SHARED / "corpora" / "reuters21578" / "articles.tar.gz") as tar:
        for member in tar.getmembers():
            name = Path(member.name).name
            if name in meta:
                title, day = meta[name]
                story = (name, tar.extractfile(member).read().decode("utf-8", "replace"),
                         date.fromisoformat(day[:10]))
                (overlap if audit.POLITICAL.search(title) else plain).append(story)
    return plain, overlap


def _judged(paths: list[Path]) -> list[dict]:
    """Distinct judged rows (by the audit's row key) of the audit files."""
    rows: dict[tuple, dict] = {}
    for path in paths:
        with path.open(newline="") as fh:
            for row in csv.DictReader(fh):
                if row["judgement"] in ("right", "wrong"):
                    rows.setdefault(audit._key(row), row)
    return list(rows.values())


def coded(stories: list[Story], events: bool = True) -> dict[str, tuple[object, list[dict]]]:
    """Per story file: its relevance decision and its coded events (as the pipeline codes them;
    none unless `events`)."""
    from transforms import clean_page
    from transforms.actors import resolve_actors
    from transforms.events import code_events
    from transforms.nlp import load_nlp
    from transforms.relevance import story_relevance

    articles = [(name, clean_page(text, "txt"), day) for name, text, day in stories]
    articles = [(name, a, day) for name, a, day in articles if a.body.strip()]
    out = {}
    docs = load_nlp().pipe([a.body for _, a, _ in articles], batch_size=32)
    for (name, article, day), doc in zip(articles, docs, strict=True):
        when = day or article.published_date
        actors = resolve_actors(doc, when)
        out[name] = (story_relevance(actors, doc),
                     code_events(doc, actors, when) if events else [])
    return out


def plover_political(errors: int, step: int = 1) -> dict[str, float]:
    """Share of the PLOVER gold sentences (every `step`-th) decided political."""
    from transforms.actors import resolve_actors
    from transforms.nlp import load_nlp
    from transforms.relevance import story_relevance

    path = audit.SHARED / "benchmarks" / "events" / "plover_gsr_cameo" / "plover_gsr.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text().splitlines()
             if line.strip()][::step]
    missed = []
    for text, doc in zip(texts, load_nlp().pipe(texts, batch_size=64), strict=True):
        decision = story_relevance(resolve_actors(doc), doc)
        if not decision.political:
            missed.append((text, decision.reason))
    share = 1 - len(missed) / len(texts)
    print(f"PLOVER gold sentences decided political: {len(texts) - len(missed)}/{len(texts)} "
          f"({share:.3f})")
    for text, reason in missed[:errors]:
        print(f"    {text[:120]} | {reason}")
    return {"plover_political": share}


def audit_policy(decided: dict[str, tuple[object, list[dict]]], errors: int) -> dict[str, float]:
    """What the event policy does to the judged audit rows, matched to today's coded events."""
    from transforms.relevance import political_event

    figures: dict[str, float] = {}
    for label, paths in (("political samples 2030-2033", POLITICAL_SAMPLES),
                         ("held-out 2034", [HELD_OUT])):
        rows = _judged(paths)
        counts = {"right": [0, 0], "wrong": [0, 0]}  # kept, dropped
        dropped_right = []
        for row in rows:
            relevance, events = decided[row["file"]]  # every audit file is in a set
            event = next((e for e in events if audit._key(e) == audit._key(row)), row)
            keep = political_event(event, relevance.political)
            counts[row["judgement"]][0 if keep else 1] += 1
            if not keep and row["judgement"] == "right":
                dropped_right.append((row, relevance.reason))
        (rk, rd), (wk, wd) = counts["right"], counts["wrong"]
        print(f"{label}: judged right {rk + rd} (policy drops {rd}), judged wrong {wk + wd} "
              f"(policy drops {wd}); rows kept: {rk} right, {wk} wrong")
        for row, reason in dropped_right[:errors]:
            print(f"    dropped right row: {row['source_name']} -{row['cameo_code']}-> "
                  f"{row['target_name']} | {row['file']} | {reason}")
        key = "audit" if label.startswith("political") else "heldout"
        figures.update({f"{key}_right_dropped": rd, f"{key}_right_kept": rk,
                        f"{key}_wrong_dropped": wd, f"{key}_wrong_kept": wk})
    return figures


def labelled_sets(sample: int, seed: int, step: int = 1) -> list[tuple[str, list[Story], bool]]:
    """(name, stories, political label) of each set: the political ones every `step`-th story,
    the not-political ones `sample` stories drawn at random (ECB+ with every held-out file)."""
    held_files = {r["file"] for r in _judged([HELD_OUT])} if step == 1 else set()
    others = audit.ecb_stories(political=False)
    ecb_other = [s for s in others if s[0] in held_files]
    ecb_other += random.Random(seed).sample([s for s in others if s[0] not in held_files],
                                            max(0, min(sample, len(others)) - len(ecb_other)))
    business, overlap = business_stories(sample, seed)
    return [("reuters political", audit.reuters_stories()[::step], True),
            ("ecb political topics", audit.ecb_stories()[::step], True),
            ("ecb other topics", ecb_other, False),
            ("reuters business", business, False),
            ("reuters business overlap", overlap, False)]


def set_figures(name: str, result: dict[str, tuple[object, list[dict]]], label: bool,
                errors: int = 0) -> dict[str, float]:
    """Share of a set's stories decided as labelled, and share of its coded events kept."""
    from transforms.relevance import political_event

    wrong = [(f, r) for f, (r, _) in result.items() if r.political != label]
    events = [(r.political, e) for r, evs in result.values() for e in evs]
    kept = sum(political_event(e, political) for political, e in events)
    accuracy = 1 - len(wrong) / max(len(result), 1)
    print(f"{name}: {len(result) - len(wrong)}/{len(result)} decided "
          f"{'political' if label else 'not political'} ({accuracy:.3f}); coded events kept by "
          f"the policy {kept}/{len(events)}")
    for f, r in wrong[:errors]:
        print(f"    {f} | {r.reason}")
    return {f"accuracy {name}": accuracy, f"events kept {name}": kept / max(len(events), 1)}


def main() -> int:
    """Decide every labelled story, print the figures, and return 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=250,
                        help="stories drawn from each not-political set")
    parser.add_argument("--seed", type=int, default=2034)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors per set")
    args = parser.parse_args()
    if not (audit.SHARED / "corpora").is_dir():
        print(f"missing {audit.SHARED / 'corpora'}", file=sys.stderr)
        return 1
    figures: dict[str, float] = {}
    decided: dict[str, tuple[object, list[dict]]] = {}
    for name, stories, label in labelled_sets(args.sample, args.seed):
        result = coded(stories)
        decided.update(result)
        figures.update(set_figures(name, result, label, args.errors))
    figures.update(plover_political(args.errors))
    figures.update(audit_policy(decided, args.errors))
    print(json.dumps({k: round(v, 4) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

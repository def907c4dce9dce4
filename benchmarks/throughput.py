"""Per-stage CPU time per article over a corpus sample: clean, spaCy, actors, events, relations.

Usage: .venv/bin/python benchmarks/throughput.py [--corpus reuters21578|ecbplus|lee_abc] [-n 300]
CPU time (time.process_time) is reported so that other load on the machine does not skew it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tarfile
import time
from collections import defaultdict
from pathlib import Path

SHARED = Path(os.environ.get("DYADS_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def sample_texts(corpus: str, n: int, seed: int = 7) -> list[str]:
    """n article texts drawn at random from a corpus of ../shared/corpora."""
    folder = SHARED / "corpora" / corpus
    if corpus == "reuters21578":
        with tarfile.open(folder / "articles.tar.gz") as tar:
            members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")]
            picked = random.Random(seed).sample(members, min(n, len(members)))
            return [tar.extractfile(m).read().decode("utf-8", "replace") for m in picked]
    files = sorted(folder.glob("*.txt"))
    picked = random.Random(seed).sample(files, min(n, len(files)))
    return [p.read_text(encoding="utf-8", errors="replace") for p in picked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="reuters21578")
    parser.add_argument("-n", type=int, default=300)
    args = parser.parse_args()

    from transforms import clean_page
    from transforms.actors import resolve_actors
    from transforms.events import code_events
    from transforms.nlp import load_nlp
    from transforms.relations import extract_relations

    nlp = load_nlp()
    texts = sample_texts(args.corpus, args.n)
    seconds: dict[str, list[float]] = defaultdict(list)

    def timed(stage: str, fn, *a):
        start = time.process_time()
        result = fn(*a)
        seconds[stage].append(time.process_time() - start)
        return result

    words = 0
    for text in texts:
        article = timed("clean", clean_page, text, "txt")
        if not article.body:
            continue
        words += len(article.body.split())
        doc = timed("spacy", nlp, article.body)
        actors = timed("actors", resolve_actors, doc, article.published_date)
        timed("events", code_events, doc, actors, article.published_date)
        timed("relations", extract_relations, doc, actors)
    spacy_total = sum(seconds["spacy"])
    print(f"{args.corpus}: {len(seconds['spacy'])} articles with a body of {len(texts)}, "
          f"{words:,} words")
    print(f"{'stage':<10} {'total s':>8} {'ms/article':>11} {'median ms':>10} {'vs spaCy':>9}")
    for stage in ("clean", "spacy", "actors", "events", "relations"):
        values = seconds[stage]
        total = sum(values)
        print(f"{stage:<10} {total:8.2f} {1000 * total / max(len(values), 1):11.1f} "
              f"{1000 * statistics.median(values or [0]):10.1f} {total / spacy_total:8.0%}")
    print(f"articles per CPU-second, all stages: "
          f"{len(seconds['spacy']) / sum(sum(v) for v in seconds.values()):.1f}")


if __name__ == "__main__":
    main()
